// Runs the built dist/index.js the way the GitHub runner does: a child `node` process in the workspace with
// INPUT_* variables, GITHUB_EVENT_PATH → a pull_request payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, and GITHUB_API_URL → a local server. Also builds fixture Alembic projects as real git repositories.
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
/**
 * The built dist/ (ALEMBIC_GUARD_TEST_DIST: another build of it, e.g. a private one while others share dist/).
 */
export const DIST = process.env.ALEMBIC_GUARD_TEST_DIST ? path.resolve(process.env.ALEMBIC_GUARD_TEST_DIST) : path.join(ROOT, "dist");
export const ACTION_BUNDLE = path.join(DIST, "index.js");

/** Temp dirs to remove in cleanupRunnerDirs(), and the installed bundle copy. */
const runnerDirs: string[] = [];
let installed: string | undefined;

/**
 * A copy of dist/ outside the repository, as the runner has it (`_actions/<owner>/<repo>/<ref>/dist`, no
 * node_modules anywhere above): proves the bundle finds its .wasm files and driver.py beside itself.
 */
export function installedBundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-action-"));
  fs.cpSync(DIST, path.join(dir, "dist"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "action.yml"), path.join(dir, "action.yml"));
  runnerDirs.push(dir);
  return path.join(dir, "dist/index.js");
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  apiUrl?: string;
  sha?: string;
  /** Extra environment (e.g. PATH changes). */
  env?: Record<string, string>;
  /** The bundle to run (default: an installed copy of dist/index.js). */
  bundle?: string;
}

/** Parse the runner's GITHUB_OUTPUT file format (`name<<delimiter` … `delimiter`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      out[name] = value.join("\n");
      continue;
    }
    const eq = lines[i].indexOf("=");
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
  }
  return out;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-runner-"));
  const eventPath = path.join(runnerDir, "event.json");
  const outputPath = path.join(runnerDir, "output");
  const summaryPath = path.join(runnerDir, "step_summary");
  fs.writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  fs.writeFileSync(outputPath, "");
  fs.writeFileSync(summaryPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? runnerDir,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_REPOSITORY_OWNER: "acme",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_SHA: options.sha ?? "",
    GITHUB_RUN_ID: "1",
    RUNNER_TEMP: path.join(runnerDir, "temp"),
    ...options.env,
  };
  fs.mkdirSync(env.RUNNER_TEMP, { recursive: true });
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [options.bundle ?? (installed ??= installedBundle())], { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as any).code === "number" ? (error as any).code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
  const result: RunResult = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputPath, "utf8")),
    summary: fs.readFileSync(summaryPath, "utf8"),
    ms: Date.now() - started,
  };
  // Kept until cleanupRunnerDirs(): outputs such as `report` point into RUNNER_TEMP.
  runnerDirs.push(runnerDir);
  return result;
}


export function cleanupRunnerDirs(): void {
  for (const dir of runnerDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  installed = undefined;
}

// ── fixture Alembic projects ───────────────────────────────────────────────────────────────────────────

const ALEMBIC_INI = `[alembic]
script_location = migrations
sqlalchemy.url = postgresql://alembic-guard@localhost/fixture

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
`;

export const ENV_PY = `from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)
target_metadata = None


def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
`;

const SCRIPT_MAKO = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
"""
from alembic import op
import sqlalchemy as sa

revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
branch_labels = \${repr(branch_labels)}
depends_on = \${repr(depends_on)}


def upgrade():
    \${upgrades if upgrades else "pass"}


def downgrade():
    \${downgrades if downgrades else "pass"}
`;

export function revision(rev: string, down: string | null, upgrade: string, downgrade: string): string {
  return `"""${rev}

Revision ID: ${rev}
Revises: ${down ?? ""}
"""
from alembic import op
import sqlalchemy as sa

revision = "${rev}"
down_revision = ${down ? `"${down}"` : "None"}
branch_labels = None
depends_on = None


def upgrade():
${upgrade.replace(/^/gm, "    ")}


def downgrade():
${downgrade.replace(/^/gm, "    ")}
`;
}

export const USERS_0001 = revision(
  "0001",
  null,
  'op.create_table(\n    "users",\n    sa.Column("id", sa.Integer, primary_key=True),\n    sa.Column("email", sa.String(200), nullable=False),\n)',
  'op.drop_table("users")',
);
export const UNSAFE_INDEX_0002 = revision("0002", "0001", 'op.create_index("ix_users_email", "users", ["email"])', 'op.drop_index("ix_users_email", table_name="users")');
export const SAFE_INDEX_0002 = revision(
  "0002",
  "0001",
  // A failed concurrent build leaves an INVALID index: drop any leftover, then build (prefer-robust-stmts).
  'with op.get_context().autocommit_block():\n    op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email")\n    op.execute("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)")',
  'with op.get_context().autocommit_block():\n    op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email")',
);

export class FixtureRepo {
  readonly dir: string;
  constructor(prefix = "ag-e2e-") {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git("init", "-q", "-b", "main");
  }

  git(...args: string[]): string {
    return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd: this.dir, encoding: "utf8" }).trim();
  }

  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(this.dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }

  remove(rel: string): void {
    fs.rmSync(path.join(this.dir, rel));
  }

  /** An Alembic project (alembic.ini, env.py, script template) under `sub`. */
  project(sub = ".", versions: Record<string, string> = {}): void {
    const files: Record<string, string> = {
      [path.join(sub, "alembic.ini")]: ALEMBIC_INI,
      [path.join(sub, "migrations/env.py")]: ENV_PY,
      [path.join(sub, "migrations/script.py.mako")]: SCRIPT_MAKO,
    };
    for (const [name, text] of Object.entries(versions)) files[path.join(sub, "migrations/versions", name)] = text;
    this.write(files);
  }

  commit(message: string, author = "Test"): string {
    this.git("add", "-A");
    execFileSync("git", ["-c", `user.name=${author}`, "-c", `user.email=${author.toLowerCase()}@example.com`, "commit", "-qm", message], { cwd: this.dir });
    return this.git("rev-parse", "HEAD");
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A pull_request payload shaped like GitHub's (the fields the Action reads, and the usual neighbours). */
export function pullRequestPayload(opts: { number: number; author: string; baseSha: string; headSha: string; action?: string }) {
  const repository = { id: 1, name: "shop", full_name: "acme/shop", owner: { login: "acme", type: "Organization" }, private: false, default_branch: "main" };
  return {
    action: opts.action ?? "synchronize",
    number: opts.number,
    pull_request: {
      url: `https://api.github.com/repos/acme/shop/pulls/${opts.number}`,
      html_url: `https://github.com/acme/shop/pull/${opts.number}`,
      number: opts.number,
      state: "open",
      title: "Add an index on users.email",
      user: { login: opts.author, id: 42, type: "User" },
      body: null,
      draft: false,
      head: { label: `${opts.author}:feature`, ref: "feature", sha: opts.headSha, repo: repository, user: { login: opts.author } },
      base: { label: "acme:main", ref: "main", sha: opts.baseSha, repo: repository, user: { login: "acme" } },
      author_association: "CONTRIBUTOR",
    },
    repository,
    sender: { login: opts.author, id: 42, type: "User" },
  };
}
