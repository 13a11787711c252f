import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";

export const renamingTable: SqlRule = {
  meta: {
    id: "renaming-table",
    family: "breaking",
    defaultSeverity: "error",
    summary: "RENAME of an existing table breaks every running instance that uses the old name.",
  },
  kinds: ["RenameStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "RenameStmt") return [];
    if (stmt.body.renameType !== "OBJECT_TABLE" && stmt.body.renameType !== "OBJECT_FOREIGN_TABLE") return [];
    const table = qualifiedRelation(stmt.body.relation);
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    return [
      {
        message:
          `renaming table \`${displayName(table)}\` to \`${stmt.body.newname}\` breaks every running application instance: ` +
          `queries and models that still say \`${table.name}\` fail from the moment the migration commits until the new code is deployed`,
        help:
          `Expand/contract: rename the table and create a view named \`${table.name}\` over it in the same revision ` +
          "(op.rename_table() + op.execute(\"CREATE VIEW ...\")), deploy code that uses the new name, then drop the view later; " +
          "or create the new table, dual-write, backfill and switch reads before dropping the old one.",
        location: stmt.body.relation?.location,
      },
    ];
  },
};
