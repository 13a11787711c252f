// `alembic-guard lint` alone, bundled as dist/lint.js: dist/cli.js runs lint from this bundle, which holds the
// linter and nothing else, so start-up compiles under half the code of the full CLI. Lint's worker threads start
// from this file too, for the same reason.
import { isLintWorkerThread } from "./commands/lint-parallel";
import { runLint, runLintWorkerThread } from "./commands/lint";
import { runAsProgram } from "./cli/program";

const LINT_ONLY = { lint: runLint };

/** Called by dist/cli.js. */
export function runCliProgram(): void {
  runAsProgram(LINT_ONLY, __filename);
}

if (require.main === module && isLintWorkerThread()) void runLintWorkerThread();
