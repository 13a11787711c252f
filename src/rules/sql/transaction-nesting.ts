import type { SqlRule } from "../types";
import { explicitBeginOf, isBegin, isTransactionEnd } from "./util-transactions";

export const transactionNesting: SqlRule = {
  meta: {
    id: "transaction-nesting",
    family: "transactions",
    defaultSeverity: "error",
    summary: "BEGIN inside an open transaction, or COMMIT/ROLLBACK of the transaction Alembic opened for the migration.",
  },
  kinds: ["TransactionStmt"],
  check(stmt, ctx) {
    if (!stmt.inTransaction) return [];
    if (isBegin(stmt)) {
      const outer = explicitBeginOf(ctx, stmt.index);
      const which =
        outer !== undefined
          ? `the transaction opened by the BEGIN at line ${ctx.statements[outer].line}`
          : "the migration's transaction (Alembic runs every migration inside one)";
      return [
        {
          message:
            `BEGIN inside ${which}: PostgreSQL ignores it with "WARNING: there is already a transaction in progress", ` +
            "so the COMMIT meant to close it ends the outer transaction early and the rest of the migration runs without one",
          help:
            "Remove BEGIN/COMMIT from the migration: Alembic opens and commits the transaction itself. " +
            "For statements that must run outside it (CREATE INDEX CONCURRENTLY, ...), use `with op.get_context().autocommit_block():`.",
          location: stmt.body.location >= 0 ? stmt.body.location : undefined,
        },
      ];
    }
    // A COMMIT/ROLLBACK that closes an explicit BEGIN of the same unit is that unit's own business.
    if (isTransactionEnd(stmt) && explicitBeginOf(ctx, stmt.index) === undefined) {
      const verb = stmt.body.kind === "TRANS_STMT_ROLLBACK" ? "ROLLBACK discards the migration's earlier statements and ends" : `${stmt.body.kind === "TRANS_STMT_PREPARE" ? "PREPARE TRANSACTION" : "COMMIT"} ends`;
      return [
        {
          message:
            `${verb} the transaction Alembic opened for the migration: everything after it runs in autocommit, so a later failure ` +
            "leaves the migration half applied, and alembic_version is no longer updated atomically with the schema change",
          help:
            "Do not issue COMMIT/ROLLBACK from a migration. To run statements outside the transaction " +
            "(CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE before PostgreSQL 12), wrap them in " +
            "`with op.get_context().autocommit_block():`.",
          location: stmt.body.location >= 0 ? stmt.body.location : undefined,
        },
      ];
    }
    return [];
  },
};
