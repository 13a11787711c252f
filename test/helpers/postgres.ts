// A throwaway PostgreSQL server for tests: initdb into a temp dir, unix socket only, fsync off.
// initdb refuses to run as root, so as root the server runs as the `postgres` user (runuser -u postgres --).
// Usage:
//   let pg: TestPostgres;
//   beforeAll(async () => { pg = await startTestPostgres(); });
//   afterAll(async () => { await pg?.stop(); });
//   const url = await pg.createDatabase();           // postgresql://postgres@/db_1?host=/tmp/…/sock
//   await pg.query(url, "SELECT 1");
import { execFile, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { alive } from "./processes";

const execFileAsync = promisify(execFile);

export interface TestPostgres {
  /** PostgreSQL major version of the server binaries used. */
  version: number;
  /** Directory holding the server's unix socket. */
  socketDir: string;
  /** Temp dir holding everything (data dir, socket dir); removed by stop(). */
  root: string;
  /** URL of a database on this server (no check that it exists). */
  url(database: string): string;
  /** CREATE DATABASE (a fresh name unless given); returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Runs one query on the database behind `url` (a new connection each time) and returns its rows. */
  query<T extends Record<string, unknown> = Record<string, unknown>>(
    url: string,
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  /** Stops the server (fast shutdown, then SIGKILL) and removes the temp dir. Idempotent. */
  stop(): Promise<void>;
}

const PG_ROOT = "/usr/lib/postgresql";

/** The newest installed server binaries (or the given major version). */
export function postgresBinDir(version?: number): { bin: string; version: number } {
  const versions = fs.existsSync(PG_ROOT)
    ? fs
        .readdirSync(PG_ROOT)
        .map(Number)
        .filter((v) => Number.isInteger(v) && fs.existsSync(path.join(PG_ROOT, String(v), "bin", "postgres")))
        .sort((a, b) => b - a)
    : [];
  const chosen = version ?? versions[0];
  if (chosen === undefined || !versions.includes(chosen)) {
    throw new Error(`PostgreSQL server binaries${version ? ` ${version}` : ""} not found in ${PG_ROOT}`);
  }
  return { bin: path.join(PG_ROOT, String(chosen), "bin"), version: chosen };
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a server binary as the postgres user when we are root (initdb and postgres refuse root). */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

function serverUserIds(): { uid: number; gid: number } | undefined {
  if (!isRoot) return undefined;
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root but there is no `postgres` user to run the server as");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

let databaseCounter = 0;

export async function startTestPostgres(options: { version?: number } = {}): Promise<TestPostgres> {
  const { bin, version } = postgresBinDir(options.version);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ag-test-pg-"));
  const dataDir = path.join(root, "data");
  const socketDir = path.join(root, "sock");
  fs.mkdirSync(socketDir);
  const owner = serverUserIds();
  if (owner) {
    fs.chownSync(root, owner.uid, owner.gid);
    fs.chownSync(socketDir, owner.uid, owner.gid);
  }

  let server: ChildProcess | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const pid = postmasterPid(dataDir);
    if (pid !== undefined) {
      signal(pid, "SIGINT"); // fast shutdown: ends sessions (also a migration stuck in pg_sleep)
      if (!(await waitForExit(pid, 5_000))) {
        signal(pid, "SIGKILL");
        await waitForExit(pid, 5_000);
      }
    }
    if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    const [initdb, initdbArgs] = asServerUser(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "-A",
      "trust",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C",
    ]);
    await execFileAsync(initdb, initdbArgs);
    const [postgres, postgresArgs] = asServerUser(path.join(bin, "postgres"), [
      "-D",
      dataDir,
      "-k",
      socketDir,
      "-c",
      "listen_addresses=",
      "-c",
      "fsync=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "synchronous_commit=off",
    ]);
    let log = "";
    server = spawn(postgres, postgresArgs, { stdio: ["ignore", "ignore", "pipe"] });
    server.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-8_000);
    });
    await waitUntilReady(socketDir, () => (server?.exitCode !== null ? log : undefined));
  } catch (error) {
    await stop();
    throw error;
  }

  const url = (database: string) => `postgresql://postgres@/${database}?host=${socketDir}`;
  const query = async <T extends Record<string, unknown>>(target: string, sql: string, params?: unknown[]) => {
    const client = new pg.Client(clientConfig(target));
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    version,
    socketDir,
    root,
    url,
    async createDatabase(name?: string) {
      const database = name ?? `db_${process.pid}_${++databaseCounter}`;
      await query(url("postgres"), `CREATE DATABASE "${database}"`);
      return url(database);
    },
    query,
    stop,
  };
}

/**
 * node-postgres wants the socket directory as `host`; it does not read ?host= from the URL, and WHATWG URL
 * rejects the empty host of `postgresql://user@/db?host=/dir`, so the URL is taken apart here.
 */
function clientConfig(url: string): pg.ClientConfig {
  const match = /^postgres(?:ql)?(?:\+\w+)?:\/\/(?:([^@/]*)@)?([^/?]*)\/([^?]*)(?:\?(.*))?$/.exec(url);
  if (!match) throw new Error(`not a PostgreSQL URL: ${url}`);
  const [, userInfo = "", hostPort, database, query = ""] = match;
  const params = new URLSearchParams(query);
  const [user, password] = userInfo.split(":").map(decodeURIComponent);
  const [hostName, port] = hostPort.split(":");
  return {
    user: user || "postgres",
    ...(password ? { password } : {}),
    database: decodeURIComponent(database),
    host: params.get("host") ?? (hostName || undefined),
    port: port ? Number(port) : params.get("port") ? Number(params.get("port")) : 5432,
  };
}

async function waitUntilReady(socketDir: string, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const log = exited();
    if (log !== undefined) throw new Error(`test PostgreSQL exited during start:\n${log}`);
    const client = new pg.Client({ host: socketDir, user: "postgres", database: "postgres" });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`test PostgreSQL did not accept connections: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}
