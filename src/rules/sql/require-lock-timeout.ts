import type { SqlRule } from "../types";
import type { LintContext, Statement } from "../../sql/types";
import { LOCKING_KINDS, blocksWrites, lockTargetLabel, strongestLock, transactionIdOf, unitLocks } from "./util-locks";

const firstPerTransaction = new WeakMap<readonly Statement[], Set<number>>();

/**
 * Statements that take a write-blocking lock on an existing table with no lock_timeout in force. Only the first
 * such statement of each transaction is reported: one SET at the top of it fixes all of them.
 */
function reportedStatements(ctx: LintContext): Set<number> {
  let reported = firstPerTransaction.get(ctx.statements);
  if (reported) return reported;
  reported = new Set();
  const seenTransactions = new Set<number>();
  const locks = unitLocks(ctx);
  for (const s of ctx.statements) {
    const lock = strongestLock(locks[s.index]);
    if (!lock || !blocksWrites(lock.mode)) continue;
    const timeout = ctx.timeoutMillisBefore("lock_timeout", s.index);
    if (timeout !== undefined && timeout > 0) continue;
    const tx = transactionIdOf(ctx, s.index);
    if (seenTransactions.has(tx)) continue;
    seenTransactions.add(tx);
    reported.add(s.index);
  }
  firstPerTransaction.set(ctx.statements, reported);
  return reported;
}

export const requireLockTimeout: SqlRule = {
  meta: {
    id: "require-lock-timeout",
    family: "locks",
    defaultSeverity: "warning",
    summary: "A statement that takes a write-blocking lock on an existing table runs without SET lock_timeout: while it waits for the lock, every query queues behind it.",
  },
  kinds: LOCKING_KINDS,
  check(stmt, ctx) {
    if (!reportedStatements(ctx).has(stmt.index)) return [];
    const lock = strongestLock(unitLocks(ctx)[stmt.index])!;
    const zero = ctx.timeoutMillisBefore("lock_timeout", stmt.index) === 0;
    return [
      {
        message:
          `${lock.mode} lock on ${lockTargetLabel(lock)} is requested with ${zero ? "lock_timeout = 0 (wait forever)" : "no lock_timeout"}: ` +
          "if any long query or open transaction holds the table, this statement waits — and every read and write on the table queues behind it",
        help:
          "Start the migration with op.execute(\"SET lock_timeout = '5s'\") (or SET LOCAL inside the transaction) so it fails fast " +
          "instead of stalling traffic, and retry the deploy.",
        location: lock.location,
      },
    ];
  },
};
