import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";

export const renamingColumn: SqlRule = {
  meta: {
    id: "renaming-column",
    family: "breaking",
    defaultSeverity: "error",
    summary: "RENAME COLUMN on an existing table breaks every running instance that uses the old name.",
  },
  kinds: ["RenameStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "RenameStmt" || stmt.body.renameType !== "OBJECT_COLUMN") return [];
    if (stmt.body.relationType !== "OBJECT_TABLE" && stmt.body.relationType !== "OBJECT_FOREIGN_TABLE") return [];
    const table = qualifiedRelation(stmt.body.relation);
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    return [
      {
        message:
          `renaming column \`${displayName(table)}.${stmt.body.subname}\` to \`${stmt.body.newname}\` breaks every running application instance: ` +
          `queries and models that still say \`${stmt.body.subname}\` fail from the moment the migration commits until the new code is deployed`,
        help:
          `Expand/contract: add \`${stmt.body.newname}\` with op.add_column(), write both columns from the code, backfill in batches, ` +
          `switch reads to \`${stmt.body.newname}\`, and drop \`${stmt.body.subname}\` in a later revision.`,
        location: stmt.body.relation?.location,
      },
    ];
  },
};
