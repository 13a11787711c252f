// The round trip stage: a throwaway PostgreSQL, the Python driver on it, the stairway, and everything torn
// down again whatever happens. `check` calls runRoundtrip(); `alembic-guard roundtrip` runs it alone.
import { Client } from "pg";
import type { RoundtripReport } from "../check/types";
import type { AlembicProject } from "../discover";
import { Driver, DriverStartError, type CapturedStatement } from "../driver";
import { docsUrl, UsageError, type Finding } from "../findings";
import type { RevisionGraph } from "../graph";
import { applyRuleSettings } from "../graph/settings";
import { relativePath } from "../revisions";
import { roundtripRuleMeta } from "../rules/catalog/roundtrip";
import type { Settings } from "../settings";
import { onTerminate, terminating, untilTerminated } from "./cleanup";
import { NO_POSTGRES_HELP, parseDatabaseUrl, startThrowawayPostgres as startPostgres, type ThrowawayPostgres } from "./postgres";
import { runStairway } from "./stairway";

export { downgradeTarget } from "./stairway";
export { diffSnapshots } from "./diff";
export { takeSnapshot } from "./snapshot";
export { seedEmptyTables } from "./seed";
export type { ThrowawayPostgres } from "./postgres";

export interface RoundtripInput {
  project: AlembicProject;
  graph: RevisionGraph;
  /** Revision ids to check (out-of-scope ancestors are upgraded without checks). */
  scope: string[];
  settings: Settings;
  /** Interpreter with alembic importable (findPython). */
  python: string;
  onProgress?: (line: string) => void;
}

export interface RoundtripOutput {
  findings: Finding[];
  /** Present when the stairway ran. */
  report?: RoundtripReport;
  /** Why it did not run, one line (a roundtrip-unavailable finding says the same). */
  skipped?: string;
  /** Observations too small to report alone (see StairwayOutput.evidence): check() attaches them to lint findings. */
  evidence?: Finding[];
  /** Statements of the FIRST upgrade of each revision in scope: the "live" SQL tier. */
  captured: Map<string, CapturedStatement[]>;
}

export async function startThrowawayPostgres(opts: { postgresVersion?: number; databaseUrl?: string; allowRemote: boolean }): Promise<ThrowawayPostgres> {
  return startPostgres(opts);
}

export async function runRoundtrip(input: RoundtripInput): Promise<RoundtripOutput> {
  const { project, graph, settings } = input;
  const started = Date.now();
  // Once a signal has arrived, the server goes away under the run: what fails from then on is our cleanup's
  // doing, so it is neither reported nor shown as progress (see cleanup.ts).
  const onProgress = input.onProgress && ((line: string) => void (terminating() || input.onProgress!(line)));
  const scope = new Set(input.scope.filter((rev) => graph.byId.has(rev)));
  const captured = new Map<string, CapturedStatement[]>();
  const password = settings.databaseUrl ? safePassword(settings.databaseUrl) : undefined;
  const scrub = (text: string) => (password ? text.split(password).join("***") : text);
  const unavailable = (why: string): RoundtripOutput => {
    const line = scrub(why.split("\n")[0]);
    return {
      findings: applyRuleSettings(
        [
          {
            rule: "roundtrip-unavailable",
            severity: severityOf("roundtrip-unavailable"),
            message: `the round trip on PostgreSQL did not run: ${line}`,
            help: "Give it a database (--database-url, or PostgreSQL server binaries on PATH) and a Python with alembic (--python), or turn it off with --no-database.",
            file: relativePath(project.cwd, project.configPath),
            line: 1,
            docs: docsUrl("roundtrip-unavailable"),
          },
        ],
        settings,
      ),
      skipped: line,
      captured,
    };
  };
  if (scope.size === 0) return { findings: [], skipped: "no revisions in scope", captured };

  let pg: ThrowawayPostgres;
  try {
    pg = await startPostgres({ postgresVersion: settings.postgresVersion, databaseUrl: settings.databaseUrl, allowRemote: settings.allowRemoteDatabase, python: input.python });
  } catch (error) {
    if (terminating()) return untilTerminated();
    // A flag that asks for the impossible is the user's to fix (exit 2); a machine without PostgreSQL is a skip.
    if (error instanceof UsageError && error.message !== NO_POSTGRES_HELP) throw error;
    return unavailable((error as Error).message);
  }
  onProgress?.(`round trip on ${pg.server}`);

  let driver: Driver | undefined;
  const client = new Client(pg.clientConfig);
  client.on("error", () => undefined); // the server going away during a signal cleanup is expected
  const unregister = onTerminate(
    async () => {
      await driver?.close();
    },
    () => (driver ? "the Python driver" : undefined),
  );
  try {
    await client.connect();
    try {
      driver = await Driver.start({
        python: input.python,
        configPath: project.configPath,
        section: project.section,
        cwd: project.cwd,
        databaseUrl: pg.url,
        stepTimeoutMs: settings.stepTimeoutMs,
        versionLocations: project.versionLocations,
      });
    } catch (error) {
      if (error instanceof DriverStartError) return unavailable(error.message);
      throw error;
    }
    const result = await runStairway({
      driver,
      client,
      graph,
      scope,
      settings,
      cwd: project.cwd,
      majorVersion: pg.majorVersion,
      onProgress,
    });
    const findings = applyRuleSettings(
      result.findings.map((f) => ({ ...f, message: scrub(f.message) })),
      settings,
    );
    const evidence = result.evidence.map((f) => ({ ...f, message: scrub(f.message) }));
    // The live SQL tier is about the revisions in scope; the others were only a way to get there.
    for (const [rev, statements] of result.captured) if (scope.has(rev)) captured.set(rev, statements);
    return {
      findings,
      evidence,
      report: { server: pg.server, revisions: result.revisions, total_ms: Date.now() - started },
      captured,
    };
  } finally {
    unregister();
    await driver?.close().catch(() => undefined);
    await client.end().catch(() => undefined);
    if (terminating()) {
      await pg.close().catch(() => undefined);
      // Overrides the return or throw above: no report, no finding, no error line for a run we broke ourselves.
      await untilTerminated();
    }
    await pg.close();
  }
}

function severityOf(rule: string) {
  const s = roundtripRuleMeta(rule).defaultSeverity;
  return s === "off" ? "info" : s;
}

function safePassword(url: string): string | undefined {
  try {
    return parseDatabaseUrl(url).password;
  } catch {
    return undefined;
  }
}
