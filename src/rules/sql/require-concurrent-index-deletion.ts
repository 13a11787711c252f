import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";
import { indexOnTableCreatedEarlier, relationFromNameList } from "./util-locks";

export const requireConcurrentIndexDeletion: SqlRule = {
  meta: {
    id: "require-concurrent-index-deletion",
    family: "locks",
    defaultSeverity: "error",
    summary: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes.",
  },
  kinds: ["DropStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_INDEX" || stmt.body.concurrent) return [];
    const reports = [];
    for (const obj of stmt.body.objects ?? []) {
      const index = qualifiedRelation(relationFromNameList(obj));
      // An index built earlier in this unit on a table also created in it: nobody else can be using the table.
      if (indexOnTableCreatedEarlier(ctx, index, stmt.index)) continue;
      reports.push({
        message:
          `index \`${displayName(index)}\` is dropped without CONCURRENTLY: the ACCESS EXCLUSIVE lock on its table ` +
          "blocks every SELECT, INSERT, UPDATE and DELETE, and queues behind any running query",
        help:
          "Drop it with op.drop_index(..., postgresql_concurrently=True) inside " +
          "`with op.get_context().autocommit_block():` (CONCURRENTLY cannot run in a transaction).",
      });
    }
    return reports;
  },
};
