import type { SqlRule } from "../types";
import type { LintContext, Statement } from "../../sql/types";
import { LOCKING_KINDS, blocksWrites, lockPhrase, lockTargetLabel, transactionIdOf, unitLocks, type TableLock } from "./util-locks";

const WORK_TEXT: Record<string, string> = {
  scan: "scans every row of",
  rewrite: "rewrites",
  "index-build": "builds an index over all of",
};

/** The lock held while the statement does work proportional to the table's size (scan, rewrite, index build). */
function heavyLock(locks: readonly TableLock[]): TableLock | undefined {
  return locks.find((l) => blocksWrites(l.mode) && l.work !== "catalog");
}

const firstPerTransaction = new WeakMap<readonly Statement[], Set<number>>();

function reportedStatements(ctx: LintContext): Set<number> {
  let reported = firstPerTransaction.get(ctx.statements);
  if (reported) return reported;
  reported = new Set();
  const seenTransactions = new Set<number>();
  const locks = unitLocks(ctx);
  for (const s of ctx.statements) {
    if (!heavyLock(locks[s.index])) continue;
    const timeout = ctx.timeoutMillisBefore("statement_timeout", s.index);
    if (timeout !== undefined && timeout > 0) continue;
    const tx = transactionIdOf(ctx, s.index);
    if (seenTransactions.has(tx)) continue;
    seenTransactions.add(tx);
    reported.add(s.index);
  }
  firstPerTransaction.set(ctx.statements, reported);
  return reported;
}

export const requireStatementTimeout: SqlRule = {
  meta: {
    id: "require-statement-timeout",
    family: "locks",
    defaultSeverity: "warning",
    summary: "A statement that scans, rewrites or indexes an existing table while blocking its writes runs without SET statement_timeout.",
  },
  kinds: LOCKING_KINDS,
  check(stmt, ctx) {
    if (!reportedStatements(ctx).has(stmt.index)) return [];
    const lock = heavyLock(unitLocks(ctx)[stmt.index])!;
    return [
      {
        message:
          `this statement ${WORK_TEXT[lock.work]} ${lockTargetLabel(lock)} while holding ${lockPhrase(lock.mode)}, with no statement_timeout: ` +
          "nothing bounds how long reads or writes on it stay blocked",
        help:
          "Set an upper bound before it, e.g. op.execute(\"SET statement_timeout = '30s'\"), so an unexpectedly large table fails the " +
          "migration instead of blocking production; better, use the non-blocking form the other findings suggest.",
        location: lock.location,
      },
    ];
  },
};
