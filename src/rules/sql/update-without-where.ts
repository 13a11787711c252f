import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";
import { walkAst } from "./util-transactions";
import type { PgNode } from "../../sql/types";

/** A WHERE that filters nothing: absent, or a literal TRUE. */
export function matchesEveryRow(where: PgNode | undefined): boolean {
  return where === undefined || where.A_Const?.boolval?.boolval === true;
}

export const updateWithoutWhere: SqlRule = {
  meta: {
    id: "update-without-where",
    family: "data",
    defaultSeverity: "warning",
    summary: "UPDATE without WHERE rewrites every row of an existing table in one transaction.",
  },
  kinds: ["UpdateStmt", "SelectStmt", "InsertStmt", "DeleteStmt"],
  check(stmt, ctx) {
    const updates: PgNode[] = [];
    if (stmt.kind === "UpdateStmt") updates.push(stmt.body);
    // Data-modifying CTEs: WITH x AS (UPDATE …) SELECT …
    walkAst(stmt.body.withClause, (tag, node) => tag === "UpdateStmt" && updates.push(node));
    return updates
      .filter((u) => matchesEveryRow(u.whereClause) && !ctx.tableCreatedEarlier(qualifiedRelation(u.relation), stmt.index))
      .map((u) => {
        const table = displayName(qualifiedRelation(u.relation));
        return {
          message:
            `UPDATE of existing table \`${table}\` without WHERE rewrites every row in one transaction: each row stays locked until the migration commits, ` +
            "so application writes to any row of the table wait, and the table bloats (up to twice its size) until vacuum catches up",
          help:
            "If every row really must change, backfill in batches of a few thousand rows, each committed on its own " +
            "(loop over primary-key ranges in op.get_bind(), or a separate data-migration script); otherwise add the WHERE you meant.",
          location: u.relation?.location,
        };
      });
  },
};
