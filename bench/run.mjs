#!/usr/bin/env node
// All benchmarks, each side by side with its peer in the same run (npm run bench):
//   graph     alembic-guard graph on 10,000 revisions   vs Alembic's ScriptDirectory heads
//   lint      alembic-guard lint on 10,000 statements   vs squawk (npm squawk-cli)
//   check     alembic-guard check --no-database, 300 revisions vs alembic upgrade --sql
//   roundtrip the 30-revision stairway incl. PostgreSQL start vs Alembic's CLI one process per step
// `npm run bench -- lint graph` runs a subset. AG_CLI selects the CLI build (default dist/cli.js).
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const all = ["graph", "lint", "check", "roundtrip"];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of chosen) {
  if (!all.includes(name)) {
    console.error(`bench: unknown benchmark ${name}; choose from ${all.join(", ")}`);
    process.exit(2);
  }
  console.log(`\n=== bench/${name} ===`);
  const run = spawnSync(process.execPath, [path.join(here, name, "run.mjs")], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
