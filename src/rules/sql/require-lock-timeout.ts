import type { SqlRule } from "../types";
import type { LintContext } from "../../sql/types";
import { LOCKING_KINDS, blocksWrites, lockTargetLabel, strongestLock, uncoveredRuns, unitLocks } from "./util-locks";

/** Statements that request a write-blocking lock on an existing table with no lock_timeout: first of each run. */
function runs(ctx: LintContext): Map<number, number> {
  return ctx.memo("require-lock-timeout.runs", () => {
    const locks = unitLocks(ctx);
    return uncoveredRuns(ctx, "lock_timeout", (i) => {
      const lock = strongestLock(locks[i]);
      return lock !== undefined && blocksWrites(lock.mode);
    });
  });
}

export const requireLockTimeout: SqlRule = {
  meta: {
    id: "require-lock-timeout",
    family: "locks",
    defaultSeverity: "warning",
    summary: "A statement that takes a write-blocking lock on an existing table runs without SET lock_timeout: while it waits for the lock, every query queues behind it.",
  },
  kinds: LOCKING_KINDS,
  // Only the first statement of each run is reported.
  reportsOn: (ctx) => runs(ctx),
  check(stmt, ctx) {
    const more = runs(ctx).get(stmt.index);
    if (more === undefined) return [];
    const lock = strongestLock(unitLocks(ctx)[stmt.index])!;
    const zero = ctx.timeoutMillisBefore("lock_timeout", stmt.index) === 0;
    const also = more > 0 ? ` (so ${more === 1 ? "does 1 more statement" : `do ${more} more statements`} after it)` : "";
    return [
      {
        message:
          `${lock.mode} lock on ${lockTargetLabel(lock)} is requested with ${zero ? "lock_timeout = 0 (wait forever)" : "no lock_timeout"}${also}: ` +
          "if any long query or open transaction holds the table, this statement waits — and every read and write on the table queues behind it",
        help:
          "Start the migration with op.execute(\"SET lock_timeout = '5s'\") (or SET LOCAL inside the transaction) so it fails fast " +
          "instead of stalling traffic, and retry the deploy. If env.py already sets it for every migration (SQL lint cannot see env.py), " +
          'turn this rule off in alembic-guard.toml: [rules] "require-lock-timeout" = "off".',
        location: lock.location,
      },
    ];
  },
};
