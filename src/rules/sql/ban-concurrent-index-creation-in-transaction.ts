import type { SqlRule } from "../types";
import type { PgNode } from "../../sql/types";

function concurrentIndexOperation(kind: string, body: PgNode): string | undefined {
  if (kind === "IndexStmt" && body.concurrent) return "CREATE INDEX CONCURRENTLY";
  if (kind === "DropStmt" && body.removeType === "OBJECT_INDEX" && body.concurrent) return "DROP INDEX CONCURRENTLY";
  if (kind === "ReindexStmt" && (body.params ?? []).some((p: PgNode) => p.DefElem?.defname === "concurrently")) return "REINDEX CONCURRENTLY";
  return undefined;
}

export const banConcurrentIndexCreationInTransaction: SqlRule = {
  meta: {
    id: "ban-concurrent-index-creation-in-transaction",
    family: "transactions",
    defaultSeverity: "error",
    summary: "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY inside a transaction: PostgreSQL refuses it.",
  },
  kinds: ["IndexStmt", "DropStmt", "ReindexStmt"],
  check(stmt) {
    if (!stmt.inTransaction) return [];
    const operation = concurrentIndexOperation(stmt.kind, stmt.body);
    if (!operation) return [];
    return [
      {
        message:
          `${operation} cannot run inside a transaction block, and this statement runs inside one (Alembic's migration transaction ` +
          `or an explicit BEGIN): PostgreSQL fails with "ERROR: ${operation} cannot run inside a transaction block" and the migration aborts`,
        help:
          "Run it in `with op.get_context().autocommit_block():`, e.g. op.create_index(..., postgresql_concurrently=True) " +
          "or op.drop_index(..., postgresql_concurrently=True) inside the block.",
        location: stmt.body.relation?.location,
      },
    ];
  },
};
