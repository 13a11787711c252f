// The Python driver against real Alembic 1.8.1 (/usr/bin/python3) and a real PostgreSQL started here.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Driver,
  DriverCrashedError,
  DriverStartError,
  DriverTimeoutError,
  findPython,
  type CapturedStatement,
  type DriverOptions,
} from "../../src/driver";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

const PYTHON = "/usr/bin/python3";
const FIXTURES = path.resolve(__dirname, "../fixtures/driver");

function project(name: string, configRel = "alembic.ini") {
  const dir = path.join(FIXTURES, name);
  return { dir, config: path.join(dir, configRel) };
}

function options(name: string, extra: Partial<DriverOptions> = {}): DriverOptions {
  const { dir, config } = project(name);
  return {
    python: PYTHON,
    configPath: config,
    section: "alembic",
    cwd: dir,
    stepTimeoutMs: 60_000,
    versionLocations: [],
    ...extra,
  };
}

/** 1-based line of the first line in `file` containing `needle`: the oracle for "the op.* call". */
function lineOf(file: string, needle: string): number {
  const index = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

const shopFile = (name: string) => path.join(FIXTURES, "shop/versions", name);
const userStatements = (statements: CapturedStatement[]) => statements.filter((s) => !s.bookkeeping);

const drivers: Driver[] = [];
async function start(opts: DriverOptions): Promise<Driver> {
  const driver = await Driver.start(opts);
  drivers.push(driver);
  return driver;
}
afterEach(async () => {
  await Promise.all(drivers.splice(0).map((d) => d.close()));
});

describe("findPython", () => {
  it("skips a python3 without alembic and picks /usr/bin/python3, saying why", async () => {
    const found = await findPython();
    expect(found.python).toBeDefined();
    expect(found.alembic).toMatch(/^\d+\.\d+/);
    const last = found.tried[found.tried.length - 1];
    expect(last).toEqual({ python: found.python });
    // every candidate before the chosen one carries its reason
    for (const rejected of found.tried.slice(0, -1)) expect(rejected.problem).toBeTruthy();
  });

  it("tries only the configured interpreter", async () => {
    const found = await findPython("/nonexistent/python3");
    expect(found.python).toBeUndefined();
    expect(found.tried).toEqual([{ python: "/nonexistent/python3", problem: "not found" }]);
    const given = await findPython(PYTHON);
    expect(given).toMatchObject({ python: PYTHON, alembic: "1.8.1" });
  });
});

describe("offline (--sql) capture", () => {
  it("reports versions and heads, and runs env.py once", async () => {
    const driver = await start(options("shop"));
    const hello = driver.helloResponse;
    expect(hello).toMatchObject({
      ok: true,
      python: PYTHON,
      alembic_version: "1.8.1",
      heads: ["s004"],
      env: "offline",
      has_target_metadata: true,
      dialect: "postgresql",
      version_locations: [fs.realpathSync(path.join(FIXTURES, "shop/versions"))],
    });
    expect(hello.sqlalchemy_version).toMatch(/^1\.4\./);
  });

  it("splits the script per revision and points each statement at its op.* line", async () => {
    const driver = await start(options("shop"));
    const response = await driver.offlineSql(null, "head");
    expect(response.ok).toBe(true);
    expect(response.revision_errors).toEqual([]);
    expect(response.applied.map((a) => a.revision)).toEqual(["s001", "s002", "s003", "s004"]);
    const mine = userStatements(response.statements).map((s) => ({
      revision: s.revision,
      file: s.file,
      line: s.line,
      in_transaction: s.in_transaction,
      sql: s.sql.split("\n")[0],
    }));
    const s1 = shopFile("s001_create_accounts.py");
    const s2 = shopFile("s002_email_index.py");
    expect(mine).toEqual([
      { revision: "s001", file: s1, line: lineOf(s1, "op.create_table("), in_transaction: true, sql: "CREATE TABLE accounts (" },
      { revision: "s001", file: s1, line: lineOf(s1, "op.execute("), in_transaction: true, sql: "INSERT INTO accounts (name) VALUES ('  first  ')" },
      { revision: "s002", file: s2, line: lineOf(s2, "op.add_column("), in_transaction: true, sql: "ALTER TABLE accounts ADD COLUMN email VARCHAR(200)" },
      // inside autocommit_block(): Alembic wrote COMMIT before it and BEGIN after it
      { revision: "s002", file: s2, line: lineOf(s2, "op.create_index("), in_transaction: false, sql: "CREATE INDEX CONCURRENTLY ix_accounts_email ON accounts (email)" },
      { revision: "s002", file: s2, line: lineOf(s2, "op.execute("), in_transaction: true, sql: "COMMENT ON COLUMN accounts.email IS 'login'" },
      {
        revision: "s003",
        file: shopFile("s003_name_not_null.py"),
        line: lineOf(shopFile("s003_name_not_null.py"), "op.alter_column("),
        in_transaction: true,
        sql: "ALTER TABLE accounts ALTER COLUMN name SET NOT NULL",
      },
      {
        revision: "s004",
        file: shopFile("s004_trim_names.py"),
        line: lineOf(shopFile("s004_trim_names.py"), "op.execute("),
        in_transaction: true,
        sql: "UPDATE accounts SET name = trim(name)",
      },
    ]);
    // Bookkeeping is marked, and the version row for each revision carries that revision.
    const versionRows = response.statements.filter((s) => s.bookkeeping && /alembic_version/.test(s.sql));
    expect(versionRows.map((s) => s.revision)).toEqual([null, "s001", "s002", "s003", "s004"]);
  });

  it("renders exactly what Alembic's own --sql prints (oracle: the alembic CLI)", async () => {
    const { dir, config } = project("shop");
    const cli = execFileSync(PYTHON, ["-m", "alembic", "-c", config, "upgrade", "head", "--sql"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    });
    const driver = await start(options("shop"));
    const response = await driver.offlineSql(null, "head");
    const cliStatements = cli
      .split(";\n")
      .map((chunk) =>
        chunk
          .split("\n")
          .filter((l) => !/^(INFO|env\.py|s003:|-- Running)/.test(l))
          .join("\n")
          .trim(),
      )
      .filter((chunk) => chunk && chunk !== "BEGIN" && chunk !== "COMMIT");
    expect(response.statements.map((s) => s.sql)).toEqual(cliStatements);
  });

  it("renders a sub-range only", async () => {
    const driver = await start(options("shop"));
    const response = await driver.offlineSql("s002", "head");
    expect(new Set(response.statements.map((s) => s.revision))).toEqual(new Set(["s003", "s004"]));
  });

  it("reports a revision that reads the database and still renders the others", async () => {
    const driver = await start(options("troubled"));
    const response = await driver.offlineSql(null, "head");
    expect(response.ok).toBe(true);
    const t2 = path.join(FIXTURES, "troubled/versions/t002_reads_the_database.py");
    expect(response.revision_errors).toHaveLength(1);
    expect(response.revision_errors?.[0]).toMatchObject({
      revision: "t002",
      file: t2,
      line: lineOf(t2, "op.get_bind()"),
    });
    expect(response.revision_errors?.[0].message).toMatch(/^revision t002 cannot be rendered in offline \(--sql\) mode/);
    expect([...new Set(userStatements(response.statements).map((s) => s.revision))]).toEqual(["t001", "t003"]);
    expect(response.applied.map((a) => a.revision)).toEqual(["t001", "t003"]);
  });

  it("renders past revisions that cannot render offline on two branches, reporting each", async () => {
    const driver = await start(options("branched_troubled"));
    const response = await driver.offlineSql(null, "heads");
    expect(response.ok).toBe(true);
    expect(response.error).toBeUndefined();
    const versions = path.join(FIXTURES, "branched_troubled/versions");
    const at = (file: string, needle: string) => [path.join(versions, file), lineOf(path.join(versions, file), needle)];
    expect(response.revision_errors?.map((e) => [e.revision, e.file, e.line]).sort()).toEqual([
      ["b002", ...at("b002_left_reads.py", "op.get_bind()")],
      ["b004", ...at("b004_right_reads.py", "op.get_bind()")],
      ["b005", ...at("b005_left_typo.py", "nullabel=True")],
    ]);
    // Reading the database is what --sql mode cannot do; a plain bug is told as one (it fails online too).
    const reason = new Map(response.revision_errors?.map((e) => [e.revision, e.message]));
    expect(reason.get("b002")).toMatch(/It probably reads the database/);
    expect(reason.get("b004")).toMatch(/It probably reads the database/);
    expect(reason.get("b005")).toMatch(/^revision b005 cannot be rendered in offline \(--sql\) mode: TypeError: .*nullabel.*does not look like reading the database/);
    expect(reason.get("b005")).not.toMatch(/probably reads the database/);
    expect(new Set(userStatements(response.statements).map((s) => s.revision))).toEqual(new Set(["b001", "b003"]));
    expect(response.applied.map((a) => a.revision).sort()).toEqual(["b001", "b003"]);
  });

  it("turns an env.py that raises on import into a DriverStartError with a one-line reason", async () => {
    const error = await Driver.start(options("broken_env")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverStartError);
    const startError = error as DriverStartError;
    expect(startError.message.split("\n")[0]).toBe(
      "Alembic could not load the project: RuntimeError: APP_SECRET_KEY is not set; export it before running migrations",
    );
    expect(startError.error?.traceback).toMatch(/env\.py", line \d+, in load_settings/);
  });

  it("renders an asyncio project offline with the user's asyncpg URL", async () => {
    const driver = await start(options("async_app"));
    const response = await driver.offlineSql(null, "e002");
    expect(response.ok).toBe(true);
    expect(userStatements(response.statements).map((s) => [s.revision, s.in_transaction, s.sql.split(" ")[0]])).toEqual([
      ["e001", true, "CREATE"],
      ["e001", true, "INSERT"],
      ["e001", false, "CREATE"],
      ["e002", true, "ALTER"],
    ]);
  });

  it("says why it cannot start without a usable interpreter", async () => {
    const error = await Driver.start(options("shop", { python: "/nonexistent/python3" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverStartError);
    expect((error as Error).message).toMatch(/^could not start \/nonexistent\/python3: spawn \/nonexistent\/python3 ENOENT/);
  });

  it("keeps the protocol clean while env.py, logging and revisions print to stdout", async () => {
    const driver = await start(options("shop"));
    await driver.offlineSql(null, "head");
    expect(driver.stderrTail).toContain("env.py loaded; this print goes to stdout like any user print");
    expect(driver.stderrTail).toContain("s003: making accounts.name NOT NULL");
    expect(driver.stderrTail).toContain("Running upgrade s001 -> s002");
    expect(driver.stderrTail).not.toContain("[stdout]");
  });
});

describe("online (a real PostgreSQL)", () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startTestPostgres();
  });
  afterAll(async () => {
    await pg?.stop();
  });

  it("upgrades and downgrades, capturing each statement with its revision, line and transaction state", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("shop", { databaseUrl }));
    expect(driver.helloResponse.env).toBe("online");

    const first = await driver.upgrade("s002");
    expect(first.ok).toBe(true);
    expect(first.applied.map((a) => [a.revision, a.direction])).toEqual([
      ["s001", "upgrade"],
      ["s002", "upgrade"],
    ]);
    const s2 = shopFile("s002_email_index.py");
    const index = first.statements.find((s) => s.sql.startsWith("CREATE INDEX CONCURRENTLY"));
    expect(index).toMatchObject({ revision: "s002", file: s2, line: lineOf(s2, "op.create_index("), in_transaction: false });
    const comment = first.statements.find((s) => s.sql.startsWith("COMMENT ON COLUMN"));
    expect(comment).toMatchObject({ revision: "s002", line: lineOf(s2, "op.execute("), in_transaction: true });
    expect(first.statements.every((s) => typeof s.ms === "number")).toBe(true);
    const versionUpdate = first.statements.find((s) => s.sql.startsWith("UPDATE alembic_version"));
    expect(versionUpdate).toMatchObject({ revision: "s002", bookkeeping: true });
    // Bound parameters are kept, JSON-safe (Alembic's has_table lookup binds the table name).
    expect(first.statements.some((s) => JSON.stringify(s.parameters ?? null).includes("alembic_version"))).toBe(true);
    expect(await pg.query(databaseUrl, "SELECT version_num FROM alembic_version")).toEqual([{ version_num: "s002" }]);

    const back = await driver.downgrade("s001");
    expect(back.ok).toBe(true);
    expect(back.applied).toMatchObject([{ revision: "s002", direction: "downgrade" }]);
    const dropIndex = back.statements.find((s) => s.sql.startsWith("DROP INDEX CONCURRENTLY"));
    expect(dropIndex).toMatchObject({ revision: "s002", line: lineOf(s2, "op.drop_index("), in_transaction: false });
    const columns = await pg.query(databaseUrl, "SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY 1");
    expect(columns.map((c) => c.column_name)).toEqual(["id", "name"]);
  });

  it("observes the locks the migration's backend holds before commit", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("shop", { databaseUrl }));
    await driver.upgrade("s002");
    const step = await driver.upgrade("s003", { observeLocks: true });
    expect(step.ok).toBe(true);
    expect(step.locks).toHaveLength(1);
    expect(step.locks?.[0]).toMatchObject({ revision: "s003", revisions: ["s003"] });
    expect(step.locks?.[0].locks).toContainEqual({ relation: "public.accounts", mode: "AccessExclusiveLock", kind: "table" });
    // Without the flag nothing is observed.
    const quiet = await driver.upgrade("s004");
    expect(quiet.locks).toBeUndefined();
  });

  it("returns NotImplementedError from a downgrade that cannot be undone, with its line", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("shop", { databaseUrl }));
    expect((await driver.upgrade("head")).ok).toBe(true);
    const step = await driver.downgrade("-1");
    expect(step.ok).toBe(false);
    const s4 = shopFile("s004_trim_names.py");
    expect(step.error).toMatchObject({
      type: "NotImplementedError",
      message: "the original spacing of names is gone",
      revision: "s004",
      file: s4,
      line: lineOf(s4, "raise NotImplementedError"),
    });
    expect(await pg.query(databaseUrl, "SELECT version_num FROM alembic_version")).toEqual([{ version_num: "s004" }]);
  });

  it("describes a failing migration: SQLSTATE, PostgreSQL's message, the op.* line, the traceback tail", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("troubled", { databaseUrl }));
    expect((await driver.upgrade("t002")).ok).toBe(true);
    const step = await driver.upgrade("t003");
    expect(step.ok).toBe(false);
    const t3 = path.join(FIXTURES, "troubled/versions/t003_required_sku.py");
    expect(step.error).toMatchObject({
      type: "IntegrityError",
      sqlstate: "23502",
      pg_message: 'column "sku" of relation "items" contains null values',
      revision: "t003",
      file: t3,
      line: lineOf(t3, "op.add_column("),
    });
    const tb = step.error!.traceback;
    expect(tb.split("\n").filter((l) => /^ {2}File "/.test(l)).length).toBeLessThanOrEqual(8);
    expect(tb).toContain("t003_required_sku.py");
    expect(tb).not.toContain("driver.py");
    // Alembic rolled the failed revision back; the driver is still usable.
    expect(await pg.query(databaseUrl, "SELECT version_num FROM alembic_version")).toEqual([{ version_num: "t002" }]);
    expect((await driver.downgrade("base")).ok).toBe(true);
  });

  it("finds a model column that no migration creates (drift, Alembic 1.8 has no `alembic check`)", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("shop", { databaseUrl }));
    const notAtHead = await driver.checkDrift();
    expect(notAtHead.ok).toBe(false);
    expect(notAtHead.error?.message).toMatch(/not at head/);
    await driver.upgrade("head");
    const drift = await driver.checkDrift();
    expect(drift.ok).toBe(true);
    expect(drift.diffs).toEqual([
      {
        kind: "add_column",
        description: "column accounts.nickname is in the models but no migration creates it",
        table: "accounts",
        column: "nickname",
      },
    ]);
  });

  async function startWithEnv(variable: string, value: string, opts: DriverOptions): Promise<unknown> {
    const previous = process.env[variable];
    process.env[variable] = value;
    try {
      return await Driver.start(opts).catch((e: unknown) => e);
    } finally {
      if (previous === undefined) delete process.env[variable];
      else process.env[variable] = previous;
    }
  }

  it("refuses a database it was not given, before any statement runs", async () => {
    const databaseUrl = await pg.createDatabase();
    const foreignUrl = await pg.createDatabase();
    const foreignName = new URL(foreignUrl.replace("@/", "@localhost/")).pathname.slice(1);
    const error = await startWithEnv("LEGACY_APP_DB_URL", foreignUrl, options("foreign_db", { databaseUrl }));
    expect(error).toBeInstanceOf(DriverStartError);
    const startError = error as DriverStartError;
    expect(startError.error?.type).toBe("ForeignDatabaseRefused");
    expect(startError.message.split("\n")[0]).toContain(
      `ForeignDatabaseRefused: refused to connect to database '${foreignName}' on ${pg.socketDir} (port 5432): ` +
        "alembic-guard only touches the throwaway database it created",
    );
    expect(await pg.query(foreignUrl, "SELECT count(*)::int AS n FROM pg_stat_user_tables")).toEqual([{ n: 0 }]);
  });

  it("refuses a creator= connection that lands elsewhere although the URL names our database", async () => {
    const databaseUrl = await pg.createDatabase();
    const foreignUrl = await pg.createDatabase();
    const foreignName = new URL(foreignUrl.replace("@/", "@localhost/")).pathname.slice(1);
    const dsn = `host=${pg.socketDir} dbname=${foreignName} user=postgres`;
    const error = await startWithEnv("LEGACY_APP_DSN", dsn, options("foreign_db", { databaseUrl }));
    expect(error).toBeInstanceOf(DriverStartError);
    expect((error as DriverStartError).error?.type).toBe("ForeignDatabaseRefused");
    expect((error as Error).message).toContain(`refused to connect to database '${foreignName}'`);
    expect(await pg.query(foreignUrl, "SELECT count(*)::int AS n FROM pg_stat_user_tables")).toEqual([{ n: 0 }]);
  });

  it("captures an asyncio env.py (asyncpg) through the same engine events", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("async_app", { databaseUrl }));
    expect(driver.helloResponse).toMatchObject({ env: "online", heads: ["e003"], has_target_metadata: true });
    const e1 = path.join(FIXTURES, "async_app/migrations/versions/e001_events.py");
    const step = await driver.upgrade("e002", { observeLocks: true });
    expect(step.ok).toBe(true);
    const index = step.statements.find((s) => s.sql.startsWith("CREATE INDEX CONCURRENTLY"));
    expect(index).toMatchObject({ revision: "e001", file: e1, line: lineOf(e1, "op.create_index("), in_transaction: false });
    const insert = step.statements.find((s) => s.sql.startsWith("INSERT INTO events"));
    expect(insert).toMatchObject({ revision: "e001", line: lineOf(e1, "op.execute("), in_transaction: true });
    // e001 commits before its autocommit block (locks seen then); e002's ALTER holds AccessExclusiveLock.
    expect(step.locks?.map((l) => l.revision)).toEqual(["e001", "e002"]);
    expect(step.locks?.[1].locks).toContainEqual({ relation: "public.events", mode: "AccessExclusiveLock", kind: "table" });

    const failing = await driver.upgrade("e003");
    const e3 = path.join(FIXTURES, "async_app/migrations/versions/e003_payload_required.py");
    expect(failing.error).toMatchObject({
      type: "IntegrityError",
      sqlstate: "23502",
      pg_message: 'column "payload" of relation "events" contains null values',
      revision: "e003",
      file: e3,
      line: lineOf(e3, "op.add_column("),
    });
    const drift = await driver.checkDrift();
    expect(drift.ok).toBe(false); // e003 never applied: the database is not at head
    expect(drift.error?.message).toMatch(/is at e002, not at head \(e003\)/);
  });

  it("reports a migration that ends the Python process instead of waiting for an answer", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("crashy", { databaseUrl }));
    const error = await driver.upgrade("x001").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverCrashedError);
    expect((error as Error).message).toMatch(/ended unexpectedly \(exit code 7\): x001: giving up$/);
  });

  it("kills a hanging migration at the step timeout and names the target", async () => {
    const databaseUrl = await pg.createDatabase();
    const driver = await start(options("sleepy", { databaseUrl, stepTimeoutMs: 1_500, startTimeoutMs: 60_000 }));
    const started = Date.now();
    const error = await driver.upgrade("z001").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverTimeoutError);
    expect((error as DriverTimeoutError).target).toBe("z001");
    expect((error as Error).message).toMatch(/^upgrade z001 did not finish within 1\.5 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(driver.upgrade("z001")).rejects.toThrow(/not running/);
    // A new driver can take over.
    const next = await start(options("sleepy", { databaseUrl, stepTimeoutMs: 60_000 }));
    expect(next.helloResponse.heads).toEqual(["z001"]);
  });
});
