import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName, qualifiedRelation } from "../../sql/names";
import type { PgNode } from "../../sql/types";
import { columnDefOf, columnTypeOf } from "./util-locks";

export const preferTextField: SqlRule = {
  meta: {
    id: "prefer-text-field",
    family: "locks",
    defaultSeverity: "warning",
    summary: "varchar(n) in a new column: changing the limit later takes an ACCESS EXCLUSIVE lock (and shrinking it rewrites); prefer text with a CHECK.",
  },
  kinds: ["CreateStmt", "AlterTableStmt"],
  subcommands: ["AT_AddColumn"],
  check(stmt) {
    const columns: PgNode[] = [];
    if (stmt.kind === "CreateStmt") {
      const elts: PgNode[] = stmt.body.tableElts ?? [];
      for (let i = 0; i < elts.length; i++) if (elts[i].ColumnDef) columns.push(elts[i].ColumnDef);
    }
    if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
      const cmds = alterTableCommands(stmt);
      for (let i = 0; i < cmds.length; i++) if (cmds[i].subtype === "AT_AddColumn" && columnDefOf(cmds[i])) columns.push(columnDefOf(cmds[i])!);
    }
    const reports: RuleReport[] = [];
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i];
      // Cheap test first: most columns are not varchar.
      if (col.typeName?.names?.at(-1)?.String?.sval !== "varchar" || !col.typeName.typmods) continue;
      const type = columnTypeOf(col.typeName);
      if (type?.name !== "varchar" || type.mods.length === 0) continue;
      const table = displayName(qualifiedRelation(stmt.body.relation));
      reports.push({
        message:
          `column \`${table}.${col.colname}\` is varchar(${type.mods[0]}): raising the limit later needs an ACCESS EXCLUSIVE lock, ` +
          "and lowering it rewrites the table; the limit itself saves no space over text",
        help:
          `Use sa.Text() (text), and if the length matters add a CHECK (char_length(${col.colname}) <= ${type.mods[0]}) constraint, ` +
          "which can later be replaced NOT VALID + VALIDATE without blocking traffic.",
        location: col.typeName?.location,
      });
    }
    return reports;
  },
};
