// A throwaway PostgreSQL database for the round trip: a fresh database on a server the user names
// (--database-url), or a server of our own started from the local binaries in a temp dir on a unix socket.
// It never touches a database it did not create, and everything it made is gone when close() returns,
// when the process is stopped by a signal (cleanup.ts), or when the process dies outright (the watchdog).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client, type ClientConfig } from "pg";
import { UsageError } from "../findings";
import { onTerminate, terminating } from "./cleanup";

export interface ThrowawayPostgres {
  /** SQLAlchemy URL of the throwaway database (what the Python driver connects to). Contains the password of a --database-url: never print it. */
  url: string;
  /** For messages, e.g. "PostgreSQL 15.18 (local, started by alembic-guard)"; never a password. */
  server: string;
  majorVersion: number;
  /** node-postgres settings for the catalog queries. */
  clientConfig: ClientConfig;
  close(): Promise<void>;
}

export interface StartOptions {
  postgresVersion?: number;
  databaseUrl?: string;
  allowRemote: boolean;
  /** Where to look for server binaries (tests); default: PATH, then /usr/lib/postgresql/<ver>/bin. */
  searchDirs?: string[];
  /** Directory for the cached pristine data directory and the run's temp dir; default workRoot(). */
  cacheRoot?: string;
  /** Called with the new database's name just before and just after CREATE DATABASE (tests: a signal in those windows). */
  createDatabaseHooks?: CreateDatabaseHooks;
  /**
   * The round trip's Python (with SQLAlchemy and the PostgreSQL driver the migrations use): with --database-url it
   * runs the watchdog that drops the run's database if this process dies without cleaning up (SIGKILL, OOM).
   */
  python?: string;
}

export interface CreateDatabaseHooks {
  before?: (name: string) => void | Promise<void>;
  after?: (name: string) => void | Promise<void>;
}

export async function startThrowawayPostgres(opts: StartOptions): Promise<ThrowawayPostgres> {
  if (opts.databaseUrl) return createDatabaseOn(opts.databaseUrl, opts.allowRemote, opts.createDatabaseHooks, opts.python);
  return startLocalServer(opts);
}

export const NO_POSTGRES_HELP =
  "no PostgreSQL to run the round trip on: pass --database-url (in GitHub Actions add `services: postgres: { image: postgres:16, env: { POSTGRES_PASSWORD: postgres }, ports: [\"5432:5432\"] }` and `--database-url postgresql://postgres:postgres@localhost:5432/postgres`), or install the server binaries (`sudo apt-get install postgresql`), or skip it with --no-database";

// ---------------------------------------------------------------------------------------------------------
// Local server

export interface ServerBinaries {
  bindir: string;
  majorVersion: number;
}

/** Directories holding both initdb and postgres, with their major versions (newest first). */
export function findServerBinaries(searchDirs?: string[]): ServerBinaries[] {
  const dirs: string[] = [];
  if (searchDirs) dirs.push(...searchDirs);
  else {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir) dirs.push(dir);
    const debian = "/usr/lib/postgresql";
    if (fs.existsSync(debian)) for (const ver of fs.readdirSync(debian)) dirs.push(path.join(debian, ver, "bin"));
  }
  const found = new Map<string, ServerBinaries>();
  for (const dir of dirs) {
    const postgres = path.join(dir, "postgres");
    if (!isExecutable(postgres) || !isExecutable(path.join(dir, "initdb"))) continue;
    // Resolve symlinks (/usr/local/bin/postgres → /usr/lib/postgresql/15/bin/postgres) so one install counts once.
    const bindir = path.dirname(fs.realpathSync(postgres));
    if (found.has(bindir) || !isExecutable(path.join(bindir, "initdb"))) continue;
    const majorVersion = binaryMajorVersion(bindir);
    if (majorVersion) found.set(bindir, { bindir, majorVersion });
  }
  return [...found.values()].sort((a, b) => b.majorVersion - a.majorVersion);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function binaryMajorVersion(bindir: string): number | undefined {
  const fromPath = /postgresql\/(\d+)\/bin$/.exec(bindir);
  if (fromPath) return Number(fromPath[1]);
  const out = spawnSync(path.join(bindir, "postgres"), ["--version"], { encoding: "utf8", timeout: 10_000 });
  const m = /\(PostgreSQL\) (\d+)/.exec(out.stdout ?? "");
  return m ? Number(m[1]) : undefined;
}

/** initdb and postgres refuse to run as root: as root, run them as the `postgres` user (or `nobody`). */
function serverUser(): { uid: number; gid: number; name: string } | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const passwd = fs.existsSync("/etc/passwd") ? fs.readFileSync("/etc/passwd", "utf8") : "";
  const users = new Map<string, { uid: number; gid: number; name: string }>();
  for (const line of passwd.split("\n")) {
    const [name, , uid, gid] = line.split(":");
    if (name && uid !== undefined && gid !== undefined) users.set(name, { uid: Number(uid), gid: Number(gid), name });
  }
  const user = users.get("postgres") ?? users.get("nobody");
  if (!user) throw new UsageError("running as root and there is no `postgres` user to run the PostgreSQL server as; create one (`useradd postgres`) or pass --database-url");
  return user;
}

function chownTo(target: string, user: { uid: number; gid: number } | undefined): void {
  if (user) fs.chownSync(target, user.uid, user.gid);
}

/**
 * Where the server's files go: an explicit TMPDIR wins; otherwise /dev/shm when it has room (a RAM disk: the
 * copy of the data directory and the migrations' writes do not wait on a busy disk), else os.tmpdir().
 */
export function workRoot(): string {
  if (process.env.TMPDIR) return os.tmpdir();
  try {
    const shm = "/dev/shm";
    fs.accessSync(shm, fs.constants.W_OK);
    const st = fs.statfsSync(shm);
    if (st.bavail * st.bsize >= 256 * 1024 * 1024) return shm;
  } catch {
    // no /dev/shm (macOS) or no room: the ordinary temp dir
  }
  return os.tmpdir();
}

/** The cached pristine data directory of this server version and user (made by pristineDataDir). */
export function pristineCachePath(majorVersion: number, cacheRoot: string = workRoot()): string {
  const myUid = typeof process.getuid === "function" ? process.getuid() : 0;
  return path.join(cacheRoot, `alembic-guard-pgcache-${majorVersion}-${myUid}`);
}

/** A pristine initdb'ed data directory, made once per server version and user and copied for every run. */
async function pristineDataDir(bin: ServerBinaries, user: ReturnType<typeof serverUser>, cacheRoot: string): Promise<string> {
  const cache = pristineCachePath(bin.majorVersion, cacheRoot);
  const myUid = typeof process.getuid === "function" ? process.getuid() : 0;
  const expectedOwner = user ? user.uid : myUid;
  if (fs.existsSync(path.join(cache, "PG_VERSION"))) {
    // Only trust a real directory (a symlink in a shared temp dir may point at anybody's cluster) that we (or
    // our server user) own and nobody else can write.
    const st = fs.lstatSync(cache);
    if (st.isDirectory() && st.uid === expectedOwner && (st.mode & 0o022) === 0) return cache;
    throw new UsageError(`${cache} exists but is not a directory owned by this user (a symlink?) or is writable by others; remove it`);
  }
  const staging = fs.mkdtempSync(path.join(cacheRoot, "alembic-guard-initdb-"));
  chownTo(staging, user);
  const data = path.join(staging, "data");
  try {
    const result = spawnSync(
      path.join(bin.bindir, "initdb"),
      ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions", "--wal-segsize=1"],
      { encoding: "utf8", timeout: 120_000, ...(user ? { uid: user.uid, gid: user.gid } : {}) },
    );
    if (result.status !== 0) {
      const why = (result.stderr || result.stdout || String(result.error ?? "")).trim().split("\n").slice(-3).join(" ");
      throw new UsageError(`initdb (${bin.bindir}) failed: ${why}`);
    }
    await slimDataDir(bin, user, staging, data);
    try {
      fs.renameSync(data, cache);
    } catch (error) {
      // Another run made the cache at the same time: use theirs.
      if (!fs.existsSync(path.join(cache, "PG_VERSION"))) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return cache;
}

/**
 * Drop template0 (nothing here ever creates a database from it) and checkpoint, so the copy made for every
 * run is two thirds of initdb's size and starts without crash recovery. template1 stays: CREATE DATABASE needs it.
 */
async function slimDataDir(bin: ServerBinaries, user: ReturnType<typeof serverUser>, socketDir: string, data: string): Promise<void> {
  const logFile = path.join(socketDir, "slim.log");
  const logFd = fs.openSync(logFile, "w");
  const server = spawn(path.join(bin.bindir, "postgres"), ["-D", data, "-k", socketDir, "-c", "listen_addresses=", "-c", "fsync=off", "-c", "min_wal_size=2MB", "-c", "max_wal_size=4MB", "-c", "dynamic_shared_memory_type=mmap"], {
    stdio: ["ignore", logFd, logFd],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  fs.closeSync(logFd);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    await waitReady(server, data, logFile);
    const client = new Client({ host: socketDir, port: 5432, user: "postgres", database: "postgres" });
    await client.connect();
    try {
      await client.query("UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'");
      await client.query("DROP DATABASE template0");
      await client.query("CHECKPOINT");
    } finally {
      await client.end();
    }
  } finally {
    // Fast shutdown writes a final checkpoint: the copy starts clean, without crash recovery.
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGINT");
    await exited;
  }
}

async function startLocalServer(opts: StartOptions): Promise<ThrowawayPostgres> {
  const all = findServerBinaries(opts.searchDirs);
  if (all.length === 0) throw new UsageError(NO_POSTGRES_HELP);
  const bin = opts.postgresVersion ? all.find((b) => b.majorVersion === opts.postgresVersion) : all[0];
  if (!bin) {
    throw new UsageError(
      `--postgres-version ${opts.postgresVersion}: no such local server; found ${all.map((b) => `${b.majorVersion} (${b.bindir})`).join(", ")} (Debian/Ubuntu: sudo apt-get install postgresql-${opts.postgresVersion})`,
    );
  }
  const user = serverUser();
  const cacheRoot = opts.cacheRoot ?? workRoot();
  sweepStaleRuns(cacheRoot);
  const pristine = await pristineDataDir(bin, user, cacheRoot);

  const tmp = fs.mkdtempSync(path.join(cacheRoot, "alembic-guard-pg-"));
  let child: ChildProcess | undefined;
  let watchdog: ChildProcess | undefined;
  let closed = false;
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  const stopServer = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      // Immediate shutdown: the data is thrown away, so skip the checkpoint; it also ends every backend.
      child.kill("SIGQUIT");
      const timer = setTimeout(() => child!.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await stopServer();
    removeTmp();
    // Stand the watchdog down: the server's pid may be reused and the dir's name taken by now.
    watchdog?.stdin?.end("done\n");
  };
  const unregister = onTerminate(close, `the throwaway PostgreSQL server and its temp dir ${tmp}`);
  try {
    chownTo(tmp, user);
    const data = path.join(tmp, "data");
    const copy = spawnSync("cp", ["-a", pristine, data], { encoding: "utf8" });
    if (copy.status !== 0) throw new Error(`copying the cached data directory failed: ${copy.stderr.trim()}`);
    const logFile = path.join(tmp, "postgres.log");
    const logFd = fs.openSync(logFile, "w");
    child = spawn(
      path.join(bin.bindir, "postgres"),
      [
        "-D", data,
        "-k", tmp,
        "-c", "listen_addresses=",
        "-c", "fsync=off",
        "-c", "full_page_writes=off",
        "-c", "synchronous_commit=off",
        "-c", "autovacuum=off",
        "-c", "max_connections=20",
        "-c", "shared_buffers=32MB",
        "-c", "max_wal_size=256MB",
        // Segments as files in the data dir (removed with it), not in /dev/shm where an immediate shutdown leaves them.
        "-c", "dynamic_shared_memory_type=mmap",
      ],
      { stdio: ["ignore", logFd, logFd], detached: true, ...(user ? { uid: user.uid, gid: user.gid } : {}) },
    );
    fs.closeSync(logFd);
    child.unref();
    watchdog = startWatchdog(child.pid!, tmp);
    await waitReady(child, data, logFile);
    const clientConfig: ClientConfig = { host: tmp, port: 5432, user: "postgres", database: "postgres" };
    const version = await serverVersion(clientConfig);
    return {
      url: `postgresql://postgres@/postgres?host=${encodeURIComponent(tmp)}&port=5432`,
      server: `PostgreSQL ${version.text} (local, started by alembic-guard)`,
      majorVersion: version.major,
      clientConfig,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const STALE_AFTER_MS = 10 * 60_000;

/**
 * Remove what runs that could not clean up left behind (the machine lost power, the container was killed with
 * its watchdog): temp dirs older than ten minutes whose server is not running. In /dev/shm they hold memory.
 */
export function sweepStaleRuns(root: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith("alembic-guard-pg-") && !name.startsWith("alembic-guard-initdb-")) continue;
    const dir = path.join(root, name);
    try {
      const st = fs.lstatSync(dir);
      if (!st.isDirectory() || now - st.mtimeMs < STALE_AFTER_MS) continue;
      const pid = Number(fs.readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
      if (pid > 0 && processExists(pid)) continue;
    } catch (error) {
      // No postmaster.pid: the server never started or shut down; anything else: leave it alone.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") continue;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A detached shell that outlives us only long enough to clean up: its stdin is a pipe from this process, so
 * when this process dies for any reason (even SIGKILL) the pipe closes, `read` returns, and it stops the server
 * and removes the temp dir.
 */
function startWatchdog(pid: number, dir: string): ChildProcess {
  const script = [
    "trap '' INT TERM HUP",
    // "done" is close() standing it down; end of file without it means this process died.
    'read -r line || line=""',
    '[ "$line" = done ] && exit 0',
    `kill -QUIT ${pid} 2>/dev/null`,
    "i=0",
    `while kill -0 ${pid} 2>/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done`,
    `kill -KILL ${pid} 2>/dev/null`,
    'rm -rf "$1"',
  ].join("\n");
  const watchdog = spawn("/bin/sh", ["-c", script, "alembic-guard-watchdog", dir], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
  watchdog.unref();
  // Do not keep the event loop alive for the pipe.
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  watchdog.stdin?.on("error", () => undefined);
  return watchdog;
}

/** The names createDatabaseOn gives its databases; the database watchdog drops nothing else. */
export const RUN_DATABASE_NAME = /^alembic_guard_[0-9a-f]{12}$/;

/**
 * The database watchdog: the round trip's Python waiting on a pipe from this process, like startWatchdog. It may
 * act only once armed ("create" on the pipe, written just before CREATE DATABASE is sent): when the pipe then
 * closes without "done" (this process died), it drops the one database this run created, waiting for a CREATE
 * DATABASE of it still running on the server. Unarmed, it drops nothing: the name was never sent, and a database
 * of that name is someone else's. It connects through SQLAlchemy with the driver the round trip uses, so TLS and
 * authentication work as they do for the migrations.
 */
const DATABASE_WATCHDOG_PY = String.raw`
import os, re, signal, sys, time
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)
name = sys.argv[1]
url = os.environ.pop("ALEMBIC_GUARD_WATCHDOG_URL", "")
# Not in the URL: SQLAlchemy does not percent-decode the database part (a name with "?" or "%" in it).
admin_db = os.environ.pop("ALEMBIC_GUARD_WATCHDOG_DB", "")
if not re.fullmatch(r"${RUN_DATABASE_NAME.source}", name) or not url or not admin_db:
    sys.exit(2)
armed = False
for line in sys.stdin:
    if line.strip() == "done":
        sys.exit(0)
    armed = armed or line.strip() == "create"
if not armed:
    sys.exit(0)
from sqlalchemy import create_engine, text
from sqlalchemy.engine.url import make_url
from sqlalchemy.pool import NullPool


def candidates():
    given = make_url(url)
    if hasattr(given, "set"):
        given = given.set(database=admin_db)
    else:
        given.database = admin_db
    yield given
    for driver in ("postgresql+psycopg2", "postgresql+psycopg", "postgresql+pg8000"):
        if driver != given.drivername and hasattr(given, "set"):
            yield given.set(drivername=driver)


def connected_engine():
    for candidate in candidates():
        try:
            engine = create_engine(candidate, isolation_level="AUTOCOMMIT", poolclass=NullPool)
            with engine.connect():
                return engine
        except Exception:
            continue
    return None


def drop(engine):
    """Drop the database; True while a CREATE DATABASE of it was still running, so the drop must be repeated."""
    with engine.connect() as conn:
        # Asked before the drop: a CREATE that commits between the two would otherwise be left behind.
        creating = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = :q AND pid <> pg_backend_pid()"
        in_flight = conn.execute(text(creating), {"q": 'CREATE DATABASE "%s"' % name}).scalar() > 0
        major = int(conn.execute(text("SELECT current_setting('server_version_num')")).scalar()) // 10000
        if major >= 13:
            conn.execute(text('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name))
        else:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
            conn.execute(text('DROP DATABASE IF EXISTS "%s"' % name))
        return in_flight


deadline = time.monotonic() + 60
engine = None
while time.monotonic() < deadline:
    try:
        engine = engine or connected_engine()
        if engine is not None and not drop(engine):
            sys.exit(0)
    except Exception:
        pass  # the server busy or restarting, a concurrent drop by the dying run: try again
    time.sleep(0.25)
sys.exit(1)
`;

/**
 * Start the database watchdog for `name`, connecting to `adminDb`. The URL (with the password) goes through the
 * environment, never argv. Arm it (armDatabaseWatchdog) just before CREATE DATABASE.
 */
export function startDatabaseWatchdog(python: string, adminUrl: string, adminDb: string, name: string): ChildProcess {
  // Not the project's directory (a module there must not shadow sqlalchemy for `python -c`), so a relative
  // --python is resolved here, against the directory it was found from.
  const interpreter = python.includes("/") ? path.resolve(python) : python;
  const watchdog = spawn(interpreter, ["-c", DATABASE_WATCHDOG_PY, name], {
    cwd: "/",
    env: { ...process.env, ALEMBIC_GUARD_WATCHDOG_URL: adminUrl, ALEMBIC_GUARD_WATCHDOG_DB: adminDb, PYTHONDONTWRITEBYTECODE: "1" },
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  watchdog.on("error", () => undefined); // no such interpreter: the round trip reports that itself
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  watchdog.stdin?.on("error", () => undefined);
  return watchdog;
}

/** From now on the watchdog drops the database if this process dies (written before the CREATE is sent). */
export function armDatabaseWatchdog(watchdog: ChildProcess | undefined): void {
  watchdog?.stdin?.write("create\n");
}

async function waitReady(child: ChildProcess, data: string, logFile: string): Promise<void> {
  const pidFile = path.join(data, "postmaster.pid");
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-5).join(" | ") : "";
      throw new Error(`the local PostgreSQL server did not start: ${log}`);
    }
    try {
      // PostgreSQL ≥ 10 writes "ready" as the last line of postmaster.pid once it accepts connections.
      const lines = fs.readFileSync(pidFile, "utf8").trim().split("\n");
      if (lines.length >= 8 && lines[lines.length - 1].trim() === "ready") return;
    } catch {
      // not written yet
    }
    if (Date.now() - started > 30_000) throw new Error("the local PostgreSQL server did not become ready within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function serverVersion(config: ClientConfig): Promise<{ text: string; major: number }> {
  const client = new Client(config);
  await client.connect();
  try {
    const res = await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n");
    const text = String(res.rows[0].v).split(" ")[0];
    return { text, major: Math.floor(Number(res.rows[0].n) / 10000) };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// A database of our own on a server the user names

export interface ParsedDatabaseUrl {
  scheme: string;
  user?: string;
  password?: string;
  /** Host name, or a unix socket directory. */
  host?: string;
  port?: number;
  database?: string;
  /** Query parameters other than host/port (sslmode, ...). */
  params: [string, string][];
}

const SOCKET_PLACEHOLDER = "alembic-guard-no-host";

export function parseDatabaseUrl(raw: string): ParsedDatabaseUrl {
  let url: URL;
  try {
    // WHATWG URLs reject credentials without a host (postgresql://user@/db?host=/socket/dir): stand in a placeholder.
    url = new URL(raw.replace(/^([\w+.-]+:\/\/[^/?#]*@)(?=[/?#]|$)/, "$1" + SOCKET_PLACEHOLDER));
  } catch {
    throw new UsageError(`--database-url is not a URL; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE`);
  }
  const scheme = url.protocol.replace(/:$/, "");
  if (!/^postgres(ql)?(\+\w+)?$/.test(scheme)) {
    throw new UsageError(`--database-url must be a postgresql:// URL, got a ${scheme}:// URL`);
  }
  const params: [string, string][] = [];
  let host = url.hostname && url.hostname !== SOCKET_PLACEHOLDER ? decodeURIComponent(url.hostname.replace(/^\[|\]$/g, "")) : undefined;
  let port = url.port ? Number(url.port) : undefined;
  let user = url.username ? decodeURIComponent(url.username) : undefined;
  let password = url.password ? decodeURIComponent(url.password) : undefined;
  let database = decodeURIComponent(url.pathname.replace(/^\//, "")) || undefined;
  // libpq takes every connection parameter from the query string too; these are the ones used here.
  for (const [key, value] of url.searchParams) {
    // An empty host is no host: node-postgres then connects to PGHOST, which the remote check must see.
    if (key === "host") host = value || undefined;
    else if (key === "port") port = Number(value);
    else if (key === "user") user = value;
    else if (key === "password") password = value;
    else if (key === "dbname") database = value;
    else params.push([key, value]);
  }
  return {
    scheme,
    user,
    password,
    host,
    port,
    database,
    params,
  };
}

export function isLoopbackHost(host: string | undefined): boolean {
  // Default, a unix socket directory, or (libpq ≥ 14 on Linux) an abstract unix socket.
  if (!host || host.startsWith("/") || host.startsWith("@")) return true;
  const h = host.toLowerCase();
  return h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1" || /^127\.\d+\.\d+\.\d+$/.test(h) || h.endsWith(".localhost");
}

/**
 * Every server address the run may connect to that is not this machine, each with what named it. node-postgres
 * connects to `host`; libpq (the Python driver, through psycopg2) tries each entry of a comma-separated `host`
 * list, connects to `hostaddr` (or PGHOSTADDR) instead of the host name when one is given, and takes hosts from
 * a connection service file (service= or PGSERVICE), which alembic-guard does not read.
 */
export function remoteAddresses(parsed: ParsedDatabaseUrl, env: NodeJS.ProcessEnv = process.env): string[] {
  // An empty value is none: SQLAlchemy drops blank query parameters, so libpq then reads PGHOSTADDR / PGSERVICE.
  const param = (key: string) => parsed.params.filter(([k]) => k === key).at(-1)?.[1] || undefined;
  const remote: string[] = [];
  // Host names count even when a hostaddr replaces them for libpq: node-postgres connects to the name.
  const hostList = parsed.host ?? env.PGHOST ?? "";
  const hosts = hostList.split(",");
  for (const host of hosts) if (!isLoopbackHost(host)) remote.push(hosts.length > 1 ? `${host} (host=${hostList})` : host);
  const hostaddrParam = param("hostaddr");
  const hostaddrList = hostaddrParam ?? env.PGHOSTADDR ?? "";
  for (const hostaddr of hostaddrList.split(",")) {
    if (!isLoopbackHost(hostaddr)) remote.push(`${hostaddr} (${hostaddrParam !== undefined ? "hostaddr=" : "PGHOSTADDR="}${hostaddrList})`);
  }
  const serviceParam = param("service");
  const service = serviceParam ?? env.PGSERVICE;
  if (service) remote.push(`the hosts of connection service ${service} (${serviceParam !== undefined ? "service=" : "PGSERVICE="}${service}), which alembic-guard does not read`);
  return remote;
}

/** The URL for messages: everything but the password. */
export function redactUrl(parsed: ParsedDatabaseUrl): string {
  const auth = parsed.user ? `${encodeURIComponent(parsed.user)}${parsed.password ? ":***" : ""}@` : "";
  const host = parsed.host && !parsed.host.startsWith("/") ? parsed.host : "";
  return `postgresql://${auth}${host}${parsed.port ? `:${parsed.port}` : ""}/${parsed.database ?? ""}`;
}

function toClientConfig(parsed: ParsedDatabaseUrl, database: string): ClientConfig {
  const sslmode = parsed.params.find(([k]) => k === "sslmode")?.[1];
  return {
    user: parsed.user,
    password: parsed.password,
    host: parsed.host,
    port: parsed.port,
    database,
    connectionTimeoutMillis: 15_000,
    ssl: sslmode && !["disable", "allow", "prefer"].includes(sslmode) ? { rejectUnauthorized: sslmode === "verify-full" || sslmode === "verify-ca" } : undefined,
  };
}

/** SQLAlchemy URL for the same server and credentials, pointing at `database`. */
function toSqlAlchemyUrl(parsed: ParsedDatabaseUrl, database: string): string {
  // SQLAlchemy 1.4 dropped the "postgres" scheme; keep an explicit driver (postgresql+psycopg2) as given.
  const scheme = parsed.scheme.startsWith("postgresql") ? parsed.scheme : parsed.scheme.replace(/^postgres/, "postgresql");
  const auth = parsed.user ? `${encodeURIComponent(parsed.user)}${parsed.password ? `:${encodeURIComponent(parsed.password)}` : ""}@` : "";
  const socket = parsed.host?.startsWith("/");
  const hostPart = parsed.host && !socket ? (parsed.host.includes(":") ? `[${parsed.host}]` : parsed.host) : "";
  const query = [...parsed.params];
  if (socket) query.push(["host", parsed.host!]);
  if (socket && parsed.port) query.push(["port", String(parsed.port)]);
  const qs = query.length ? `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}` : "";
  return `${scheme}://${auth}${hostPart}${parsed.port && !socket ? `:${parsed.port}` : ""}/${encodeURIComponent(database)}${qs}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function scrub(message: string, parsed: ParsedDatabaseUrl): string {
  return parsed.password ? message.split(parsed.password).join("***") : message;
}

async function createDatabaseOn(rawUrl: string, allowRemote: boolean, hooks: CreateDatabaseHooks = {}, python?: string): Promise<ThrowawayPostgres> {
  const given = parseDatabaseUrl(rawUrl);
  // A URL without host or port leaves them to the environment (PGHOST, PGPORT). Spell out where node-postgres
  // will connect, so the remote check sees the real host and the driver's libpq (whose default is a unix
  // socket, not localhost) runs the migrations on the server the database was created on.
  const defaults = new Client({});
  const parsed: ParsedDatabaseUrl = {
    ...given,
    host: given.host ?? defaults.host,
    // 5432 is libpq's default too: leave it unsaid.
    port: given.port ?? (defaults.port && defaults.port !== 5432 ? defaults.port : undefined),
  };
  const remote = allowRemote ? [] : remoteAddresses(parsed);
  if (remote.length > 0) {
    throw new UsageError(
      `--database-url points at ${remote.join(" and ")}, which ${remote.length > 1 ? "are" : "is"} not this machine; alembic-guard creates and drops a database there. Pass --allow-remote-database if that is intended`,
    );
  }
  const adminDb = parsed.database ?? "postgres";
  const name = `alembic_guard_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new Client(toClientConfig(parsed, adminDb));
  let version: { text: string; major: number } | undefined;
  // Only a database this run's CREATE made is dropped: a CREATE that failed (the name taken meanwhile) made none.
  let created = false;
  // Settles once CREATE DATABASE has committed or failed (or was never sent): a drop that ran while the CREATE
  // was still in flight would find nothing to drop and leave the database behind.
  let createSettled!: () => void;
  const createDone = new Promise<void>((resolve) => (createSettled = resolve));
  let closed = false;
  let watchdog: ChildProcess | undefined;
  // The drop is done (or was never needed): the watchdog must not act when this process exits.
  const standDown = () => {
    watchdog?.stdin?.end("done\n");
    watchdog = undefined;
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await createDone;
    try {
      await dropDatabase();
    } finally {
      standDown();
    }
  };
  const dropDatabase = async () => {
    if (!created || version === undefined) return; // CREATE DATABASE never ran, or failed
    const client = new Client(toClientConfig(parsed, adminDb));
    try {
      await client.connect();
      if (version.major >= 13) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      else {
        await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      }
    } catch (error) {
      // The run's result must not drown in a stack trace; the user needs the name to clean up.
      throw new UsageError(
        `could not drop the database ${name} that this run created on ${redactUrl(parsed)}: ${scrub(oneLine((error as Error).message), parsed)}; drop it by hand: DROP DATABASE "${name}"`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  // Registered before CREATE DATABASE: a signal that arrives between the CREATE and the next line must not
  // leak the database (close() waits for the CREATE and drops only what it made).
  const unregister = onTerminate(close, `database ${name} on ${redactUrl(parsed)}`);
  try {
    await admin.connect();
    const res = await admin.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n");
    version = { text: String(res.rows[0].v).split(" ")[0], major: Math.floor(Number(res.rows[0].n) / 10000) };
    // The random name is someone else's only by a (48-bit) fluke, but then the watchdog of a run killed during its
    // CREATE, which cannot see that CREATE fail, would drop theirs.
    const taken = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (taken.rows.length > 0) throw new Error(`database "${name}" already exists`);
    // Before the CREATE, like the signal cleanup: a SIGKILL during it must not leak the database either.
    if (python) watchdog = startDatabaseWatchdog(python, toSqlAlchemyUrl(parsed, adminDb), adminDb, name);
    await hooks.before?.(name);
    if (terminating()) throw new Error("interrupted before CREATE DATABASE");
    armDatabaseWatchdog(watchdog);
    await admin.query(`CREATE DATABASE "${name}"`);
    created = true;
  } catch (error) {
    createSettled();
    unregister();
    standDown();
    await admin.end().catch(() => undefined);
    throw new UsageError(`cannot create a database on ${redactUrl(parsed)}: ${scrub((error as Error).message, parsed)}`);
  }
  createSettled();
  await admin.end().catch(() => undefined);
  await hooks.after?.(name);
  // The signal cleanup drops the database (it waited for the CREATE); the run goes no further.
  if (terminating()) throw new UsageError(`interrupted after creating database ${name} on ${redactUrl(parsed)}`);
  // May we connect to it? pg_hba.conf often lets a user create databases but connect only to listed ones.
  const probe = new Client(toClientConfig(parsed, name));
  try {
    await probe.connect();
  } catch (error) {
    await close().catch(() => undefined);
    throw new UsageError(
      `created database ${name} on ${redactUrl(parsed)} but cannot connect to it: ${scrub(oneLine((error as Error).message), parsed)}; allow this user to connect to the databases it creates (pg_hba.conf), or run the round trip on a local server (leave out --database-url)`,
    );
  } finally {
    await probe.end().catch(() => undefined);
  }
  const where = parsed.host && !parsed.host.startsWith("/") ? `${parsed.host}${parsed.port ? `:${parsed.port}` : ""}` : "a local socket";
  return {
    url: toSqlAlchemyUrl(parsed, name),
    server: `PostgreSQL ${version!.text} (database ${name} on ${where}, dropped at the end)`,
    majorVersion: version!.major,
    clientConfig: toClientConfig(parsed, name),
    close,
  };
}
