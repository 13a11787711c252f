#!/usr/bin/env node
// Benchmark: `alembic-guard check --all --no-database` on a generated 300-revision PostgreSQL project
// (bench/.work/check-300, regenerated when missing) and on examples/helpdesk, in the offline tier (real
// Alembic --sql through the driver) and the static tier (no Python); side by side with Alembic's own
// `alembic upgrade head --sql` on the same project (what the offline tier has to run anyway).
//
//   node bench/check/run.mjs                      # uses dist/cli.js
//   AG_CLI=bench/.work/check-build/cli.js node bench/check/run.mjs
//   AG_BENCH_REVISIONS=1000 AG_BENCH_RUNS=5 node bench/check/run.mjs
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.resolve(process.env.AG_CLI ?? path.join(root, "dist/cli.js"));
const python = process.env.AG_PYTHON ?? "/usr/bin/python3";
const count = Number(process.env.AG_BENCH_REVISIONS ?? 300);
const runs = Number(process.env.AG_BENCH_RUNS ?? 3);
const work = path.join(root, "bench/.work", `check-${count}`);

function revisionFile(i) {
  const id = `r${String(i).padStart(4, "0")}`;
  const down = i === 0 ? "None" : JSON.stringify(`r${String(i - 1).padStart(4, "0")}`);
  const table = `table_${i % 50}`;
  const body =
    i < 50
      ? `    op.create_table(\n        "${table}",\n        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),\n        sa.Column("name", sa.Text(), nullable=True),\n    )`
      : [
          `    op.add_column("${table}", sa.Column("col_${i}", sa.String(length=64), nullable=True))`,
          `    op.create_index(op.f("ix_${table}_col_${i}"), "${table}", ["col_${i}"], unique=False)`,
          `    op.execute("UPDATE ${table} SET col_${i} = name WHERE col_${i} IS NULL")`,
        ].join("\n");
  const undo =
    i < 50
      ? `    op.drop_table("${table}")`
      : [`    op.drop_index(op.f("ix_${table}_col_${i}"), table_name="${table}")`, `    op.drop_column("${table}", "col_${i}")`].join("\n");
  return `"""change number ${i}

Revision ID: ${id}
Revises: ${i === 0 ? "" : `r${String(i - 1).padStart(4, "0")}`}
"""
from alembic import op
import sqlalchemy as sa

revision = "${id}"
down_revision = ${down}
branch_labels = None
depends_on = None


def upgrade():
${body}


def downgrade():
${undo}
`;
}

function generate() {
  if (fs.existsSync(path.join(work, "alembic.ini"))) return;
  fs.mkdirSync(path.join(work, "migrations/versions"), { recursive: true });
  const fixture = path.join(root, "test/fixtures/projects/unsafe");
  fs.copyFileSync(path.join(fixture, "alembic.ini"), path.join(work, "alembic.ini"));
  fs.copyFileSync(path.join(fixture, "migrations/env.py"), path.join(work, "migrations/env.py"));
  fs.copyFileSync(path.join(fixture, "migrations/script.py.mako"), path.join(work, "migrations/script.py.mako"));
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(work, "migrations/versions", `${String(i).padStart(4, "0")}_change_${i}.py`), revisionFile(i));
  }
}

/** Run a command `runs` times; wall time (median) and max RSS (GNU time when available). */
function measure(label, command, args, cwd) {
  const times = [];
  let rss;
  let status;
  let sample = "";
  const hasGnuTime = fs.existsSync("/usr/bin/time");
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = hasGnuTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 })
      : spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    status = r.status;
    sample = r.stdout;
    if (hasGnuTime) rss = Number(r.stderr.trim().split("\n").pop()) / 1024;
    if (r.error) throw r.error;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(58)} ${median.toFixed(0).padStart(6)} ms${rss ? `  ${rss.toFixed(0).padStart(4)} MB RSS` : ""}  (exit ${status})`);
  return { median, sample };
}

generate();
console.log(`alembic-guard check benchmark: ${count} revisions, ${runs} runs each, median wall time`);
console.log(`cli: ${path.relative(root, cli)}; python: ${python}\n`);
const project = measure(`check --all --no-database (offline tier), ${count} revs`, process.execPath, [cli, "check", "--all", "--no-database", "--python", python, "--format", "json"], work);
try {
  const result = JSON.parse(project.sample);
  console.log(`  → tier ${result.tier}, ${result.revisions_in_scope.length} in scope, ${result.findings.length} findings`);
} catch {
  console.log(`  → output was not JSON: ${project.sample.slice(0, 200)}`);
}
measure(`check --all --no-database (static tier: no python), ${count} revs`, process.execPath, [cli, "check", "--all", "--no-database", "--python", "/nonexistent/python3", "--format", "json"], work);
measure(`peer: alembic upgrade head --sql (Alembic alone), ${count} revs`, python, ["-m", "alembic", "upgrade", "head", "--sql"], work);
const helpdesk = path.join(root, "examples/helpdesk");
if (fs.existsSync(path.join(helpdesk, "alembic.ini"))) {
  measure("examples/helpdesk: check --all --no-database", process.execPath, [cli, "check", "--all", "--no-database", "--python", python, "--format", "json"], helpdesk);
  measure("examples/helpdesk: alembic upgrade head --sql", python, ["-m", "alembic", "upgrade", "head", "--sql"], helpdesk);
}
