import type { SqlRule } from "../types";
import { lastTransactionEndOf, opensTransaction } from "./util-transactions";

export const banUncommittedTransaction: SqlRule = {
  meta: {
    id: "ban-uncommitted-transaction",
    family: "transactions",
    defaultSeverity: "error",
    summary: "An explicit BEGIN with no COMMIT before the end of the file or revision: the work is rolled back when the session ends.",
  },
  kinds: ["TransactionStmt"],
  check(stmt, ctx) {
    if (!opensTransaction(stmt)) return [];
    // When the unit itself starts inside a transaction (Alembic's, or --assume-in-transaction), whoever opened that
    // transaction commits at the end; a BEGIN after an early COMMIT is transaction-nesting's finding, not this one.
    if (ctx.statements[0]?.inTransaction) return [];
    const closed = lastTransactionEndOf(ctx) > stmt.index;
    if (closed) return [];
    return [
      {
        message:
          "this BEGIN is never committed: nothing after it is durable, and when the session ends (psql reaching the end of the file, " +
          "a pooled connection being reset) PostgreSQL silently rolls all of it back",
        help:
          "Add COMMIT at the end of the transaction, or drop BEGIN altogether and let Alembic manage the transaction " +
          "(it runs each migration in one and commits it).",
        location: stmt.body.location >= 0 ? stmt.body.location : undefined,
      },
    ];
  },
};
