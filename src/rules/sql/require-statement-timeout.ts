import type { SqlRule } from "../types";
import type { LintContext } from "../../sql/types";
import { LOCKING_KINDS, blocksWrites, lockPhrase, lockTargetLabel, uncoveredRuns, unitLocks, type TableLock } from "./util-locks";

const WORK_TEXT: Record<string, string> = {
  scan: "scans every row of",
  rewrite: "rewrites",
  "index-build": "builds an index over all of",
};

/** The lock held while the statement does work proportional to the table's size (scan, rewrite, index build). */
function heavyLock(locks: readonly TableLock[]): TableLock | undefined {
  // Asked for every locking statement of the unit: a loop, no callback.
  for (let i = 0; i < locks.length; i++) if (blocksWrites(locks[i].mode) && locks[i].work !== "catalog") return locks[i];
  return undefined;
}

/** Heavy statements (scan, rewrite, index build under a write-blocking lock) with no statement_timeout: first of each run. */
function runs(ctx: LintContext): Map<number, number> {
  return ctx.memo("require-statement-timeout.runs", () => {
    const locks = unitLocks(ctx);
    return uncoveredRuns(ctx, "statement_timeout", (i) => heavyLock(locks[i]) !== undefined);
  });
}

export const requireStatementTimeout: SqlRule = {
  meta: {
    id: "require-statement-timeout",
    family: "locks",
    defaultSeverity: "warning",
    summary: "A statement that scans, rewrites or indexes an existing table while blocking its writes runs without SET statement_timeout.",
  },
  kinds: LOCKING_KINDS,
  // Only the first statement of each run is reported.
  reportsOn: (ctx) => runs(ctx),
  check(stmt, ctx) {
    const more = runs(ctx).get(stmt.index);
    if (more === undefined) return [];
    const lock = heavyLock(unitLocks(ctx)[stmt.index])!;
    const also = more > 0 ? ` (as ${more === 1 ? "does 1 more statement" : `do ${more} more statements`} after it)` : "";
    return [
      {
        message:
          `this statement ${WORK_TEXT[lock.work]} ${lockTargetLabel(lock)} while holding ${lockPhrase(lock.mode)}, with no statement_timeout${also}: ` +
          "nothing bounds how long reads or writes on it stay blocked",
        help:
          "Set an upper bound before it, e.g. op.execute(\"SET statement_timeout = '30s'\"), so an unexpectedly large table fails the " +
          "migration instead of blocking production; better, use the non-blocking form the other findings suggest. If env.py already sets it " +
          'for every migration (SQL lint cannot see env.py), turn this rule off in alembic-guard.toml: [rules] "require-statement-timeout" = "off".',
        location: lock.location,
      },
    ];
  },
};
