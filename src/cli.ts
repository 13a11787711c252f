#!/usr/bin/env node
// Every command of the CLI (the full bundle, dist/main.js; dist/cli.js picks it for all commands but lint).
// Logic lives below: flags and settings in cli/program.ts, each command in commands/.
import { COMMAND_RUNNERS, type CommandIO } from "./commands";
import { isLintWorkerThread } from "./commands/lint-parallel";
import { runAsProgram, runCommandLine } from "./cli/program";

export function main(argv: readonly string[], io: CommandIO, cwd = process.cwd(), isTTY = false): Promise<number> {
  return runCommandLine(argv, io, cwd, isTTY, COMMAND_RUNNERS);
}

/** Called by dist/cli.js. */
export function runCliProgram(): void {
  runAsProgram(COMMAND_RUNNERS, __filename);
}

if (require.main === module && isLintWorkerThread()) {
  // `lint` on many files starts this same file as worker threads (see commands/lint-parallel.ts).
  void import(/* webpackMode: "eager" */ "./commands/lint.js").then((lint) => lint.runLintWorkerThread());
} else if (require.main === module) {
  runCliProgram();
}
