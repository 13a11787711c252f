// Linting many files on several threads. Each file is its own unit, so files can be linted anywhere; the
// results are put back in input order, so the output is the same as on one thread.
// Threads claim file indexes from one shared counter: whoever is free takes the next file, which balances
// uneven file sizes and lets the main thread start at once while the workers are still starting up.
// Kept free of heavy imports: cli.ts loads it at start-up to recognise a worker thread.
import * as os from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

/** The outcome of linting one file: its result, or the error that stopped it (re-thrown in input order). */
export type FileOutcome<R> = { ok: R } | { error: { message: string; usage: boolean; stack?: string } };

const WORKER_TAG = "alembic-guard lint worker";

export interface LintWorkerData<J> {
  tag: typeof WORKER_TAG;
  /** The job the worker runs for every file it claims (files, options). */
  job: J;
  /** Int32 slot 0: the next unclaimed file index. */
  counter: SharedArrayBuffer;
  count: number;
  /** The compiled libpg-query module (sent after start), so a worker instantiates it instead of compiling it again. */
  wasmModule?: WebAssembly.Module;
}

let entryFile: string | undefined;

/**
 * The CLI's entry file (the bundle, dist/cli.js), which a worker thread starts from. Set only by the CLI when it
 * runs as a program; without it (tests calling main(), other embedders) linting stays on one thread.
 */
export function setLintWorkerEntry(file: string): void {
  entryFile = file;
}

/** Is this the CLI program (not a test or another program calling main())? Only then may lint tune the process. */
export function runningAsCliProgram(): boolean {
  return entryFile !== undefined;
}

/** Is this thread a lint worker started by startLintWorkers? */
export function isLintWorkerThread(): boolean {
  return !isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG;
}

/**
 * Below this much SQL per thread a worker's start-up (a new V8 isolate, the bundle, the parser: ~100 ms) costs more
 * than it saves. Measured on 2 cores: 285 KB of revision files, no gain in wall time for 45% more CPU; 470 KB, 8%
 * faster for 35% more CPU; 880 KB, 20% faster.
 */
const MIN_BYTES_PER_WORKER = 512 * 1024;

/**
 * How many worker threads to add for files of these sizes: none for small inputs or when workers are unavailable;
 * `jobs` (--jobs) is the total number of threads, the main thread included.
 */
export function lintWorkerCount(sizes: readonly number[], jobs?: number): number {
  if (!entryFile || sizes.length < 2) return 0;
  const total = sizes.reduce((a, b) => a + b, 0);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const wanted = jobs ?? Math.min(cores, Math.floor(total / MIN_BYTES_PER_WORKER) + 1);
  return Math.max(0, Math.min(wanted, sizes.length) - 1);
}

/** Worker threads started ahead of the work: they boot while this thread loads the parser. */
export interface LintWorkerPool<R> {
  /**
   * Lint file indexes 0..count-1 here and on the workers; outcomes in index order. A worker that dies leaves its
   * files to this thread, so a worker problem never loses a file.
   */
  run(wasmModule: WebAssembly.Module | undefined, lintOne: (index: number) => R): Promise<Array<FileOutcome<R>>>;
  /** End the workers without running (this thread failed before run()); they would otherwise wait forever. */
  stop(): void;
}

/** Start `workers` worker threads for a job over `count` files (none when the CLI entry is unknown). */
export function startLintWorkers<J, R>(count: number, workers: number, job: J): LintWorkerPool<R> {
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const outcomes: Array<FileOutcome<R> | undefined> = new Array(count);
  let filled = 0;
  const record = (index: number, outcome: FileOutcome<R>) => {
    if (outcomes[index] === undefined) filled++;
    outcomes[index] = outcome;
  };
  const pool: Worker[] = [];
  let reported = 0;
  let wake: () => void = () => {};
  const allIn = new Promise<void>((resolve) => (wake = resolve));
  const workerDone = () => {
    reported++;
    if (reported === pool.length || filled === count) wake();
  };
  for (let w = 0; w < workers && entryFile; w++) {
    const data: LintWorkerData<J> = { tag: WORKER_TAG, job, counter, count };
    const worker = new Worker(entryFile, { workerData: data, stdout: false, stderr: false });
    pool.push(worker);
    let done = false;
    const once = () => {
      if (!done) (done = true), workerDone();
    };
    worker.on("message", (batch: Array<[number, FileOutcome<R>]>) => {
      for (const [index, outcome] of batch) record(index, outcome);
      once();
    });
    // A worker that fails or exits without reporting leaves its files to this thread (redone below).
    worker.on("error", once);
    worker.on("exit", once);
  }
  return {
    stop() {
      for (const worker of pool) void worker.terminate();
    },
    async run(wasmModule, lintOne) {
      // The parser module goes to the workers as soon as it is compiled; they instantiate it, not compile it again.
      for (const worker of pool) worker.postMessage({ wasmModule });
      for (;;) {
        const index = Atomics.add(next, 0, 1);
        if (index >= count) break;
        record(index, runOne(lintOne, index));
      }
      // Every file is claimed now. Files still missing belong to workers: wait for them (not for idle ones).
      if (filled < count && pool.length > 0) await allIn;
      for (const worker of pool) void worker.terminate();
      for (let index = 0; index < count; index++) if (outcomes[index] === undefined) outcomes[index] = runOne(lintOne, index);
      return outcomes as Array<FileOutcome<R>>;
    },
  };
}

function runOne<R>(lintOne: (index: number) => R, index: number): FileOutcome<R> {
  try {
    return { ok: lintOne(index) };
  } catch (error) {
    const e = error as Error;
    return { error: { message: e.message, usage: e?.name === "UsageError", stack: e.stack } };
  }
}

/** Worker side: claim files until none are left, lint each with `lintOne`, send all outcomes back at once. */
export async function serveLintWorker<J, R>(prepare: (data: LintWorkerData<J>) => Promise<(index: number) => R>): Promise<void> {
  const data = workerData as LintWorkerData<J>;
  // The main thread sends the compiled parser once it has it (see run()).
  const first = await new Promise<{ wasmModule?: WebAssembly.Module }>((resolve) => parentPort!.once("message", resolve));
  const lintOne = await prepare({ ...data, wasmModule: first.wasmModule });
  const next = new Int32Array(data.counter);
  const batch: Array<[number, FileOutcome<R>]> = [];
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= data.count) break;
    batch.push([index, runOne(lintOne, index)]);
  }
  parentPort!.postMessage(batch);
}
