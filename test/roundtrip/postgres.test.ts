// Provisioning: our own local server (cached pristine data dir, unix socket only), a throwaway database on a
// server given by URL, and the errors a user sees when neither is possible.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/findings";
import {
  findServerBinaries,
  isLoopbackHost,
  parseDatabaseUrl,
  pristineCachePath,
  redactUrl,
  sweepStaleRuns,
  workRoot,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../../src/roundtrip/postgres";

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("local throwaway server", () => {
  let pg: ThrowawayPostgres;
  beforeAll(async () => {
    pg = await startThrowawayPostgres({ allowRemote: false });
  });
  afterAll(async () => {
    await pg?.close();
  });

  it("is a real PostgreSQL on a unix socket in a temp dir, with fsync off", async () => {
    expect(pg.server).toMatch(/^PostgreSQL 1\d\.\d+ \(local, started by alembic-guard\)$/);
    expect(pg.majorVersion).toBe(15);
    const socketDir = String(pg.clientConfig.host);
    expect(socketDir.startsWith(workRoot())).toBe(true);
    const client = new Client(pg.clientConfig);
    await client.connect();
    const res = await client.query("SELECT current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen, current_setting('synchronous_commit') AS sc");
    await client.end();
    expect(res.rows[0]).toEqual({ fsync: "off", listen: "", sc: "off" });
    expect(pg.url).toContain(`host=${encodeURIComponent(socketDir)}`);
  });

  it("leaves no process and no temp dir after close()", async () => {
    const other = await startThrowawayPostgres({ allowRemote: false });
    const dir = String(other.clientConfig.host);
    const pid = Number(fs.readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
    expect(processAlive(pid)).toBe(true);
    await other.close();
    expect(fs.existsSync(dir)).toBe(false);
    expect(processAlive(pid)).toBe(false);
  });

  it("keeps a slim pristine data directory cached between runs (no template0)", async () => {
    expect(fs.existsSync(path.join(pristineCachePath(15), "PG_VERSION"))).toBe(true);
    const client = new Client(pg.clientConfig);
    await client.connect();
    const res = await client.query("SELECT datname FROM pg_database ORDER BY 1");
    await client.end();
    expect(res.rows.map((r) => r.datname)).toEqual(["postgres", "template1"]);
  });

  it("works in a RAM disk when there is one, unless TMPDIR says otherwise", () => {
    const saved = process.env.TMPDIR;
    try {
      delete process.env.TMPDIR;
      expect(workRoot()).toBe(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir());
      process.env.TMPDIR = "/var/tmp";
      expect(workRoot()).toBe("/var/tmp");
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it("creates, uses only, and drops a database of its own on a server given by URL", async () => {
    const socketDir = String(pg.clientConfig.host);
    const onServer = await startThrowawayPostgres({ databaseUrl: `postgresql://postgres@/postgres?host=${socketDir}`, allowRemote: false });
    const dbName = String(onServer.clientConfig.database);
    expect(dbName).toMatch(/^alembic_guard_[0-9a-f]{12}$/);
    expect(onServer.url).toBe(`postgresql://postgres@/${dbName}?host=${encodeURIComponent(socketDir)}`);
    expect(onServer.server).toBe(`PostgreSQL 15.${pg.server.split(".")[1].split(" ")[0]} (database ${dbName} on a local socket, dropped at the end)`);
    // An open session on it does not stop the drop.
    const client = new Client(onServer.clientConfig);
    await client.connect();
    client.on("error", () => undefined);
    await onServer.close();
    const admin = new Client(pg.clientConfig);
    await admin.connect();
    const res = await admin.query("SELECT count(*)::int AS n FROM pg_database WHERE datname = $1", [dbName]);
    await admin.end();
    await client.end().catch(() => undefined);
    expect(res.rows[0].n).toBe(0);
  });
});

describe("stale runs", () => {
  it("are swept when old and their server is gone; running, young and foreign dirs are kept", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "h7-sweep-"));
    const make = (name: string, pid?: number, ageMinutes = 20) => {
      const dir = path.join(root, name);
      fs.mkdirSync(path.join(dir, "data"), { recursive: true });
      if (pid !== undefined) fs.writeFileSync(path.join(dir, "data", "postmaster.pid"), `${pid}\n${dir}/data\n`);
      const when = new Date(Date.now() - ageMinutes * 60_000);
      fs.utimesSync(dir, when, when);
      return dir;
    };
    let dead = 4_000_000;
    while (processAlive(dead)) dead++;
    const crashed = make("alembic-guard-pg-crashed", dead);
    const running = make("alembic-guard-pg-running", process.pid);
    make("alembic-guard-pg-young", undefined, 1);
    const staging = make("alembic-guard-initdb-old");
    make("someone-elses-dir");
    try {
      expect(sweepStaleRuns(root).sort()).toEqual([staging, crashed].sort());
      expect(fs.readdirSync(root).sort()).toEqual(["alembic-guard-pg-running", "alembic-guard-pg-young", "someone-elses-dir"]);
      expect(fs.existsSync(running)).toBe(true);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("errors", () => {
  it("refuses a database URL on another machine unless allowed, without printing the password", async () => {
    const error = await startThrowawayPostgres({ databaseUrl: "postgresql://app:s3cret-pw@db.example.com:5432/app", allowRemote: false }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain("db.example.com");
    expect(error.message).toContain("--allow-remote-database");
    expect(error.message).not.toContain("s3cret-pw");
  });

  it("says what to add to the workflow when there are no server binaries and no URL", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "h7-nobin-"));
    const error = await startThrowawayPostgres({ allowRemote: false, searchDirs: [empty] }).catch((e) => e);
    fs.rmSync(empty, { recursive: true });
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain("services: postgres");
    expect(error.message).toContain("sudo apt-get install postgresql");
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("names the versions it found when --postgres-version has no server", async () => {
    const error = await startThrowawayPostgres({ allowRemote: false, postgresVersion: 99 }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/--postgres-version 99: no such local server; found 15 \(/);
  });

  it("reports a connection failure on a given URL without the password", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "h7-nosock-"));
    const error = await startThrowawayPostgres({ databaseUrl: `postgresql://app:hunter2@/x?host=${dir}`, allowRemote: false }).catch((e) => e);
    fs.rmSync(dir, { recursive: true });
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^cannot create a database on postgresql:\/\/app:\*\*\*@\/x: /);
    expect(error.message).not.toContain("hunter2");
  });
});

describe("URL handling", () => {
  it("parses TCP, socket and credential-only URLs", () => {
    expect(parseDatabaseUrl("postgres://u:p%40ss@db.example.com:5433/app?sslmode=require")).toEqual({
      scheme: "postgres", user: "u", password: "p@ss", host: "db.example.com", port: 5433, database: "app", params: [["sslmode", "require"]],
    });
    expect(parseDatabaseUrl("postgresql://postgres@/postgres?host=/tmp/s")).toMatchObject({ user: "postgres", host: "/tmp/s", database: "postgres" });
    expect(parseDatabaseUrl("postgresql://[::1]:5432/x")).toMatchObject({ host: "::1", port: 5432 });
    expect(() => parseDatabaseUrl("mysql://x/y")).toThrow(/must be a postgresql:\/\/ URL/);
  });

  it("knows which hosts are this machine", () => {
    for (const host of [undefined, "localhost", "127.0.0.1", "127.1.2.3", "::1", "/var/run/postgresql"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["db.example.com", "10.0.0.5", "192.168.1.2", "postgres"]) expect(isLoopbackHost(host)).toBe(false);
  });

  it("redacts the password", () => {
    expect(redactUrl(parseDatabaseUrl("postgresql://u:secret@h:1/d"))).toBe("postgresql://u:***@h:1/d");
  });
});

describe("server binaries", () => {
  it("finds the Debian install once even when PATH has symlinks to it", () => {
    const found = findServerBinaries();
    expect(found.filter((b) => b.bindir === "/usr/lib/postgresql/15/bin")).toHaveLength(1);
  });
});
