#!/usr/bin/env node
// CLI entry point: parse flags, build settings, run the command, set the exit code. Logic lives below.
import { parseArgs, usage } from "./cli/args";
import { COMMAND_RUNNERS, type CommandIO } from "./commands";
import { isLintWorkerThread, setLintWorkerEntry } from "./commands/lint-parallel";
import { UsageError } from "./findings";
import { resolveSettings } from "./settings";

export async function main(argv: readonly string[], io: CommandIO, cwd = process.cwd(), isTTY = false): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.help) {
      io.stdout(usage(argv.length > 1 ? parsed.command : undefined) + "\n");
      return 0;
    }
    const settings = resolveSettings(parsed.command, parsed.raw, parsed.args, cwd, isTTY);
    const run = COMMAND_RUNNERS[settings.command];
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

if (require.main === module && isLintWorkerThread()) {
  // `lint` on many files starts this same file as worker threads (see commands/lint-parallel.ts).
  void import(/* webpackMode: "eager" */ "./commands/lint.js").then((lint) => lint.runLintWorkerThread());
} else if (require.main === module) {
  setLintWorkerEntry(__filename);
  const io: CommandIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
  main(process.argv.slice(2), io, process.cwd(), Boolean(process.stderr.isTTY)).then((code) => {
    process.exitCode = code;
  });
}
