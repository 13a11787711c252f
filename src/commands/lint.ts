// `alembic-guard lint [FILE.sql|DIR ...] [-]`: lint plain SQL files (or stdin) with the SQL rules.
// Each file is one unit: objects it creates and settings it makes are known to its later statements.
import * as fs from "node:fs";
import * as path from "node:path";
import { exitCodeFor, sortFindings, UsageError, type Finding } from "../findings";
import { FINDINGS_FORMATS, renderFindings } from "../report";
import { lintSources, syntaxErrorFinding, type LintOptions } from "../rules/engine";
import { decodeSqlBytes, loadSqlParser } from "../sql/parse";
import { isExcluded } from "../sql/suppress";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";

interface LintInput {
  /** Path as reported: relative to the working directory, posix separators. */
  file: string;
  read: () => Promise<Buffer>;
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
function lintSqlFile(file: string, bytes: Uint8Array, options: LintOptions & { assumeInTransaction: boolean }): { findings: Finding[]; text: string } {
  const { text, problem } = decodeSqlBytes(bytes, file);
  const findings = lintSources([{ text, file, inTransaction: options.assumeInTransaction }], options);
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
  await loadSqlParser();
  const options = { pgVersion: settings.pgVersion, severities: settings.rules, assumeInTransaction: settings.assumeInTransaction };
  const texts = new Map<string, string>();
  const findings: Finding[] = [];
  for (const input of inputs) {
    const unit = lintSqlFile(input.file, await input.read(), options);
    for (const f of unit.findings) findings.push(f);
    // Code frames need the text; keep it only when a finding will show it.
    if (settings.format === "text" && unit.findings.length > 0) texts.set(input.file, unit.text);
  }
  sortFindings(findings);
  const colour = settings.format === "text" && !settings.output && Boolean(process.stdout.isTTY);
  const report = renderFindings(settings.format, findings, {
    colour,
    sourceText: (file) => texts.get(file),
    filesChecked: inputs.length,
  });
  if (settings.output) {
    try {
      fs.mkdirSync(path.dirname(settings.output), { recursive: true });
      fs.writeFileSync(settings.output, report);
    } catch (error) {
      throw new UsageError(`cannot write --output ${settings.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else io.stdout(report);
  return exitCodeFor(findings, settings.failOn);
}

/** Files named on the command line (directories: every *.sql below them), minus `exclude`; `-` is stdin. */
function collectInputs(settings: Settings, io: CommandIO): LintInput[] {
  if (settings.args.length === 0) {
    throw new UsageError("lint needs SQL to check: alembic-guard lint FILE.sql [DIR ...], or `-` to read stdin (with --stdin-filepath NAME)");
  }
  const inputs: LintInput[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    const file = relativePosix(settings.cwd, absolute);
    if (seen.has(file) || isExcluded(file, settings.exclude)) return;
    seen.add(file);
    inputs.push({ file, read: async () => readFile(absolute, file) });
  };
  for (const arg of settings.args) {
    if (arg === "-") {
      const file = settings.stdinFilepath ? relativePosix(settings.cwd, path.resolve(settings.cwd, settings.stdinFilepath)) : "<stdin>";
      if (seen.has(file)) throw new UsageError("`-` (stdin) can be given only once");
      seen.add(file);
      if (!isExcluded(file, settings.exclude)) inputs.push({ file, read: () => io.readStdin() });
      continue;
    }
    const absolute = path.resolve(settings.cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`lint: ${arg} does not exist`);
    }
    if (stat.isDirectory()) {
      for (const file of sqlFilesUnder(absolute)) add(file);
    } else add(absolute);
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

function relativePosix(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel === "" ? path.basename(absolute) : rel).split(path.sep).join("/");
}
