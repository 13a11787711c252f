// The one bridge to Alembic: starts dist/driver.py once with the user's Python and talks JSON lines to it.
// One request at a time (calls queue up); a request slower than stepTimeoutMs kills the process.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { assetPath } from "../assets";
import type {
  DriftResponse,
  DriverError,
  DriverInit,
  DriverRequest,
  ErrorResponse,
  HelloResponse,
  StepResponse,
} from "./protocol";

export interface DriverOptions {
  /** Interpreter with alembic importable (see findPython). */
  python: string;
  /** alembic.ini (or pyproject.toml), absolute. */
  configPath: string;
  /** alembic.ini section (alembic -n), usually "alembic". */
  section: string;
  /** Where `alembic` would be run: relative script_location and the user's relative paths resolve from here. */
  cwd: string;
  /** The throwaway database (online mode). Without it every connection attempt is refused. */
  databaseUrl?: string;
  /** A request (one upgrade/downgrade call, one sql range, drift) slower than this kills the driver. */
  stepTimeoutMs: number;
  /** Limit for the handshake (loading Python, Alembic, env.py and the app's models); default stepTimeoutMs. */
  startTimeoutMs?: number;
  /** Directories whose frames count as "the op.* call" (Alembic's own version locations are added by the driver). */
  versionLocations: string[];
  /** Receives the driver's stderr (the user's prints, Alembic's logging) as it arrives. */
  onStderr?: (text: string) => void;
}

/** How much of the driver's stderr is kept for error messages. */
const STDERR_KEEP = 64 * 1024;
/** close(): how long a clean "quit" may take before the process is killed. */
const QUIT_GRACE_MS = 2_000;

/** The driver could not start: no interpreter, driver.py failed, or env.py / the revision files did not load. */
export class DriverStartError extends Error {
  override name = "DriverStartError";
  constructor(
    message: string,
    /** The Python-side error when the driver got as far as running Alembic (env.py import failure, ...). */
    readonly error: DriverError | undefined,
    /** The tail of the driver's stderr. */
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** A request ran longer than stepTimeoutMs; the driver process was killed. Start a new Driver to continue. */
export class DriverTimeoutError extends Error {
  override name = "DriverTimeoutError";
  constructor(
    readonly command: DriverRequest["cmd"],
    /** The revision target ("abc123", "-1", "head", "base:head" ...), when the request had one. */
    readonly target: string | undefined,
    readonly timeoutMs: number,
  ) {
    super(
      `${command}${target === undefined ? "" : ` ${target}`} did not finish within ${formatSeconds(timeoutMs)}; ` +
        `the Alembic process was stopped (raise --step-timeout if the migration is expected to take longer)`,
    );
  }
}

/** The driver process ended while a request was pending (user code called os._exit, a crash, close() meanwhile). */
export class DriverCrashedError extends Error {
  override name = "DriverCrashedError";
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** One line: the exception line of a Python traceback (its last non-empty line). */
function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  return lines.length ? lines[lines.length - 1].trim() : "";
}

function tailLines(text: string, count: number): string {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-count).join("\n");
}

type Pending = {
  id: number;
  request: DriverRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};

type Distribute<T> = T extends unknown ? Omit<T, "id"> : never;
type RequestBody = Distribute<DriverRequest>;

export class Driver {
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending | undefined;
  private stdoutChunks: string[] = [];
  private stderrText = "";
  private exited = false;
  private exitPromise: Promise<void>;
  private closing = false;
  /** The handshake's answer. */
  helloResponse!: HelloResponse;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly options: DriverOptions,
  ) {
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => this.onStdout(chunk));
    child.stderr.on("data", (chunk: string) => {
      this.stderrText = (this.stderrText + chunk).slice(-STDERR_KEEP);
      options.onStderr?.(chunk);
    });
    // Writing to a process that just died must not crash Node.
    child.stdin.on("error", () => undefined);
    this.exitPromise = new Promise((resolve) => {
      child.on("error", (error) => {
        this.onExit(`could not start ${options.python}: ${error.message}`);
        resolve();
      });
      child.on("exit", (code, signal) => {
        this.onExit(
          `the Alembic driver process (${options.python}) ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`,
        );
        resolve();
      });
    });
  }

  /** Spawns ONE Python process and does the handshake (hello, which also runs env.py once). */
  static async start(options: DriverOptions): Promise<Driver> {
    let driverPy: string;
    try {
      driverPy = assetPath("driver.py");
    } catch (error) {
      throw new DriverStartError((error as Error).message, undefined, "");
    }
    const init: DriverInit = {
      config: options.configPath,
      section: options.section,
      version_locations: options.versionLocations,
      // The URL (with the password of a --database-url) goes through the environment, never argv: see DriverInit.
      ...(options.databaseUrl ? { database_url_env: "ALEMBIC_GUARD_DATABASE_URL" } : {}),
    };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PYTHONDONTWRITEBYTECODE: "1", // never write __pycache__ into the user's project
      PYTHONUNBUFFERED: "1",
      PYTHONIOENCODING: "utf-8",
    };
    if (options.databaseUrl) {
      // For env.py files that read their URL from the environment; the driver enforces it on every connection anyway.
      env.DATABASE_URL = options.databaseUrl;
      env.ALEMBIC_GUARD_DATABASE_URL = options.databaseUrl;
    }
    const child = spawn(options.python, [driverPy, JSON.stringify(init)], {
      cwd: options.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
      // Own process group: a timeout kills whatever the migration started too.
      detached: true,
    });
    const driver = new Driver(child, options);
    try {
      const response = (await driver.request({ cmd: "hello" }, options.startTimeoutMs)) as HelloResponse | ErrorResponse;
      if (!response.ok) throw new DriverRequestFailed(response.error);
      driver.helloResponse = response;
      return driver;
    } catch (error) {
      await driver.close();
      if (error instanceof DriverRequestFailed) {
        const e = error.error;
        const where = e.file ? ` (${e.file}${e.line ? `:${e.line}` : ""})` : "";
        throw new DriverStartError(
          `Alembic could not load the project: ${e.type}: ${firstLine(e.message)}${where}\n${tailLines(e.traceback, 12)}`,
          e,
          driver.stderrTail,
        );
      }
      if (error instanceof DriverTimeoutError) {
        throw new DriverStartError(
          `Alembic did not load the project within ${formatSeconds(error.timeoutMs)} (env.py hangs?)`,
          undefined,
          driver.stderrTail,
        );
      }
      // The process died (or never ran): its message already ends with stderr's last line.
      const stderr = driver.stderrTail;
      throw new DriverStartError(
        `${(error as Error).message}${stderr ? `\n${tailLines(stderr, 12)}` : ""}`,
        undefined,
        stderr,
      );
    }
  }

  /** The last part of everything the driver wrote to stderr (the user's prints, Alembic's logging, tracebacks). */
  get stderrTail(): string {
    return this.stderrText;
  }

  /** Versions, script directory, heads; runs env.py once. Rejects when Alembic cannot load the project. */
  async hello(): Promise<HelloResponse> {
    const response = (await this.request({ cmd: "hello" })) as HelloResponse | ErrorResponse;
    if (!response.ok) throw new DriverRequestFailed(response.error);
    return response;
  }

  /** Alembic --sql mode for `from`:`to` (from null = base), split per revision. Needs no database. */
  async offlineSql(from: string | null, to: string): Promise<StepResponse> {
    return this.step({ cmd: "sql", from, to });
  }

  async upgrade(target: string, opts: { observeLocks?: boolean } = {}): Promise<StepResponse> {
    return this.step({ cmd: "upgrade", target, observe_locks: opts.observeLocks ?? false });
  }

  async downgrade(target: string, opts: { observeLocks?: boolean } = {}): Promise<StepResponse> {
    return this.step({ cmd: "downgrade", target, observe_locks: opts.observeLocks ?? false });
  }

  /** Autogenerate comparison of env.py's target_metadata with the database (which must be at head). */
  async checkDrift(): Promise<DriftResponse> {
    const response = (await this.request({ cmd: "check_drift" })) as DriftResponse | ErrorResponse;
    return "diffs" in response ? response : { id: response.id, ok: false, ms: 0, diffs: [], error: response.error };
  }

  /** Ends the process (a clean quit first, then SIGKILL); idempotent. */
  async close(): Promise<void> {
    if (this.closing) return this.exitPromise;
    this.closing = true;
    if (!this.exited) {
      const id = this.nextId++;
      this.child.stdin.write(`${JSON.stringify({ id, cmd: "quit" })}\n`);
      this.child.stdin.end();
      const timer = setTimeout(() => this.kill(), QUIT_GRACE_MS);
      await this.exitPromise;
      clearTimeout(timer);
    }
    // Anything the migration started in our process group goes too.
    this.kill();
  }

  /** Synchronous SIGKILL of the driver's process group, for 'exit' handlers that cannot await close(). */
  killNow(): void {
    this.closing = true;
    this.kill();
  }

  private async step(body: RequestBody): Promise<StepResponse> {
    const response = (await this.request(body)) as StepResponse | ErrorResponse;
    if ("statements" in response) return response;
    return { id: response.id, ok: false, ms: 0, statements: [], applied: [], error: response.error };
  }

  private request(body: RequestBody, timeoutMs = this.options.stepTimeoutMs): Promise<unknown> {
    const run = () =>
      new Promise<unknown>((resolve, reject) => {
        if (this.exited || this.closing) {
          reject(new DriverCrashedError("the Alembic driver process is not running", this.stderrTail));
          return;
        }
        const id = this.nextId++;
        const request = { id, ...body } as DriverRequest;
        const timer = setTimeout(() => {
          if (this.pending?.id !== id) return;
          this.pending = undefined;
          this.closing = true;
          this.kill();
          reject(new DriverTimeoutError(request.cmd, targetOf(request), timeoutMs));
        }, timeoutMs);
        this.pending = { id, request, resolve, reject, timer };
        this.child.stdin.write(`${JSON.stringify(request)}\n`);
      });
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private onStdout(chunk: string): void {
    // A response can be many megabytes (a data migration's statements): only the new chunk is searched.
    let start = 0;
    let newline: number;
    while ((newline = chunk.indexOf("\n", start)) >= 0) {
      this.stdoutChunks.push(chunk.slice(start, newline));
      start = newline + 1;
      const line = this.stdoutChunks.join("");
      this.stdoutChunks = [];
      this.onLine(line);
    }
    if (start < chunk.length) this.stdoutChunks.push(chunk.slice(start));
  }

  private onLine(line: string): void {
    if (!line.trim()) return;
    let message: { id?: number };
    try {
      message = JSON.parse(line) as { id?: number };
    } catch {
      // The driver routes everything else to stderr; keep stray text as diagnostics rather than fail.
      this.stderrText = (this.stderrText + `[stdout] ${line}\n`).slice(-STDERR_KEEP);
      return;
    }
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(message);
  }

  private onExit(reason: string): void {
    if (this.exited) return;
    this.exited = true;
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    const stderr = this.stderrTail;
    const why = lastLine(stderr);
    pending.reject(new DriverCrashedError(`${reason}${why ? `: ${why}` : ""}`, stderr));
  }

  private kill(): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** An ok:false answer to a request that has no partial result (hello). */
export class DriverRequestFailed extends Error {
  override name = "DriverRequestFailed";
  constructor(readonly error: DriverError) {
    super(`${error.type}: ${firstLine(error.message)}`);
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}

function targetOf(request: DriverRequest): string | undefined {
  switch (request.cmd) {
    case "upgrade":
    case "downgrade":
      return request.target;
    case "sql":
      return `${request.from ?? "base"}:${request.to}`;
    default:
      return undefined;
  }
}
