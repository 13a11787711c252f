// `check`: graph checks on the whole history, then the revisions in scope linted at the best SQL tier available
// (live → offline → static), the Python-level rules on their op.* calls, history policies against the base ref,
// ignores and config applied. The CLI and the Action both call check(settings) and render its CheckResult.
import * as fs from "node:fs";
import * as path from "node:path";
import { sortFindings, type Finding, type Severity } from "../findings";
import type { Settings } from "../settings";
import { discoverProject, type AlembicProject } from "../discover";
import { graphReport, type RevisionGraph } from "../graph";
import { applyRuleSettings } from "../graph/settings";
import { loadPythonParser, parseRevisionFile, relativePath, type RevisionDetail } from "../revisions";
import { loadSqlParser, type SqlSource } from "../sql/parse";
import { lintSources } from "../rules/engine";
import { ruleMeta, isKnownRule } from "../rules/registry";
import { applySuppressions, isExcluded, type IgnoreDirective } from "../sql/suppress";
import { PYTHON_RULES } from "../rules/python";
import { Driver, DriverStartError } from "../driver/client";
import { DEFAULT_PYTHONS, findPython, describeTried, type FoundPython } from "../driver/python";
import type { CapturedStatement, DriverError, StepResponse } from "../driver/protocol";
import type { CheckResult, SqlTier } from "./types";
import { computeScope, finding, modifiedMigrations, staleDownRevisions } from "./scope";
import { capturedSources, CONTEXT_ONLY_FILE, staticSources } from "./sql-sources";
import { pythonIgnoreDirectives, unparsedFileIgnoreDirectives } from "./ignores";
import { attributeBatchFindings } from "./batch";
import { runPythonRules, preferPythonFindings, snapToOpCalls } from "./python-findings";
import { attachObservations, OBSERVED_RULES } from "./observations";
import type { RoundtripInput, RoundtripOutput } from "../roundtrip";

export type { CheckResult } from "./types";

export interface CheckHooks {
  /** One line per stage / revision, for a TTY. */
  onProgress?: (line: string) => void;
  /**
   * The live tier: run the round trip and return the statements each revision's first upgrade executed.
   * check() calls it when settings allow a database; default: the round-trip stage (runRoundtrip).
   */
  liveTier?: LiveTier;
}

export interface LiveTierResult {
  findings: Finding[];
  report?: CheckResult["roundtrip"];
  /** Why the round trip did not run (one line). */
  skipped?: string;
  /** Observations too small to report alone: they only confirm the lint finding at the same op.* call. */
  evidence?: Finding[];
  /** Per revision, what its first upgrade executed. */
  captured: Map<string, CapturedStatement[]>;
}

export type LiveTier = (args: { project: AlembicProject; graph: RevisionGraph; scope: string[]; settings: Settings; python: string; onProgress?: (line: string) => void }) => Promise<LiveTierResult>;

/** Run every check stage for one Alembic config. Throws UsageError (exit 2) only for a missing/invalid config. */
export async function check(settings: Settings, hooks: CheckHooks = {}): Promise<CheckResult> {
  const progress = hooks.onProgress ?? (() => undefined);
  const project = discoverProject(settings);
  const graphStage = graphReport(project, settings);
  const { graph, ...graphJson } = graphStage;
  const scope = computeScope(settings, project, graph);
  progress(`scope: ${scope.note}`);
  const findings: Finding[] = [...scope.findings];
  if (scope.base) {
    findings.push(...modifiedMigrations(settings, graph, scope.base));
    findings.push(...staleDownRevisions(settings, graph, scope.base));
  }

  // Python work (finding the interpreter, Alembic's offline rendering) runs while the revisions are parsed.
  const python = startPython(settings, project, scope.revisions.length > 0);
  await Promise.all([loadPythonParser(), loadSqlParser()]);
  const details = new Map<string, RevisionDetail>();
  try {
    for (const id of scope.revisions) {
      const rev = graph.byId.get(id)!;
      const parsed = await parseRevisionFile(rev.file, settings.cwd);
      // The full parse may see syntax errors the graph's token scan did not; a file the scan already
      // reported keeps the scan's finding only.
      for (const f of parsed.findings) if (!graphJson.findings.some((g) => g.file === f.file && g.rule === f.rule)) findings.push(f);
      if (parsed.detail) details.set(id, parsed.detail);
    }

    // Python-level rules: every tier.
    const pythonFindings = runPythonRules([...details.values()], settings);

    // SQL: the best tier available per revision.
    const sql = await collectSql(settings, project, graph, scope.revisions, details, progress, hooks.liveTier ?? runRoundtripLazily, python);
    // What the round trip observed sits on the line Python's frame had: put it on the op.* call, as the lint findings.
    const observations = [...sql.findings.filter((f) => OBSERVED_RULES.has(f.rule)), ...sql.evidence];
    snapToOpCalls(observations, details, settings.cwd);
    attributeBatchFindings(observations, details, settings.cwd);
    findings.push(...sql.findings);
    const sqlFindings: Finding[] = [];
    // One options object for every revision: the engine prepares its rule lists once per options object.
    const lintOptions = { pgVersion: settings.pgVersion, severities: severities(settings) };
    for (const id of scope.revisions) {
      const sources = sql.sources.get(id);
      if (!sources || sources.length === 0) continue;
      const linted = lintSources(sources, lintOptions).filter((f) => f.file !== CONTEXT_ONLY_FILE);
      sqlFindings.push(...linted.map((f) => ({ ...f, revision: f.revision ?? id })));
    }
    snapToOpCalls(sqlFindings, details, settings.cwd);
    attributeBatchFindings(sqlFindings, details, settings.cwd);
    findings.push(...preferPythonFindings(pythonFindings, sqlFindings, sql.staticRevisions));

    const result: CheckResult = {
      config: relativePath(settings.cwd, project.configPath),
      tier: sql.tier,
      graph: { ...graphJson, findings: graphJson.findings },
      revisions_in_scope: scope.revisions,
      findings: [],
    };
    const notes = [scope.note, sql.tierNote].filter(Boolean);
    if (notes.length) result.tierNote = notes.join("; ");
    if (sql.roundtrip) result.roundtrip = sql.roundtrip;
    if (sql.roundtripSkipped) result.roundtrip_skipped = sql.roundtripSkipped;

    // After suppressions: an observation whose lint finding was ignored still stands on its own.
    const evidence = sql.evidence.filter((f) => settings.rules[f.rule] !== "off");
    result.findings = attachObservations(finalize([...graphJson.findings, ...findings], settings, graph, details, sql), evidence);
    const graphKeys = new Set(graphJson.findings.map(findingKey));
    result.graph.findings = result.findings.filter((f) => graphKeys.has(findingKey(f)));
    return result;
  } finally {
    for (const detail of details.values()) detail.tree.delete();
  }
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.file}\u0000${f.line}\u0000${f.message}`;
}

function severities(settings: Settings): Record<string, Severity | "off"> {
  return { ...settings.rules };
}

interface SqlCollection {
  tier: SqlTier;
  tierNote?: string;
  sources: Map<string, SqlSource[]>;
  findings: Finding[];
  roundtrip?: CheckResult["roundtrip"];
  roundtripSkipped?: string;
  roundtripRan: boolean;
  /** Round-trip observations too small to report alone (LiveTierResult.evidence). */
  evidence: Finding[];
  /** Revisions whose SQL came from the static parse (only op.execute() strings were linted as SQL). */
  staticRevisions: Set<string>;
}

/** The SQL of each revision in scope from the best tier available; with `roundtrip = true`, a round trip that did not run is an error. */
async function collectSql(...args: Parameters<typeof collectTiers>): Promise<SqlCollection> {
  const out = await collectTiers(...args);
  const [settings, project] = args;
  if (settings.roundtrip === "true" && !out.roundtripRan && out.roundtripSkipped && !NOTHING_IN_SCOPE.has(out.roundtripSkipped)) {
    out.findings = out.findings.filter((f) => f.rule !== "roundtrip-unavailable");
    out.findings.push(roundtripRequired(out.roundtripSkipped, settings, project));
  }
  return out;
}

const NOTHING_IN_SCOPE = new Set(["no revision in scope", "no revisions in scope"]);

/** `roundtrip = true` (CLI --roundtrip true, Action input `roundtrip: true`) and it did not run: an error saying why and what to add. */
function roundtripRequired(why: string, settings: Settings, project: AlembicProject): Finding {
  const help = settings.staticOnly
    ? "--static-only never runs Python or a database (the GitHub Action turns it on for pull_request_target unless `allow-untrusted-code: true`, because the round trip would run the pull request's code with the base repository's secrets). Run the round trip on a `pull_request` workflow instead, or set `roundtrip: auto` to make this a note."
    : "Add what it needs to the workflow: a PostgreSQL (a `services: postgres` container passed as `database-url: postgresql://postgres:postgres@localhost:5432/postgres`, or the server binaries: `sudo apt-get install postgresql`) and a Python with the app and alembic installed (actions/setup-python, `pip install -r requirements.txt`, then `python: python`). Or set `roundtrip: auto` (CLI: --roundtrip auto) to make this a note.";
  return finding("roundtrip-unavailable", "error", { file: relativePath(settings.cwd, project.configPath), line: 1 }, `the round trip on PostgreSQL is required (roundtrip = true) but did not run: ${why}`, help);
}

async function collectTiers(
  settings: Settings,
  project: AlembicProject,
  graph: RevisionGraph,
  scope: string[],
  details: Map<string, RevisionDetail>,
  progress: (line: string) => void,
  liveTier: LiveTier | undefined,
  early: EarlyPython,
): Promise<SqlCollection> {
  const out: SqlCollection = { tier: "static", sources: new Map(), findings: [], roundtripRan: false, evidence: [], staticRevisions: new Set(scope) };
  const configRel = relativePath(settings.cwd, project.configPath);
  const tierOf = new Map<string, SqlTier>();
  const fallbackWhy: string[] = [];

  if (settings.staticOnly) {
    // pull_request_target in the Action: env.py and the revision files are the pull request's code.
    out.tierNote = `static tier: ${STATIC_ONLY_WHY}`;
    out.roundtripSkipped = "--static-only: no Python and no database are run";
    for (const id of scope) addStatic(out, id, details, settings);
    return out;
  }
  const wantDatabase = !settings.noDatabase && settings.roundtrip !== "false";
  if (!wantDatabase) out.roundtripSkipped = settings.noDatabase ? "--no-database" : "roundtrip = false";

  // Without revisions in scope there is nothing to lint: do not start Python at all.
  if (scope.length === 0 && !(wantDatabase && settings.roundtrip === "true")) {
    out.tierNote = "no revision in scope, no SQL to lint";
    if (wantDatabase && !out.roundtripSkipped) out.roundtripSkipped = "no revision in scope";
    return out;
  }

  const found = await early.found;
  if (!found.python) {
    const why = `no Python with alembic importable (${describeTried(found.tried)})`;
    out.tierNote = `static tier: ${why}`;
    if (wantDatabase) out.roundtripSkipped = why;
    if (settings.python) {
      out.findings.push(
        finding(
          "python-unavailable",
          undefined,
          { file: configRel, line: 1 },
          `--python ${settings.python} cannot run Alembic: ${found.tried[0]?.problem ?? "unknown problem"}; the SQL was read statically from op.execute() strings only`,
          "Point --python (or `python` in [tool.alembic-guard]) at the interpreter of the app's virtualenv, where `python -c 'import alembic'` works.",
        ),
      );
    }
    for (const id of scope) addStatic(out, id, details, settings);
    return out;
  }
  const python = found.python;

  // Live: the round trip's first upgrade of each revision.
  if (wantDatabase && liveTier) {
    progress("round trip: starting");
    try {
      const live = await liveTier({ project, graph, scope, settings, python, onProgress: progress });
      out.findings.push(...live.findings);
      if (live.report) {
        out.roundtrip = live.report;
        out.roundtripRan = true;
      }
      if (live.skipped) out.roundtripSkipped = live.skipped;
      out.evidence.push(...(live.evidence ?? []));
      // A revision whose live run failed was cut short: its statements after the failure were never executed.
      // Lint the whole revision from the offline rendering instead.
      const cutShort = new Set((live.report?.revisions ?? []).filter((r) => r.result === "failed" || r.result === "skipped").map((r) => r.revision));
      for (const [revision, statements] of live.captured) {
        if (!scope.includes(revision) || cutShort.has(revision)) continue;
        const sources = capturedSources(statements, settings.cwd).get(revision) ?? [];
        out.sources.set(revision, sources);
        tierOf.set(revision, "live");
      }
    } catch (error) {
      out.roundtripSkipped = `the round trip failed to run: ${redactUrlPasswords(firstLine((error as Error).message))}`;
    }
  } else if (wantDatabase && !liveTier) {
    out.roundtripSkipped = "the round trip is not available in this build";
  }

  // Offline: Alembic's --sql rendering of the whole history, split per revision.
  const needOffline = scope.filter((id) => !tierOf.has(id));
  if (needOffline.length) {
    progress("offline SQL: rendering with Alembic --sql");
    const rendered = await (early.offline ?? renderOffline(python, project, settings));
    if ("failure" in rendered) {
      fallbackWhy.push(driverStartProblem(rendered.failure, project, settings, graph, out.findings));
    } else if (rendered.response.error) {
      fallbackWhy.push(`Alembic could not render the offline SQL: ${redactUrlPasswords(firstLine(rendered.response.error.type + ": " + rendered.response.error.message))}`);
    } else {
      const byRevision = capturedSources(rendered.response.statements, settings.cwd);
      const failed = new Map((rendered.response.revision_errors ?? []).map((e) => [e.revision, e]));
      for (const id of needOffline) {
        const error = failed.get(id);
        if (error) {
          out.findings.push(offlineUnavailable(id, error, graph, settings));
          continue;
        }
        out.sources.set(id, byRevision.get(id) ?? []);
        tierOf.set(id, "offline");
      }
    }
  }

  for (const id of scope) if (!tierOf.has(id)) addStatic(out, id, details, settings);
  const used = new Set(scope.map((id) => tierOf.get(id) ?? "static"));
  out.tier = used.has("live") ? "live" : used.has("offline") ? "offline" : "static";
  const staticIds = scope.filter((id) => !tierOf.has(id));
  out.staticRevisions = new Set(staticIds);
  const notes: string[] = [];
  if (out.tier !== "static" || fallbackWhy.length) {
    // Which interpreter ran Alembic, and why an earlier default candidate was passed over.
    const skipped = found.tried.filter((t) => t.problem).map((t) => `${t.python}: ${t.problem}`);
    notes.push(`${found.alembic ? `Alembic ${found.alembic} via ` : "Python: "}${python}${skipped.length ? ` (${skipped.join("; ")})` : ""}`);
  }
  if (out.tier !== "live" && wantDatabase && out.roundtripSkipped) notes.push(`live tier unavailable: ${out.roundtripSkipped}`);
  if (fallbackWhy.length) notes.push(...fallbackWhy.map((w) => `static tier: ${w}`));
  if (out.tier !== "static" && staticIds.length) notes.push(`${staticIds.length} revision${staticIds.length === 1 ? "" : "s"} linted statically: ${staticIds.join(", ")}`);
  const offlineIds = scope.filter((id) => tierOf.get(id) === "offline");
  if (out.tier === "live" && offlineIds.length) notes.push(`${offlineIds.length} revision${offlineIds.length === 1 ? "" : "s"} linted from offline SQL: ${offlineIds.join(", ")}`);
  if (notes.length) out.tierNote = notes.join("; ");
  return out;
}

const STATIC_ONLY_WHY = "--static-only: SQL read only from the revision files' source (op.execute() strings); no Python (env.py, revision files) and no database were run";

interface EarlyPython {
  found: Promise<FoundPython>;
  /** Started before the revisions are parsed when no database is wanted (the offline tier will be needed). */
  offline?: Promise<OfflineOutcome>;
}

type OfflineOutcome = { response: StepResponse; alembic: string } | { failure: unknown };

function startPython(settings: Settings, project: AlembicProject, anythingInScope: boolean): EarlyPython {
  if (settings.staticOnly) return { found: Promise.resolve({ tried: [] }) };
  const wantDatabase = !settings.noDatabase && settings.roundtrip !== "false";
  if (!anythingInScope && !(wantDatabase && settings.roundtrip === "true")) return { found: Promise.resolve({ tried: [] }) };
  if (wantDatabase || !anythingInScope) return { found: findPython(settings.python) };
  // Offline only: start the driver straight away (it imports alembic itself); probe only to explain a failure.
  const attempt = offlineWithoutProbe(settings, project);
  return { found: attempt.then((a) => a.found), offline: attempt.then((a) => a.outcome) };
}

/**
 * Try the candidate interpreters in order by starting the driver with each: one Python start instead of a probe
 * plus a start. An interpreter that cannot run the driver at all (missing, no alembic) is probed for the reason
 * and the next one is tried; a failure inside Alembic (env.py raised) is that interpreter's outcome.
 */
async function offlineWithoutProbe(settings: Settings, project: AlembicProject): Promise<{ found: FoundPython; outcome: OfflineOutcome }> {
  const candidates = settings.python ? [settings.python] : [...DEFAULT_PYTHONS];
  const passedOver: Promise<FoundPython>[] = [];
  let lastFailure: unknown = new Error("no Python with alembic importable");
  for (const python of candidates) {
    const outcome = await renderOffline(python, project, settings);
    const alembicRan = "response" in outcome || (outcome.failure instanceof DriverStartError && outcome.failure.error !== undefined);
    if (alembicRan) {
      const tried = (await Promise.all(passedOver)).flatMap((f) => f.tried);
      return { found: { python, alembic: "alembic" in outcome ? outcome.alembic : undefined, tried: [...tried, { python }] }, outcome };
    }
    lastFailure = outcome.failure;
    passedOver.push(findPython(python));
  }
  const probed = await Promise.all(passedOver);
  const usable = probed.find((f) => f.python);
  // The probe found alembic but the driver still did not start (a broken driver.py run): report that failure.
  if (usable) return { found: usable, outcome: { failure: lastFailure } };
  return { found: { tried: probed.flatMap((f) => f.tried) }, outcome: { failure: lastFailure } };
}

/** One driver process: Alembic's offline (--sql) rendering from base to every head. Never rejects. */
async function renderOffline(python: string, project: AlembicProject, settings: Settings): Promise<OfflineOutcome> {
  let driver: Driver | undefined;
  try {
    driver = await Driver.start({
      python,
      configPath: project.configPath,
      section: project.section,
      // Where the user runs alembic-guard, as for `alembic -c <config>`: relative script_location and
      // prepend_sys_path resolve from here, the same as in discovery and the round trip.
      cwd: project.cwd,
      stepTimeoutMs: settings.stepTimeoutMs,
      versionLocations: project.versionLocations,
    });
    return { response: await driver.offlineSql(null, "heads"), alembic: driver.helloResponse.alembic_version };
  } catch (error) {
    return { failure: error };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}

function addStatic(out: SqlCollection, id: string, details: Map<string, RevisionDetail>, settings: Settings): void {
  const detail = details.get(id);
  out.sources.set(id, detail ? staticSources(detail, settings.cwd) : []);
}

function firstLine(text: string): string {
  return text.split("\n")[0];
}

function offlineUnavailable(id: string, error: DriverError, graph: RevisionGraph, settings: Settings): Finding {
  const rev = graph.byId.get(id)!;
  const file = error.file && path.resolve(error.file) === path.resolve(rev.file) ? error.file : rev.file;
  return finding(
    "offline-sql-unavailable",
    undefined,
    { file: relativePath(settings.cwd, file), line: error.line ?? rev.line, revision: id },
    (/offline|--sql/.test(error.message)
      ? redactUrlPasswords(firstLine(error.message)).replace(/\.?$/, "")
      : `revision ${id} cannot be rendered in Alembic's offline (--sql) mode (${error.type}: ${redactUrlPasswords(firstLine(error.message))})`) +
      "; its SQL was read statically from op.execute() strings instead",
    "Usually the migration reads the database (op.get_bind()). Give alembic-guard a database (--database-url, or let it start PostgreSQL) so the live tier lints the SQL that really runs.",
  );
}

/** env.py failed to import (or the driver could not start): a finding with the traceback's last frames, at env.py's line. */
function driverStartProblem(error: unknown, project: AlembicProject, settings: Settings, graph: RevisionGraph, findings: Finding[]): string {
  if (!(error instanceof DriverStartError)) return `the Alembic driver failed: ${redactUrlPasswords(firstLine((error as Error).message))}`;
  const e = error.error;
  // A revision file that does not import (syntax error) is the graph's parse-error finding already.
  const revisionFile = e?.file ? [...graph.byId.values()].find((r) => path.resolve(r.file) === path.resolve(e.file!)) : undefined;
  if (revisionFile) return `Alembic could not load revision ${revisionFile.revision} (${relativePath(settings.cwd, revisionFile.file)}: ${e!.type})`;
  const envPy = path.join(project.scriptLocation, "env.py");
  const traceback = e?.traceback ?? error.stderr;
  const envLine = lastFrameLine(traceback, envPy);
  // Alembic failed before env.py ran: it could not build the revision map. The graph findings say why.
  const failedOnHistory = graph.byId.size > 0 && envLine === undefined && e !== undefined;
  if (failedOnHistory) return `Alembic could not load the revision history (${e.type}: ${firstLine(e.message)}); see the graph findings`;
  const line = envLine ?? 1;
  const frames = redactUrlPasswords(traceback.trim().split("\n").slice(-8).join("\n"));
  const what = redactUrlPasswords(e ? `${e.type}: ${firstLine(e.message)}` : firstLine(error.message));
  findings.push(
    finding(
      "env-import-failed",
      undefined,
      { file: relativePath(settings.cwd, fs.existsSync(envPy) ? envPy : project.configPath), line },
      `Alembic could not load env.py (${what}), so the offline and live tiers could not run; SQL was read statically from op.execute() strings only.\n${frames}`,
      "Make env.py importable in CI: install the app's dependencies in the Python given with --python, and set the environment variables env.py reads (the database URL is provided by alembic-guard).",
    ),
  );
  return `Alembic could not load env.py (${what})`;
}

/** `scheme://user:password@host` → `scheme://user:***@host`: env.py's errors often quote the database URL it built. */
function redactUrlPasswords(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@'"]*:)[^\s/?#@'"]+@/gi, "$1***@");
}

function lastFrameLine(traceback: string, file: string): number | undefined {
  let line: number | undefined;
  const re = /File "([^"]+)", line (\d+)/g;
  for (const m of traceback.matchAll(re)) {
    if (path.resolve(m[1]) === path.resolve(file) || path.basename(m[1]) === "env.py") line = Number(m[2]);
  }
  return line;
}

/**
 * Config severities and "off", excluded paths, Python ignore comments (+ unused-ignore), the revision id on
 * every finding in a revision file, stable order.
 */
function finalize(all: Finding[], settings: Settings, graph: RevisionGraph, details: Map<string, RevisionDetail>, sql: SqlCollection): Finding[] {
  const revisionByFile = new Map([...graph.byId.values()].map((r) => [relativePath(settings.cwd, r.file), r.revision]));
  let findings = dedupeExact(applyRuleSettings(all, settings)).filter((f) => !isExcluded(f.file, settings.exclude));
  const unusedSeverity = settings.rules["unused-ignore"] ?? ruleMeta("unused-ignore")?.defaultSeverity ?? "warning";
  const runs = (rule: string) => isKnownRule(rule) && settings.rules[rule] !== "off" && (ruleMeta(rule)?.family !== "roundtrip" || sql.roundtripRan);
  // In a file linted statically, SQL the op.* calls generate was never seen: an ignore of a SQL-only rule
  // there may be needed in the offline or live tier, so it is not "unused".
  const pythonLevel = new Set(PYTHON_RULES.filter((r) => !r.partial).map((r) => r.id));
  const runsStatically = (rule: string) => runs(rule) && (pythonLevel.has(rule) || !SQL_FAMILIES.has(ruleMeta(rule)?.family ?? ""));
  const byTier = { full: [] as IgnoreDirective[], static: [] as IgnoreDirective[] };
  for (const detail of details.values()) {
    const directives = pythonIgnoreDirectives(detail.tree, detail.source, relativePath(settings.cwd, detail.file));
    (sql.staticRevisions.has(detail.revision) ? byTier.static : byTier.full).push(...directives);
  }
  findings = applySuppressions(findings, byTier.full, { unusedSeverity, isActive: runs });
  findings = applySuppressions(findings, byTier.static, { unusedSeverity, isActive: runsStatically });
  // Files outside the scope were not linted, so their ignores cannot be "unused"; they still apply to the
  // whole-history findings in them (an ignore-file[multiple-bases] must hold on every pull request, not only with --all).
  const parsed = new Set([...details.values()].map((d) => relativePath(settings.cwd, d.file)));
  const withFindings = new Set(findings.map((f) => f.file));
  const unparsed = new Map<string, string>();
  for (const rev of graph.byId.values()) {
    const rel = relativePath(settings.cwd, rev.file);
    if (withFindings.has(rel) && !parsed.has(rel)) unparsed.set(rel, rev.file);
  }
  findings = applySuppressions(findings, unparsedFileIgnoreDirectives(unparsed), { unusedSeverity: "off", isActive: () => false });
  findings = findings.filter((f) => !isExcluded(f.file, settings.exclude));
  return sortFindings(findings.map((f) => (f.revision || !revisionByFile.has(f.file) ? f : { ...f, revision: revisionByFile.get(f.file) })));
}

const SQL_FAMILIES = new Set(["locks", "breaking", "transactions", "hygiene", "data"]);

function dedupeExact(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The round-trip stage, loaded when the live tier runs: `check --no-database` (and every run that cannot start
 * PostgreSQL) never pays for initialising the PostgreSQL client (~20 ms of start-up).
 */
async function runRoundtripLazily(input: RoundtripInput): Promise<RoundtripOutput> {
  return (await import(/* webpackMode: "eager" */ "../roundtrip/index.js")).runRoundtrip(input);
}
