// The stairway: for each revision in scope, in topological order, snapshot S0 → upgrade → S1 → downgrade to
// its parent(s) → S0' → upgrade again → S1'. S0' must equal S0 and S1' must equal S1. Out-of-scope ancestors
// are upgraded first without checks. At the end `downgrade base` must leave nothing but alembic_version.
// What the database really did (table rewrites, ACCESS EXCLUSIVE locks) is reported as observed.
import type { Client } from "pg";
import type { RoundtripRevisionResult } from "../check/types";
import type { CapturedStatement, Driver, DriverError, StepResponse } from "../driver";
import { DriverCrashedError, DriverTimeoutError } from "../driver";
import { docsUrl, UsageError, type Finding } from "../findings";
import type { RevisionGraph } from "../graph";
import { relativePath } from "../revisions";
import { roundtripRuleMeta } from "../rules/catalog/roundtrip";
import type { Settings } from "../settings";
import { diffSnapshots, isEmptyDiff, type SnapshotDiff } from "./diff";
import { seedEmptyTables } from "./seed";
import { takeSnapshot, type CatalogObject, type Snapshot } from "./snapshot";

export interface StairwayInput {
  driver: Driver;
  /** A catalog connection to the same throwaway database. */
  client: Client;
  graph: RevisionGraph;
  /** Revision ids to check. */
  scope: ReadonlySet<string>;
  settings: Settings;
  /** Finding paths are relative to it. */
  cwd: string;
  majorVersion: number;
  onProgress?: (line: string) => void;
}

export interface StairwayOutput {
  findings: Finding[];
  /**
   * Observations too small to report on their own (a brief ACCESS EXCLUSIVE lock): check() uses their
   * `confirmed` text on the lint finding at the same op.* call, and drops them otherwise.
   */
  evidence: Finding[];
  revisions: RoundtripRevisionResult[];
  /** Statements of the first upgrade of each revision (every revision applied, in scope or not). */
  captured: Map<string, CapturedStatement[]>;
}

interface Location {
  file: string;
  line: number;
}

type StepOutcome =
  | { ok: true; ms: number; response: StepResponse }
  | { ok: false; ms: number; response?: StepResponse; error?: DriverError; fatal?: string };

const MAX_DIFF_FINDINGS = 25;

export async function runStairway(input: StairwayInput): Promise<StairwayOutput> {
  const { driver, client, graph, scope, settings, cwd } = input;
  const findings: Finding[] = [];
  const evidence: Finding[] = [];
  const revisions: RoundtripRevisionResult[] = [];
  const captured = new Map<string, CapturedStatement[]>();
  const downgradeStatements = new Map<string, CapturedStatement[]>();
  const confirmed = `confirmed on PostgreSQL ${input.majorVersion}`;

  const floor = settings.minimumDowngradeRevision;
  if (floor !== undefined && !graph.byId.has(floor)) {
    throw new UsageError(`minimum_downgrade_revision = "${floor}" is not a revision of this project (alembic history lists them)`);
  }
  const floorSet = floor ? new Set([floor, ...graph.ancestors(floor)]) : new Set<string>();

  const inScope = graph.order.filter((rev) => scope.has(rev));
  const needed = new Set<string>();
  for (const rev of inScope) {
    needed.add(rev);
    for (const a of graph.ancestors(rev)) needed.add(a);
  }

  const revLoc = (rev: string): Location => {
    const file = graph.byId.get(rev);
    return file ? { file: relativePath(cwd, file.file), line: file.line } : { file: relativePath(cwd, settings.config), line: 1 };
  };
  const stmtLoc = (stmt: CapturedStatement | undefined): Location | undefined =>
    stmt?.file && stmt.line ? { file: relativePath(cwd, stmt.file), line: stmt.line } : undefined;
  const make = (rule: string, message: string, help: string, loc: Location, extra: Partial<Finding> = {}): Finding => {
    const meta = roundtripRuleMeta(rule);
    return {
      rule,
      severity: meta.defaultSeverity === "off" ? "info" : meta.defaultSeverity,
      message,
      help,
      file: loc.file,
      line: loc.line,
      docs: docsUrl(rule),
      ...extra,
    };
  };

  const step = async (kind: "upgrade" | "downgrade", target: string, observeLocks = false): Promise<StepOutcome> => {
    const started = Date.now();
    try {
      const response = kind === "upgrade" ? await driver.upgrade(target, { observeLocks }) : await driver.downgrade(target);
      // Only the first run of a revision counts: the re-upgrade must not replace the "live" SQL of the first.
      const into = kind === "upgrade" ? captured : downgradeStatements;
      const fresh = new Map<string, CapturedStatement[]>();
      for (const s of response.statements) {
        if (!s.revision || into.has(s.revision)) continue;
        if (!fresh.has(s.revision)) fresh.set(s.revision, []);
        fresh.get(s.revision)!.push(s);
      }
      for (const [rev, list] of fresh) into.set(rev, list);
      const ms = Math.round(response.ms ?? Date.now() - started);
      if (response.ok) return { ok: true, ms, response };
      return { ok: false, ms, response, error: response.error };
    } catch (error) {
      if (error instanceof DriverTimeoutError || error instanceof DriverCrashedError) {
        return { ok: false, ms: Date.now() - started, fatal: error.message };
      }
      throw error;
    }
  };
  const applied = new Set<string>();
  const markApplied = (rev: string) => {
    applied.add(rev);
    for (const a of graph.ancestors(rev)) applied.add(a);
  };

  /** phase: "upgrade", "downgrade", "upgrade after downgrade"; during: the whole-history step it ran in, if any. */
  const failure = (phase: string, rev: string, outcome: Extract<StepOutcome, { ok: false }>, withRowsNote: boolean, during = ""): Finding => {
    if (outcome.fatal) {
      return make(
        "migration-failed",
        `${phase} of ${rev}${during} did not finish: ${outcome.fatal}. The round trip stopped here`,
        "A migration that hangs usually waits for a lock or loops over data; reproduce it with `alembic " +
          `${phase.startsWith("downgrade") ? "downgrade" : "upgrade"} ${rev}` +
          "` on a scratch database, and set a lock_timeout in the migration so it fails fast instead of waiting.",
        revLoc(rev),
      );
    }
    const e = outcome.error;
    const failingRev = e?.revision && graph.byId.has(e.revision) ? e.revision : rev;
    const cause = e ? `${e.type}${e.sqlstate ? ` (SQLSTATE ${e.sqlstate})` : ""}: ${oneLine(e.pg_message ?? e.message)}` : "the driver reported a failure without details";
    const rows = withRowsNote ? " — with one row in each table (--with-rows), as a production table has" : "";
    const tail = e?.traceback ? `\n${tracebackTail(e.traceback, e.file)}` : "";
    const loc = (e?.file && e.line ? { file: relativePath(cwd, e.file), line: e.line } : undefined) ?? revLoc(failingRev);
    return make("migration-failed", `${phase} of ${failingRev}${during} failed: ${cause}${rows}${tail}`, failureHelp(phase, failingRev, e), loc, { revision: failingRev });
  };

  let stopped = false;
  /** The downgrade chain is broken (irreversible or failing downgrade): no `downgrade base` at the end. */
  let downgradeBlocked: string | undefined;
  let last: Snapshot | undefined;
  // Alembic's bookkeeping table is not the migrations' schema; env.py may have given it its own name.
  const versionTable = driver.helloResponse?.version_table ?? "alembic_version";
  const snapshot = async () => takeSnapshot(client, { versionTable });
  const seed = async () => seedEmptyTables(client, { versionTable });
  const baseSnapshot = await snapshot();
  last = baseSnapshot;
  let floorSnapshot: Snapshot | undefined;

  for (const rev of graph.order) {
    if (!needed.has(rev)) continue;
    const checked = scope.has(rev) && !floorSet.has(rev);
    if (stopped) {
      if (scope.has(rev)) revisions.push({ revision: rev, upgrade_ms: 0, downgrade_ms: 0, result: "skipped" });
      continue;
    }
    if (applied.has(rev)) continue;

    if (!checked) {
      // Out of scope (or below minimum_downgrade_revision): just get there.
      if (settings.withRows) await seed();
      const up = await step("upgrade", rev);
      if (!up.ok) {
        findings.push(failure("upgrade", rev, up, settings.withRows));
        stopped = true;
        if (scope.has(rev)) revisions.push({ revision: rev, upgrade_ms: up.ms, downgrade_ms: 0, result: "failed" });
        continue;
      }
      markApplied(rev);
      last = undefined;
      if (rev === floor) floorSnapshot = await snapshot();
      if (scope.has(rev)) {
        revisions.push({ revision: rev, upgrade_ms: up.ms, downgrade_ms: 0, result: "skipped" });
        input.onProgress?.(`${rev}  upgrade ${up.ms} ms (below minimum_downgrade_revision: not downgraded)`);
      }
      continue;
    }

    if (settings.withRows) await seed();
    const s0 = last ?? (await snapshot());
    const up1 = await step("upgrade", rev, true);
    if (!up1.ok) {
      findings.push(failure("upgrade", rev, up1, settings.withRows));
      revisions.push({ revision: rev, upgrade_ms: up1.ms, downgrade_ms: 0, result: "failed" });
      input.onProgress?.(`${rev}  upgrade failed (${up1.ms} ms)`);
      stopped = true;
      continue;
    }
    markApplied(rev);
    const s1 = await snapshot();
    observed(rev, s0, s1, up1.response, captured.get(rev) ?? []);

    // Downgrade to the parent(s).
    const { target, lostHeads } = downgradeTarget(graph, rev, applied);
    const down = await step("downgrade", target);
    if (!down.ok) {
      if (down.error?.type === "NotImplementedError") {
        const loc = (down.error.file && down.error.line ? { file: relativePath(cwd, down.error.file), line: down.error.line } : undefined) ?? revLoc(rev);
        findings.push(
          make(
            "irreversible-migration",
            `downgrade of ${rev} raises NotImplementedError: this revision cannot be rolled back, so the round trip does not downgrade past it`,
            `If that is on purpose, set \`minimum_downgrade_revision = "${rev}"\` in [tool.alembic-guard] (or alembic-guard.toml) so the round trip checks downgrades only after it; otherwise write downgrade() so it undoes upgrade().`,
            loc,
            { revision: rev },
          ),
        );
        revisions.push({ revision: rev, upgrade_ms: up1.ms, downgrade_ms: down.ms, result: "irreversible" });
        input.onProgress?.(`${rev}  upgrade ${up1.ms} ms, downgrade not possible (NotImplementedError)`);
        downgradeBlocked ??= `downgrade of ${rev} raises NotImplementedError`;
        last = s1;
        continue;
      }
      findings.push(failure("downgrade", rev, down, settings.withRows));
      revisions.push({ revision: rev, upgrade_ms: up1.ms, downgrade_ms: down.ms, result: "failed" });
      input.onProgress?.(`${rev}  upgrade ${up1.ms} ms, downgrade failed`);
      if (down.fatal) stopped = true;
      downgradeBlocked ??= `downgrade of ${rev} failed`;
      last = undefined;
      continue;
    }
    applied.delete(rev);
    for (const head of lostHeads) {
      // A merge downgrade to one parent also took back other branches on it: put them back first.
      const again = await step("upgrade", head);
      if (again.ok) markApplied(head);
    }
    const s0again = await snapshot();
    const downDiff = diffSnapshots(s0, s0again);
    findings.push(...downgradeMismatch(rev, downDiff));

    const up2 = await step("upgrade", rev);
    if (!up2.ok) {
      findings.push(failure("upgrade after downgrade", rev, up2, settings.withRows));
      revisions.push({ revision: rev, upgrade_ms: up1.ms, downgrade_ms: down.ms, result: "failed" });
      input.onProgress?.(`${rev}  upgrade ${up1.ms} ms, downgrade ${down.ms} ms, upgrade again failed`);
      stopped = true;
      continue;
    }
    markApplied(rev);
    const s1again = await snapshot();
    const upDiff = diffSnapshots(s1, s1again);
    findings.push(...reupgradeMismatch(rev, upDiff));
    const mismatch = !isEmptyDiff(downDiff) || !isEmptyDiff(upDiff);
    revisions.push({ revision: rev, upgrade_ms: up1.ms, downgrade_ms: down.ms, result: mismatch ? "mismatch" : "ok" });
    input.onProgress?.(`${rev}  upgrade ${up1.ms} ms, downgrade ${down.ms} ms, upgrade again ${up2.ms} ms: ${mismatch ? "MISMATCH" : "ok"}`);
    last = s1again;
  }

  if (!stopped && settings.drift) await checkDrift();
  if (!stopped && !downgradeBlocked) await checkBaseLeftovers();
  else if (!stopped && downgradeBlocked) input.onProgress?.(`downgrade ${floor ?? "base"} not checked: ${downgradeBlocked}`);

  return { findings, evidence, revisions, captured };

  // ---------------------------------------------------------------------------------------------------------

  async function checkDrift(): Promise<void> {
    const up = await step("upgrade", "heads");
    if (!up.ok) {
      findings.push(failure("upgrade", up.error?.revision ?? graph.heads[0] ?? "heads", up, settings.withRows, " (during `alembic upgrade heads` for the drift check)"));
      stopped = true;
      return;
    }
    for (const h of graph.heads) markApplied(h);
    const drift = await driver.checkDrift().catch((error: Error) => ({ ok: false, ms: 0, diffs: [], error: { type: error.name, message: error.message, traceback: "" } }));
    const head = graph.heads.find((h) => scope.has(h)) ?? graph.heads[0];
    const loc = head ? revLoc(head) : { file: relativePath(cwd, settings.config), line: 1 };
    if (!drift.ok) {
      findings.push(
        make(
          "model-drift",
          `could not compare the models with the migrated database: ${drift.error ? `${drift.error.type}: ${oneLine(drift.error.message)}` : "unknown error"}`,
          "env.py must pass the models' MetaData as target_metadata to context.configure() for the drift check.",
          loc,
        ),
      );
      return;
    }
    for (const diff of drift.diffs) {
      findings.push(
        make(
          "model-drift",
          `the migrated database differs from the models (${diff.kind}): ${diff.description}`,
          "Write a revision for it (`alembic revision --autogenerate -m ...`, then review it), or change the models to match the migrations.",
          loc,
          head ? { revision: head } : {},
        ),
      );
    }
  }

  async function checkBaseLeftovers(): Promise<void> {
    const target = floor ?? "base";
    const reference = floor ? floorSnapshot : baseSnapshot;
    if (!reference) {
      input.onProgress?.(`downgrade ${target} not checked: no snapshot of the database at ${target}`);
      return;
    }
    const down = await step("downgrade", target);
    if (!down.ok) {
      if (down.error?.type === "NotImplementedError") {
        const rev = down.error.revision ?? "?";
        if (!findings.some((f) => f.rule === "irreversible-migration" && f.revision === rev)) {
          const loc = (down.error.file && down.error.line ? { file: relativePath(cwd, down.error.file), line: down.error.line } : undefined) ?? revLoc(rev);
          findings.push(
            make(
              "irreversible-migration",
              `downgrade of ${rev} raises NotImplementedError: \`alembic downgrade ${target}\` cannot get past it`,
              `If that is on purpose, set \`minimum_downgrade_revision = "${rev}"\` in [tool.alembic-guard]; otherwise write downgrade() so it undoes upgrade().`,
              loc,
              { revision: rev },
            ),
          );
        }
        return;
      }
      findings.push(failure("downgrade", down.error?.revision ?? inScope[inScope.length - 1], down, settings.withRows, ` (during \`alembic downgrade ${target}\`)`));
      return;
    }
    const after = await snapshot();
    const diff = diffSnapshots(reference, after);
    const everyRevisionInScope = [...needed].every((r) => scope.has(r) || floorSet.has(r));
    let reported = 0;
    for (const object of diff.added) {
      const origin = whereCreated(object, [...applied, ...needed]);
      if (origin && !scope.has(origin.rev)) continue; // left behind by a revision this change does not touch
      if (!origin && !everyRevisionInScope) continue;
      if (reported++ >= MAX_DIFF_FINDINGS) break;
      const loc = origin?.loc ?? revLoc(inScope[inScope.length - 1]);
      findings.push(
        make(
          "downgrade-base-leftovers",
          `${object.kind} \`${object.name}\` is left behind by \`alembic downgrade ${target}\`${origin ? ` (created by ${origin.rev} at ${origin.loc.file}:${origin.loc.line})` : ""}`,
          dropHelp(object),
          loc,
          origin ? { revision: origin.rev } : {},
        ),
      );
    }
    for (const object of diff.removed) {
      if (!everyRevisionInScope || reported++ >= MAX_DIFF_FINDINGS) break;
      findings.push(
        make(
          "downgrade-base-leftovers",
          `${object.kind} \`${object.name}\` existed before any migration and is gone after \`alembic downgrade ${target}\`: a downgrade dropped something it did not create`,
          "downgrade() must only undo what its upgrade() did; drop objects the migrations created, nothing else.",
          revLoc(inScope[0]),
        ),
      );
    }
    input.onProgress?.(`downgrade ${target}: ${diff.added.length + diff.removed.length === 0 ? "nothing left behind" : `${diff.added.length} object(s) left behind`}`);
  }

  function whereCreated(object: CatalogObject, revs: string[]): { rev: string; loc: Location } | undefined {
    for (const rev of graph.order) {
      if (!revs.includes(rev)) continue;
      const stmt = findStatement(captured.get(rev) ?? [], object.ident, /^\s*(CREATE|ALTER)\b/i);
      if (stmt) return { rev, loc: stmtLoc(stmt) ?? revLoc(rev) };
    }
    return undefined;
  }

  function downgradeMismatch(rev: string, diff: SnapshotDiff): Finding[] {
    const out: Finding[] = [];
    const up = captured.get(rev) ?? [];
    const down = downgradeStatements.get(rev) ?? [];
    for (const object of diff.added) {
      const stmt = findStatement(up, object.ident, /^\s*(CREATE|ALTER)\b/i);
      const loc = stmtLoc(stmt);
      out.push(
        make(
          "downgrade-mismatch",
          `${object.kind} \`${object.name}\` still exists after downgrade of ${rev}${loc ? ` (created at ${loc.file}:${loc.line})` : ""}`,
          dropHelp(object),
          loc ?? revLoc(rev),
          { revision: rev, ...(stmt ? { sql: stmt.sql } : {}) },
        ),
      );
    }
    for (const object of diff.removed) {
      const stmt = findStatement(down, object.ident, /^\s*(DROP|ALTER)\b/i) ?? findStatement(up, object.ident, /^\s*(DROP|ALTER)\b/i);
      const loc = stmtLoc(stmt);
      out.push(
        make(
          "downgrade-mismatch",
          `${object.kind} \`${object.name}\` existed before the upgrade of ${rev} and is missing after its downgrade${loc ? ` (dropped at ${loc.file}:${loc.line})` : ""}`,
          "downgrade() must put back exactly what upgrade() dropped (and drop nothing it did not create).",
          loc ?? revLoc(rev),
          { revision: rev, ...(stmt ? { sql: stmt.sql } : {}) },
        ),
      );
    }
    for (const change of diff.changed) {
      const stmt = findStatement(up, change.after.ident, /^\s*ALTER\b/i) ?? findStatement(up, change.after.ident, /./);
      const loc = stmtLoc(stmt);
      out.push(
        make(
          "downgrade-mismatch",
          `${change.after.kind} \`${change.after.name}\` is not restored by the downgrade of ${rev}: ${change.changes.map((c) => c.replace(" → ", " before the upgrade → ") + " after the downgrade").join("; ")}${loc ? ` (changed at ${loc.file}:${loc.line})` : ""}`,
          "downgrade() must restore the object exactly as it was before upgrade(): same type, nullability, default, definition.",
          loc ?? revLoc(rev),
          { revision: rev, ...(stmt ? { sql: stmt.sql } : {}) },
        ),
      );
    }
    return out.slice(0, MAX_DIFF_FINDINGS);
  }

  function reupgradeMismatch(rev: string, diff: SnapshotDiff): Finding[] {
    const out: Finding[] = [];
    const help =
      "The second upgrade starts from what the downgrade left: make downgrade() undo upgrade() exactly, and avoid CREATE ... IF NOT EXISTS and data-dependent DDL that hide the difference.";
    const push = (object: CatalogObject, text: string) =>
      out.push(make("reupgrade-mismatch", `${object.kind} \`${object.name}\` ${text}`, help, stmtLoc(findStatement(captured.get(rev) ?? [], object.ident, /./)) ?? revLoc(rev), { revision: rev }));
    for (const object of diff.added) push(object, `exists after upgrading ${rev} a second time (after its downgrade) but not after the first upgrade`);
    for (const object of diff.removed) push(object, `exists after the first upgrade of ${rev} but not after the second one (after its downgrade)`);
    for (const change of diff.changed) {
      push(change.after, `differs between the first and the second upgrade of ${rev}: ${change.changes.map((c) => c.replace(" → ", " (first) → ") + " (second)").join("; ")}`);
    }
    return out.slice(0, MAX_DIFF_FINDINGS);
  }

  /**
   * What the database really did. A table rewrite is always reported. An ACCESS EXCLUSIVE lock is reported on
   * its own only when it matters (the table was also rewritten, or the lock was held while at least
   * LOCK_HELD_REPORT_MS of statements ran); a brief one is kept as evidence, which check() attaches to the lint
   * finding at the same op.* call.
   */
  function observed(rev: string, s0: Snapshot, s1: Snapshot, response: StepResponse, statements: CapturedStatement[]): void {
    if (!scope.has(rev)) return;
    const rewritten = new Set<string>();
    for (const [table, after] of s1.storage) {
      const before = s0.storage.get(table);
      if (!before || before.oid !== after.oid || before.relfilenode === after.relfilenode) continue;
      rewritten.add(table);
      const stmt = findTableStatement(statements, table, /^\s*(ALTER\s+TABLE|CLUSTER|VACUUM\s+FULL|TRUNCATE|REFRESH)\b/i);
      const loc = stmtLoc(stmt);
      findings.push(
        make(
          "table-rewrite-observed",
          `upgrade of ${rev} rewrote table \`${displayTable(table)}\` (it got new storage)${stmt ? `: \`${oneLine(stmt.sql, 100)}\`` : ""}; on a large table that copies every row while holding an ACCESS EXCLUSIVE lock`,
          "Avoid the rewrite: add columns without a volatile default, change a type only to a binary-compatible one (varchar(n) → text, a larger varchar), or add a new column, backfill it in batches and switch over in a later revision.",
          loc ?? revLoc(rev),
          { revision: rev, confirmed: `${confirmed}: table \`${displayTable(table)}\` rewritten (new storage)`, ...(stmt ? { sql: stmt.sql } : {}) },
        ),
      );
    }
    const seen = new Set<string>();
    for (const commit of response.locks ?? []) {
      for (const lock of commit.locks) {
        if (lock.mode !== "AccessExclusiveLock" || seen.has(lock.relation) || !s0.storage.has(lock.relation)) continue;
        seen.add(lock.relation);
        const stmt = findTableStatement(statements, lock.relation, /^\s*(ALTER|DROP|TRUNCATE|LOCK|CLUSTER|VACUUM|REINDEX|REFRESH|CREATE\s+TRIGGER)\b/i);
        const loc = stmtLoc(stmt);
        const heldMs = lockHeldMs(statements, stmt);
        const long = heldMs >= LOCK_HELD_REPORT_MS;
        const table = displayTable(lock.relation);
        const observation = make(
          "access-exclusive-lock-observed",
          `upgrade of ${rev} held an ACCESS EXCLUSIVE lock on existing table \`${table}\` until commit${stmt ? `, taken by \`${oneLine(stmt.sql, 100)}\`` : ""}${long ? `, while ${Math.round(heldMs)} ms of statements ran` : ""}: every read and write of the table waits for the migration`,
          "Keep that transaction short: set a lock_timeout first (op.execute(\"SET lock_timeout = '5s'\")) so the migration fails fast instead of queueing traffic behind it, and keep slow work (backfills, index builds) out of it.",
          loc ?? revLoc(rev),
          { revision: rev, confirmed: `${confirmed}: ACCESS EXCLUSIVE lock on \`${table}\` held ${long ? `for ${Math.round(heldMs)} ms ` : ""}until commit`, ...(stmt ? { sql: stmt.sql } : {}) },
        );
        (long || rewritten.has(lock.relation) ? findings : evidence).push(observation);
      }
    }
  }
}

/**
 * An ACCESS EXCLUSIVE lock held for less than this (the statement that took it plus the statements after it
 * until commit) is not reported on its own: a metadata-only ALTER holds it for microseconds.
 * rules/access-exclusive-lock-observed.md documents the number.
 */
export const LOCK_HELD_REPORT_MS = 50;

/**
 * How long the statements ran while the lock was held: the one that took it (or, when it is unknown, the
 * transaction's first) and every later one until the transaction commits (an autocommit_block() commits it).
 * Python time between statements is not counted, so this is a lower bound.
 */
export function lockHeldMs(statements: readonly CapturedStatement[], taker: CapturedStatement | undefined): number {
  const start = taker ? statements.indexOf(taker) : statements.findIndex((s) => s.in_transaction && !s.bookkeeping);
  if (start < 0) return 0;
  let ms = statements[start].ms ?? 0;
  if (!statements[start].in_transaction) return ms;
  for (let i = start + 1; i < statements.length && statements[i].in_transaction; i++) ms += statements[i].ms ?? 0;
  return ms;
}

/** Where to downgrade to so that exactly `rev` is taken back. */
export function downgradeTarget(graph: RevisionGraph, rev: string, applied: ReadonlySet<string>): { target: string; lostHeads: string[] } {
  const parents = graph.parents(rev);
  // `<rev>@-1` steps back along rev's own branch only; a plain parent id would also take back sibling branches.
  if (parents.length <= 1) return { target: `${rev}@-1`, lostHeads: [] };
  // A merge has no unambiguous "-1" (Alembic: "Ambiguous walk"): downgrade to one parent, which takes back
  // every applied revision above that parent. Pick a parent nothing else applied sits on.
  const others = [...applied].filter((r) => r !== rev);
  const descendantsOf = (p: string) => others.filter((r) => graph.ancestors(r).has(p));
  const clean = parents.find((p) => descendantsOf(p).length === 0);
  if (clean) return { target: clean, lostHeads: [] };
  const lost = descendantsOf(parents[0]);
  const heads = lost.filter((r) => !lost.some((o) => o !== r && graph.ancestors(o).has(r)));
  return { target: parents[0], lostHeads: heads };
}

/** The migration's own frame (the op.* call), then the exception line that ends the traceback. */
function tracebackTail(traceback: string, file: string | undefined): string {
  const lines = traceback.trimEnd().split("\n");
  let lastFrame = -1;
  lines.forEach((l, i) => {
    if (/^\s*File "/.test(l)) lastFrame = i;
  });
  // The exception line is the first unindented line after the last frame (SQLAlchemy adds [SQL: ...] lines after it).
  const exception = lines.slice(lastFrame + 1).find((l) => /^\S/.test(l)) ?? lines[lines.length - 1];
  const at = file ? lines.findIndex((l) => l.includes(`File "${file}"`)) : -1;
  const own = at >= 0 ? lines.slice(at, at + 2) : lines.slice(Math.max(0, lastFrame), lastFrame + 2);
  return [...own, ...(at >= 0 && at < lastFrame ? ["  ..."] : []), exception].join("\n");
}

function oneLine(text: string, max = 300): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}

const displayTable = (qualified: string) => (qualified.startsWith("public.") ? qualified.slice("public.".length) : qualified);

function identifierPattern(ident: string): RegExp {
  const escaped = ident.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w$])"?${escaped}"?($|[^\\w$])`, "i");
}

/** The first statement (user's, not bookkeeping) naming ident, preferring those whose SQL matches `prefer`. */
function findStatement(statements: CapturedStatement[], ident: string, prefer: RegExp): CapturedStatement | undefined {
  const pattern = identifierPattern(ident);
  const named = statements.filter((s) => !s.bookkeeping && pattern.test(s.sql));
  return named.find((s) => prefer.test(s.sql)) ?? named[0];
}

function findTableStatement(statements: CapturedStatement[], qualified: string, prefer: RegExp): CapturedStatement | undefined {
  const name = qualified.includes(".") ? qualified.slice(qualified.indexOf(".") + 1) : qualified;
  return findStatement(statements, name, prefer);
}

function dropHelp(object: CatalogObject): string {
  const n = object.ident;
  switch (object.kind) {
    case "enum type":
      return `op.drop_table() does not drop the enum types its columns use: in downgrade(), after dropping the table, add \`sa.Enum(name="${n}").drop(op.get_bind(), checkfirst=False)\` or \`op.execute("DROP TYPE ${n}")\`.`;
    case "table":
    case "partitioned table":
      return `Drop it in downgrade(): \`op.drop_table("${n}")\`.`;
    case "column":
      return `Drop it in downgrade(): \`op.drop_column("<table>", "${n}")\`.`;
    case "index":
      return `Drop it in downgrade(): \`op.drop_index("${n}", table_name="<table>")\`.`;
    case "constraint":
      return `Drop it in downgrade(): \`op.drop_constraint("${n}", "<table>")\`.`;
    case "sequence":
      return `Drop it in downgrade(): \`op.execute("DROP SEQUENCE ${n}")\`.`;
    case "extension":
      return `Drop it in downgrade() if this migration is the one that created it: \`op.execute("DROP EXTENSION ${n}")\` (or create it outside the migrations).`;
    default: {
      const keyword: Record<string, string> = {
        view: "VIEW",
        "materialized view": "MATERIALIZED VIEW",
        "foreign table": "FOREIGN TABLE",
        domain: "DOMAIN",
        "composite type": "TYPE",
        "range type": "TYPE",
        function: "FUNCTION",
        procedure: "PROCEDURE",
        aggregate: "AGGREGATE",
        schema: "SCHEMA",
      };
      if (object.kind === "trigger") return `Drop it in downgrade(): \`op.execute("DROP TRIGGER ${object.name.replace(" on ", " ON ")}")\`.`;
      const what = ["function", "procedure", "aggregate"].includes(object.kind) ? object.name : n;
      return `Drop it in downgrade(): \`op.execute("DROP ${keyword[object.kind] ?? object.kind.toUpperCase()} ${what}")\`.`;
    }
  }
}

function failureHelp(phase: string, rev: string, e: DriverError | undefined): string {
  const again = phase === "upgrade after downgrade" ? " The first upgrade worked, so the downgrade left something behind that the second upgrade trips over; make downgrade() undo upgrade() exactly." : "";
  switch (e?.sqlstate) {
    case "23502":
      return `The table already has rows: add the column nullable or with a server_default, backfill it (op.execute("UPDATE ...")), then op.alter_column(..., nullable=False), in separate steps on a large table.${again}`;
    case "42710":
    case "42P07":
    case "42701":
      return `An object with that name already exists at this point.${again || " Check what earlier revisions create and what their downgrades leave behind."}`;
    case "22P02":
    case "22007":
    case "22008":
    case "23514":
    case "23505":
    case "23503":
      return `Existing data does not fit: clean or convert it first (a USING expression that handles every existing value, NULLs included), or validate in a separate step.${again}`;
    case "42P01":
    case "42703":
    case "42704":
      return `The migration refers to an object that does not exist at this point: check the down_revision order and what earlier downgrades drop.${again}`;
    case "25001":
      return `This statement cannot run inside a transaction: wrap it in \`with op.get_context().autocommit_block():\`.${again}`;
    default:
      return `Reproduce it with \`alembic ${phase.startsWith("downgrade") ? "downgrade" : "upgrade"} ${rev}\` against a scratch database and fix the migration.${again}`;
  }
}
