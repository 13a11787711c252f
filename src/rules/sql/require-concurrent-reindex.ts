import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";
import { indexOnTableCreatedEarlier, reindexIsConcurrent } from "./util-locks";

const WHAT: Record<string, string> = {
  REINDEX_OBJECT_INDEX: "index",
  REINDEX_OBJECT_TABLE: "table",
  REINDEX_OBJECT_SCHEMA: "schema",
  REINDEX_OBJECT_DATABASE: "database",
};

export const requireConcurrentReindex: SqlRule = {
  meta: {
    id: "require-concurrent-reindex",
    family: "locks",
    defaultSeverity: "error",
    summary: "REINDEX without CONCURRENTLY blocks writes to the table (and reads through the index) for the whole rebuild.",
    minPgVersion: 12,
  },
  kinds: ["ReindexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "ReindexStmt" || reindexIsConcurrent(stmt.body)) return [];
    const kind = WHAT[stmt.body.kind];
    // REINDEX SYSTEM cannot run concurrently: nothing better to suggest.
    if (!kind) return [];
    const relation = stmt.body.relation;
    if (relation) {
      const name = qualifiedRelation(relation);
      if (kind === "table" && ctx.tableCreatedEarlier(name, stmt.index)) return [];
      if (kind === "index" && indexOnTableCreatedEarlier(ctx, name, stmt.index)) return [];
    }
    const target = relation ? `${kind} \`${displayName(qualifiedRelation(relation))}\`` : `${kind} \`${stmt.body.name ?? "(current)"}\``;
    return [
      {
        message:
          `REINDEX of ${target} without CONCURRENTLY: it holds a SHARE lock on each table (blocking INSERT, UPDATE, DELETE) ` +
          "and an ACCESS EXCLUSIVE lock on each index (blocking queries that use it) until the rebuild finishes",
        help:
          "Use REINDEX ... CONCURRENTLY via op.execute() inside `with op.get_context().autocommit_block():` " +
          "(it cannot run in a transaction; PostgreSQL 12+).",
        location: relation?.location,
      },
    ];
  },
};
