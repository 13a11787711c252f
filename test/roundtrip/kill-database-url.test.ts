// A --database-url round trip killed with SIGKILL leaves no alembic_guard_* database on the user's server: the
// database watchdog (the round trip's Python, waiting on a pipe from the CLI) drops the run's database when the
// pipe closes. It drops that one database only, and never sees the password on its command line. The CLI is
// compiled with tsc into a private directory and run with node, as in kill.test.ts.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingCleanups } from "../../src/roundtrip/cleanup";
import { armDatabaseWatchdog, startDatabaseWatchdog, startThrowawayPostgres } from "../../src/roundtrip/postgres";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";
import { alive, childProcesses, waitFor } from "../helpers/processes";
import { FIXTURES, PYTHON } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
// Inside node_modules so that assetPath() finds src/driver/driver.py by walking up, as in development.
const BUILD = path.join(ROOT, "node_modules", ".cache", `alembic-guard-kill-dburl-test-${process.pid}`);

let pg: TestPostgres;
const databases = async () => (await pg.query<{ datname: string }>(pg.url("postgres"), "SELECT datname FROM pg_database ORDER BY 1")).map((d) => d.datname);
// Not this run's: a database the watchdog must leave alone, even one whose name looks like ours. The odd one is
// also a --database-url's database (SQLAlchemy does not percent-decode that part of a URL).
const ODD_ADMIN_DB = "odd?db#%x";
const BYSTANDERS = ["alembic_guard_000000000000", "keep_me", ODD_ADMIN_DB];
const exitCode = (child: import("node:child_process").ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", (c) => resolve(c))));

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.json"), "--outDir", BUILD], { cwd: ROOT, stdio: "ignore" });
  pg = await startTestPostgres();
  for (const name of BYSTANDERS) await pg.createDatabase(name);
}, 120_000);
afterAll(async () => {
  fs.rmSync(BUILD, { recursive: true, force: true });
  await pg?.stop();
});

describe("--database-url and the database watchdog", () => {
  const hang = path.join(FIXTURES, "hang");
  it.each([
    ["", "postgres", () => PYTHON],
    [" (an admin database whose name needs percent-encoding)", ODD_ADMIN_DB, () => PYTHON],
    // The watchdog runs outside the project's directory: a relative --python must still find the interpreter.
    [" (--python relative to the working directory)", "postgres", () => {
      fs.symlinkSync(PYTHON, path.join(BUILD, "python3"));
      return path.relative(hang, path.join(BUILD, "python3"));
    }],
  ])("SIGKILL mid-migration: the run's database is dropped, nothing else; the password is not on a command line%s", async (_label, adminDb, python) => {
    const url = `postgresql://postgres:s3cret@/${encodeURIComponent(adminDb)}?host=${pg.socketDir}`;
    const cli = spawn(process.execPath, [path.join(BUILD, "cli.js"), "roundtrip", "--python", python(), "--step-timeout", "600", "--database-url", url], {
      cwd: hang,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    cli.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => cli.on("exit", (_code, signal) => resolve(signal)));
    const name = await waitFor(`the migration to hang (stderr: ${stderr})`, async () => {
      const rows = await pg.query<{ datname: string }>(pg.url("postgres"), "SELECT datname FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'");
      return rows[0]?.datname;
    });
    expect(name).toMatch(/^alembic_guard_[0-9a-f]{12}$/);
    const children = childProcesses(cli.pid!);
    const watchdog = children.find((c) => c.cmdline.split("\0").includes(name));
    const driver = children.find((c) => c.cmdline.includes("driver.py"));
    expect(watchdog).toBeDefined();
    expect(driver).toBeDefined();
    expect(children.map((c) => c.cmdline).join("\n")).not.toContain("s3cret");

    cli.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    await waitFor("the run's database, the driver and the watchdog to go", async () =>
      !(await databases()).includes(name) && !alive(driver!.pid) && !alive(watchdog!.pid) ? true : undefined,
      15_000,
    );
    expect(await databases()).toEqual([...BYSTANDERS, "postgres", "template0", "template1"]);
    expect(stderr).not.toMatch(/internal error|Traceback/);
  }, 60_000);

  it("a run that cleans up itself stands the watchdog down", async () => {
    const started = await startThrowawayPostgres({ databaseUrl: pg.url("postgres"), allowRemote: false, python: PYTHON });
    const name = /database (alembic_guard_[0-9a-f]{12})/.exec(started.server)![1];
    const watchdog = childProcesses(process.pid).find((c) => c.cmdline.split("\0").includes(name));
    expect(watchdog).toBeDefined();
    expect(await databases()).toContain(name);
    await started.close();
    await waitFor("the watchdog to exit", () => (alive(watchdog!.pid) ? undefined : true), 10_000);
    expect(await databases()).toEqual([...BYSTANDERS, "postgres", "template0", "template1"]);
  }, 30_000);

  it("refuses any name that is not one of a run's databases", async () => {
    const watchdog = startDatabaseWatchdog(PYTHON, pg.url("postgres"), "postgres", "keep_me");
    armDatabaseWatchdog(watchdog);
    watchdog.stdin!.end();
    expect(await exitCode(watchdog)).toBe(2);
    expect(await databases()).toEqual([...BYSTANDERS, "postgres", "template0", "template1"]);
  }, 30_000);

  it("drops nothing when the run dies before it sends CREATE DATABASE (the name is then someone else's)", async () => {
    const watchdog = startDatabaseWatchdog(PYTHON, pg.url("postgres"), "postgres", BYSTANDERS[0]);
    watchdog.stdin!.end();
    expect(await exitCode(watchdog)).toBe(0);
    expect(await databases()).toEqual([...BYSTANDERS, "postgres", "template0", "template1"]);
  }, 30_000);

  it("a run that dies while its CREATE DATABASE waits: the watchdog waits for the CREATE and drops what it made", async () => {
    const name = "alembic_guard_c0ffeec0ffee";
    const connect = async () => {
      const client = new Client({ host: pg.socketDir, user: "postgres", database: "postgres" });
      await client.connect();
      return client;
    };
    // CREATE DATABASE share-locks its template: a rename of template1 in an open transaction holds it up.
    const blocker = await connect();
    const creator = await connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("ALTER DATABASE template1 RENAME TO template1_held");
      const create = creator.query(`CREATE DATABASE "${name}"`);
      await waitFor("the CREATE to wait", async () => {
        const rows = await pg.query(pg.url("postgres"), "SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query = $1", [`CREATE DATABASE "${name}"`]);
        return rows.length > 0 ? true : undefined;
      });
      const watchdog = startDatabaseWatchdog(PYTHON, pg.url("postgres"), "postgres", name);
      armDatabaseWatchdog(watchdog);
      watchdog.stdin!.end();
      // Long enough for the watchdog to have tried (and found nothing to drop) several times.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(watchdog.exitCode).toBeNull();
      await blocker.query("ROLLBACK");
      await create;
      expect(await exitCode(watchdog)).toBe(0);
      expect(await databases()).toEqual([...BYSTANDERS, "postgres", "template0", "template1"]);
    } finally {
      await blocker.end();
      await creator.end();
    }
  }, 30_000);

  it("a CREATE that fails because the name was taken meanwhile: neither the cleanup nor the watchdog drops that database", async () => {
    let taken: string | undefined;
    let cleanup: Promise<void> | undefined;
    const started = startThrowawayPostgres({
      databaseUrl: pg.url("postgres"),
      allowRemote: false,
      python: PYTHON,
      createDatabaseHooks: {
        before: async (name) => {
          taken = name;
          await pg.createDatabase(name);
          // A stop signal now: its cleanup waits for the CREATE, which fails.
          cleanup = Promise.resolve(pendingCleanups().find((c) => c.what?.includes(name))!.cleanup());
        },
      },
    });
    await expect(started).rejects.toThrow(/already exists/);
    await cleanup;
    const watchdog = childProcesses(process.pid).find((c) => c.cmdline.split("\0").includes(taken!));
    if (watchdog) await waitFor("the watchdog to exit", () => (alive(watchdog.pid) ? undefined : true), 10_000);
    expect(await databases()).toContain(taken);
    await pg.query(pg.url("postgres"), `DROP DATABASE "${taken}"`);
  }, 30_000);
});
