#!/usr/bin/env node
// Benchmark: `alembic-guard roundtrip` (the whole stairway on a throwaway PostgreSQL it starts itself:
// snapshot → upgrade → snapshot → downgrade → snapshot → upgrade → snapshot, per revision, plus
// `downgrade base`) vs the naive baseline: Alembic's CLI, one process per step (upgrade +1, downgrade -1,
// upgrade +1 for each revision), without any snapshot, on an already running server.
// Project: a generated 30-revision history (bench/.work/roundtrip-30, regenerated each run).
//
//   node bench/roundtrip/run.mjs                       # compiles src/ with tsc into bench/.work/build
//   AG_CLI=dist/cli.js node bench/roundtrip/run.mjs    # time another build of the CLI
//   AG_BENCH_REVISIONS=30 AG_BENCH_RUNS=3 node bench/roundtrip/run.mjs
//
// Targets: ≤ 3 s wall for alembic-guard (Postgres start included), ≥ 10× faster than the baseline.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const python = process.env.AG_PYTHON ?? "/usr/bin/python3";
const count = Number(process.env.AG_BENCH_REVISIONS ?? 30);
const runs = Number(process.env.AG_BENCH_RUNS ?? 3);
const work = path.join(root, "bench/.work", `roundtrip-${count}`);
const build = path.join(root, "bench/.work/build");

// The CLI under test, and our provisioning module for the baseline's server.
if (!process.env.AG_CLI) {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.json"), "--outDir", build], { stdio: "ignore" });
}
const cli = path.resolve(process.env.AG_CLI ?? path.join(build, "cli.js"));
const require = createRequire(import.meta.url);
if (!fs.existsSync(path.join(build, "roundtrip/postgres.js"))) {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.json"), "--outDir", build], { stdio: "ignore" });
}
const { startThrowawayPostgres } = require(path.join(build, "roundtrip/postgres.js"));

// ---------------------------------------------------------------------------------------------------------
// The project: tables with enums, foreign keys, indexes, defaults; every revision reversible.

const id = (i) => `r${String(i).padStart(3, "0")}${"abcdef012345".slice(0, 8)}`;

function revisionBody(i) {
  const table = `t${Math.floor(i / 5) * 5}`;
  if (i % 5 === 0) {
    const fk = i >= 5 ? `\n        sa.Column("parent_id", sa.Integer, sa.ForeignKey("t${i - 5}.id")),` : "";
    return {
      up: `    op.create_table(
        "${table}",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("state", sa.Enum("new", "active", "gone", name="${table}_state"), nullable=False, server_default="new"),${fk}
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )`,
      down: `    op.drop_table("${table}")\n    sa.Enum(name="${table}_state").drop(op.get_bind())`,
    };
  }
  if (i % 5 === 1 || i % 5 === 3) {
    return {
      up: `    op.add_column("${table}", sa.Column("c${i}", sa.String(64), nullable=True))\n    op.create_index("ix_${table}_c${i}", "${table}", ["c${i}"])`,
      down: `    op.drop_index("ix_${table}_c${i}", table_name="${table}")\n    op.drop_column("${table}", "c${i}")`,
    };
  }
  if (i % 5 === 2) {
    return {
      up: `    op.add_column("${table}", sa.Column("n${i}", sa.Integer, nullable=False, server_default="0"))\n    op.create_check_constraint("ck_${table}_n${i}", "${table}", "n${i} >= 0")`,
      down: `    op.drop_constraint("ck_${table}_n${i}", "${table}", type_="check")\n    op.drop_column("${table}", "n${i}")`,
    };
  }
  return {
    up: `    op.execute("CREATE VIEW v${i} AS SELECT id, name FROM ${table}")`,
    down: `    op.execute("DROP VIEW v${i}")`,
  };
}

function writeProject() {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, "migrations/versions"), { recursive: true });
  fs.writeFileSync(
    path.join(work, "alembic.ini"),
    "[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url =\n\n[loggers]\nkeys = root\n[handlers]\nkeys = console\n[formatters]\nkeys = generic\n" +
      "[logger_root]\nlevel = WARN\nhandlers = console\n[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n" +
      "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\n",
  );
  fs.writeFileSync(
    path.join(work, "migrations/env.py"),
    `import os
from logging.config import fileConfig
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
fileConfig(config.config_file_name)
if os.environ.get("DATABASE_URL") and not config.get_main_option("sqlalchemy.url"):
    config.set_main_option("sqlalchemy.url", os.environ["DATABASE_URL"].replace("%", "%%"))


def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
`,
  );
  for (let i = 0; i < count; i++) {
    const { up, down } = revisionBody(i);
    fs.writeFileSync(
      path.join(work, "migrations/versions", `${id(i)}_step_${i}.py`),
      `"""step ${i}"""
from alembic import op
import sqlalchemy as sa

revision = ${JSON.stringify(id(i))}
down_revision = ${i === 0 ? "None" : JSON.stringify(id(i - 1))}
branch_labels = None
depends_on = None


def upgrade():
${up}


def downgrade():
${down}
`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------

function timeAlembicGuard() {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, "roundtrip", "--python", python, "--format", "json"], { cwd: work, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`alembic-guard roundtrip failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  const results = report.roundtrip.revisions.map((r) => r.result);
  if (results.length !== count || results.some((r) => r !== "ok")) throw new Error(`unexpected results: ${results.join(",")}`);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length) throw new Error(`unexpected findings: ${errors.map((f) => f.message).join("; ")}`);
  return { ms, server: report.roundtrip.server, inner: report.roundtrip.total_ms };
}

async function timeBaseline() {
  const pg = await startThrowawayPostgres({ allowRemote: false });
  try {
    const env = { ...process.env, DATABASE_URL: pg.url };
    const alembic = (...args) => {
      const r = spawnSync(python, ["-m", "alembic", ...args], { cwd: work, env, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`alembic ${args.join(" ")} failed: ${r.stderr}`);
    };
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      alembic("upgrade", "+1");
      alembic("downgrade", "-1");
      alembic("upgrade", "+1");
    }
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    await pg.close();
  }
}

writeProject();
const ours = [];
for (let r = 0; r < runs; r++) ours.push(timeAlembicGuard());
const baseline = await timeBaseline();
const best = Math.min(...ours.map((o) => o.ms));
const median = ours.map((o) => o.ms).sort((a, b) => a - b)[Math.floor(ours.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`round trip of a ${count}-revision project on ${ours[0].server}`);
console.log(`  alembic-guard roundtrip (whole CLI run, Postgres start included): best ${fmt(best)}, median ${fmt(median)} of ${runs} (${ours.map((o) => fmt(o.ms)).join(", ")})`);
console.log(`  naive baseline (alembic CLI per step, ${count * 3} processes, server already up, no snapshots): ${fmt(baseline)}`);
console.log(`  speed-up: ${(baseline / median).toFixed(1)}× (median)`);
console.log(`  targets: ≤ 3 s ${median <= 3000 ? "met" : "MISSED"}, ≥ 10× ${baseline / median >= 10 ? "met" : "MISSED"}`);
