// The command-line program around a table of commands: flags → settings → the command → exit code.
// A usage mistake is one line and exit 2; anything unexpected is an internal error with its stack and exit 3.
import { parseArgs, usage } from "./args";
import type { CommandIO, CommandRunner } from "../commands";
import { setLintWorkerEntry } from "../commands/lint-parallel";
import { UsageError } from "../findings";
import { resolveSettings, type Command } from "../settings";
import { VERSION } from "../version";

export type CommandTable = Partial<Record<Command, CommandRunner>>;

export async function runCommandLine(argv: readonly string[], io: CommandIO, cwd: string, isTTY: boolean, commands: CommandTable): Promise<number> {
  try {
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
      io.stdout(`alembic-guard ${VERSION}\n`);
      return 0;
    }
    const parsed = parseArgs(argv);
    if (parsed.help) {
      io.stdout(usage(argv.length > 1 ? parsed.command : undefined) + "\n");
      return 0;
    }
    const settings = resolveSettings(parsed.command, parsed.raw, parsed.args, cwd, isTTY);
    const run = commands[settings.command];
    if (!run) throw new UsageError(`\`${settings.command}\` is not available in this build`);
    return await run(settings, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`alembic-guard: ${error.message}\n`);
      return 2;
    }
    const err = error as Error;
    io.stderr(`alembic-guard: internal error: ${err.message}\n${err.stack ?? ""}\nPlease report this with the command you ran.\n`);
    return 3;
  }
}

/**
 * Run as the program the user started: this process's arguments, stdio and exit code. `bundleFile` is the bundle
 * running it, which lint's worker threads start from.
 */
export function runAsProgram(commands: CommandTable, bundleFile: string): void {
  setLintWorkerEntry(bundleFile);
  // `alembic-guard lint … | head`: once the reader is gone the rest of the report has nobody to read it. Stop
  // writing and finish normally (the exit code still says what was found) instead of dying on EPIPE.
  const closed = { stdout: false, stderr: false };
  for (const name of ["stdout", "stderr"] as const) {
    process[name].on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
      closed[name] = true;
    });
  }
  const io: CommandIO = {
    stdout: (text) => {
      if (!closed.stdout) process.stdout.write(text);
    },
    stderr: (text) => {
      if (!closed.stderr) process.stderr.write(text);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
  void runCommandLine(process.argv.slice(2), io, process.cwd(), Boolean(process.stderr.isTTY), commands).then((code) => {
    process.exitCode = code;
  });
}
