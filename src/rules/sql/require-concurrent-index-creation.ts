import type { SqlRule } from "../types";
import { qualifiedRelation } from "../../sql/names";

export const requireConcurrentIndexCreation: SqlRule = {
  meta: {
    id: "require-concurrent-index-creation",
    family: "locks",
    defaultSeverity: "error",
    summary: "CREATE INDEX on an existing table without CONCURRENTLY blocks writes for the whole build.",
  },
  kinds: ["IndexStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "IndexStmt" || stmt.body.concurrent) return [];
    // ON ONLY a partitioned table creates an empty, invalid parent index and builds nothing: the first step of the
    // partitioned-table recipe (each partition's index is then built CONCURRENTLY and attached).
    if (stmt.body.relation && stmt.body.relation.inh !== true) return [];
    const table = qualifiedRelation(stmt.body.relation);
    // A table created earlier in the same migration is empty and invisible to other sessions: no lock problem.
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    const index = stmt.body.idxname ? `index \`${stmt.body.idxname}\`` : "an index";
    return [
      {
        message: `${index} on existing table \`${table.name}\` is built without CONCURRENTLY: the SHARE lock blocks every INSERT, UPDATE and DELETE until the build finishes`,
        help:
          "Build it with op.create_index(..., postgresql_concurrently=True) inside " +
          "`with op.get_context().autocommit_block():` (CONCURRENTLY cannot run in a transaction).",
        location: stmt.body.relation?.location,
      },
    ];
  },
};
