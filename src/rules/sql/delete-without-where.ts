import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";
import { walkAst } from "./util-transactions";
import type { PgNode } from "../../sql/types";
import { matchesEveryRow } from "./update-without-where";

export const deleteWithoutWhere: SqlRule = {
  meta: {
    id: "delete-without-where",
    family: "data",
    defaultSeverity: "error",
    summary: "DELETE without WHERE removes every row of an existing table.",
  },
  kinds: ["DeleteStmt", "SelectStmt", "InsertStmt", "UpdateStmt"],
  check(stmt, ctx) {
    const deletes: PgNode[] = [];
    if (stmt.kind === "DeleteStmt") deletes.push(stmt.body);
    walkAst(stmt.body.withClause, (tag, node) => tag === "DeleteStmt" && deletes.push(node));
    return deletes
      .filter((d) => matchesEveryRow(d.whereClause) && !ctx.tableCreatedEarlier(qualifiedRelation(d.relation), stmt.index))
      .map((d) => {
        const table = displayName(qualifiedRelation(d.relation));
        return {
          message:
            `DELETE from existing table \`${table}\` without WHERE removes every row: the data is gone once the migration commits, ` +
            "every row stays locked until then, and ON DELETE CASCADE foreign keys empty the referencing tables too",
          help:
            "Add the WHERE you meant (and check it against real data: a WHERE that matches nothing, or everything, is the usual bug). " +
            "Delete large sets in committed batches; to empty a table on purpose, say so with TRUNCATE (no CASCADE).",
          location: d.relation?.location,
        };
      });
  },
};
