// `alembic-guard lint [FILE.sql|DIR ...] [-]`: lint plain SQL files (or stdin) with the SQL rules.
// Each file is one unit: objects it creates and settings it makes are known to its later statements.
import * as fs from "node:fs";
import * as path from "node:path";
import * as v8 from "node:v8";
import { exitCodeFor, sortFindings, UsageError, type Finding } from "../findings";
import { FINDINGS_FORMATS, renderFindings } from "../report";
import { lintSources, syntaxErrorFinding, type LintOptions } from "../rules/engine";
import { decodeSqlBytes, loadSqlParser } from "../sql/parse";
import { compiledPgWasm } from "../sql/pg-wasm";
import { lintWorkerCount, runningAsCliProgram, serveLintWorker, startLintWorkers } from "./lint-parallel";
import { isExcluded } from "../sql/suppress";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";
import { writeReport } from "./output";
import { relativePath } from "../paths";

interface LintInput {
  /** Path as reported: relative to the working directory, posix separators. */
  file: string;
  read: () => Promise<Buffer>;
  /** Absolute path of a file on disk (not stdin): such inputs can be linted on a worker thread. */
  absolute?: string;
  /** Size in bytes when known from listing the inputs (0 for stdin or a file that could not be stat'ed). */
  size: number;
}

type LintFileOptions = LintOptions & { assumeInTransaction: boolean };

/** What a lint worker thread is given: the files it may claim and the options to lint them with. */
interface LintJob {
  files: Array<{ file: string; absolute: string }>;
  options: LintFileOptions;
  /** Send back each file's text when it has findings (code frames in text output). */
  keepTexts: boolean;
}

interface FileResult {
  findings: Finding[];
  text?: string;
}

const SKIPPED_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox"]);

/** Lint .sql file contents already in memory (one unit per entry), sorted; `await loadSqlParser()` first. */
export function lintSqlTexts(
  inputs: ReadonlyArray<{ file: string; bytes: Uint8Array }>,
  options: LintOptions & { assumeInTransaction: boolean },
): Finding[] {
  const findings: Finding[] = [];
  for (const input of inputs) findings.push(...lintSqlFile(input.file, input.bytes, options).findings);
  return sortFindings(findings);
}

/** One file: decode (reporting invalid UTF-8), lint as one unit. Findings unsorted. */
function lintSqlFile(file: string, bytes: Uint8Array, options: LintFileOptions): { findings: Finding[]; text: string } {
  const { text, problem } = decodeSqlBytes(bytes, file);
  // The parser wants UTF-8 bytes: hand over the ones read, unless decoding changed them (BOM, invalid UTF-8).
  const exact = !problem && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  const findings = lintSources([{ text, file, inTransaction: options.assumeInTransaction, bytes: exact ? bytes : undefined }], options);
  if (problem) {
    const f = syntaxErrorFinding(problem, options);
    if (f) findings.unshift(f);
  }
  return { findings, text };
}

export async function runLint(settings: Settings, io: CommandIO): Promise<number> {
  if (!(FINDINGS_FORMATS as readonly string[]).includes(settings.format)) {
    throw new UsageError(`lint does not write --format ${settings.format}; use one of ${FINDINGS_FORMATS.join(", ")}`);
  }
  const inputs = collectInputs(settings, io);
  const sizes = inputs.map((i) => i.size);
  skipOptimisingCompilerForShortRuns(sizes.reduce((a, b) => a + b, 0));
  const options: LintFileOptions = { pgVersion: settings.pgVersion, severities: settings.rules, assumeInTransaction: settings.assumeInTransaction };
  const keepTexts = settings.format === "text";
  // Worker threads take ~100 ms to boot: start them before loading the parser here.
  const workers = inputs.every((i) => i.absolute) ? lintWorkerCount(sizes, settings.jobs) : 0;
  const job: LintJob = { files: inputs.map((i) => ({ file: i.file, absolute: i.absolute ?? "" })), options, keepTexts };
  const pool = workers > 0 ? startLintWorkers<LintJob, FileResult>(inputs.length, workers, job) : undefined;
  try {
    await loadSqlParser();
  } catch (error) {
    pool?.stop();
    throw error;
  }
  const texts = new Map<string, string>();
  const findings: Finding[] = [];
  const add = (file: string, unit: FileResult) => {
    for (const f of unit.findings) findings.push(f);
    // Code frames need the text; keep it only when a finding will show it.
    if (keepTexts && unit.findings.length > 0 && unit.text !== undefined) texts.set(file, unit.text);
  };
  if (pool) {
    const outcomes = await pool.run(compiledPgWasm(), lintJobFile(job));
    outcomes.forEach((outcome, index) => {
      if ("error" in outcome) throw outcome.error.usage ? new UsageError(outcome.error.message) : Object.assign(new Error(outcome.error.message), { stack: outcome.error.stack });
      add(inputs[index].file, outcome.ok);
    });
  } else {
    for (const input of inputs) {
      const unit = lintSqlFile(input.file, await input.read(), options);
      add(input.file, unit);
    }
  }
  sortFindings(findings);
  const colour = settings.format === "text" && !settings.output && Boolean(process.stdout.isTTY);
  const report = renderFindings(settings.format, findings, {
    colour,
    sourceText: (file) => texts.get(file),
    filesChecked: inputs.length,
  });
  writeReport(settings, io, report);
  return exitCodeFor(findings, settings.failOn);
}

/** Lint file `index` of a job: read, decode, lint; the text comes back only when code frames may need it. */
function lintJobFile(job: LintJob): (index: number) => FileResult {
  return (index) => {
    const { file, absolute } = job.files[index];
    const unit = lintSqlFile(file, readFile(absolute, file), job.options);
    return { findings: unit.findings, text: job.keepTexts && unit.findings.length > 0 ? unit.text : undefined };
  };
}

/** Worker-thread side of `lint` (started by startLintWorkers from the CLI bundle). */
export async function runLintWorkerThread(): Promise<void> {
  await serveLintWorker<LintJob, FileResult>(async (data) => {
    await loadSqlParser(data.wasmModule);
    return lintJobFile(data.job);
  });
}

/** Above this much SQL in one run, V8's optimising compiler pays for itself (measured: 4.8 MB and 10 MB files lint faster with it). */
const OPTIMISE_ABOVE_BYTES = 3 * 1024 * 1024;

/**
 * A lint run over a few MB of SQL is over before most of what TurboFan compiles (on background threads) is used:
 * on the 10,000-statement bench corpus it burns a third of the process's CPU time for no gain in wall time.
 * Leave the short runs to V8's interpreter and baseline compiler. The flag is process-wide (workers included)
 * and only affects code not yet optimised, which at this point is all of the linter. Only the CLI program does
 * this: a test or another program calling main() keeps its process as it is.
 */
function skipOptimisingCompilerForShortRuns(totalBytes: number): void {
  if (runningAsCliProgram() && totalBytes < OPTIMISE_ABOVE_BYTES) v8.setFlagsFromString("--no-opt");
}

/** Files named on the command line (directories: every *.sql below them), minus `exclude`; `-` is stdin. */
function collectInputs(settings: Settings, io: CommandIO): LintInput[] {
  if (settings.args.length === 0) {
    throw new UsageError("lint needs SQL to check: alembic-guard lint FILE.sql [DIR ...], or `-` to read stdin (with --stdin-filepath NAME)");
  }
  const inputs: LintInput[] = [];
  const seen = new Set<string>();
  const cwd = path.resolve(settings.cwd); // normalised once: relativePosix's fast path compares prefixes
  const add = (absolute: string, size: number) => {
    const file = relativePosix(cwd, absolute);
    if (seen.has(file) || isExcluded(file, settings.exclude)) return;
    seen.add(file);
    inputs.push({ file, read: async () => readFile(absolute, file), absolute, size });
  };
  for (const arg of settings.args) {
    if (arg === "-") {
      const file = settings.stdinFilepath ? relativePosix(cwd, path.resolve(cwd, settings.stdinFilepath)) : "<stdin>";
      if (seen.has(file)) throw new UsageError("`-` (stdin) can be given only once");
      seen.add(file);
      if (!isExcluded(file, settings.exclude)) inputs.push({ file, read: () => io.readStdin(), size: 0 });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`lint: ${arg} does not exist`);
    }
    if (stat.isDirectory()) {
      for (const file of sqlFilesUnder(absolute)) add(file, sizeOf(file));
    } else add(absolute, stat.size);
  }
  return inputs;
}

function sqlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`lint: cannot read directory ${d}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".sql")) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function readFile(absolute: string, shown: string): Buffer {
  try {
    return fs.readFileSync(absolute);
  } catch (error) {
    throw new UsageError(`lint: cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function sizeOf(absolute: string): number {
  try {
    return fs.statSync(absolute).size;
  } catch {
    return 0; // reported when the file is read
  }
}

/** `absolute` as the report names it: relative to `cwd`, or its own name when it is the working directory itself. */
function relativePosix(cwd: string, absolute: string): string {
  return relativePath(cwd, absolute) || path.basename(absolute);
}
