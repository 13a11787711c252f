import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName } from "../../sql/names";
import { addColumnRewriteReason, columnDefOf, existingAlteredTable } from "./util-locks";

export const addingFieldWithDefault: SqlRule = {
  meta: {
    id: "adding-field-with-default",
    family: "locks",
    defaultSeverity: "error",
    summary: "ADD COLUMN whose value must be written into every row (volatile DEFAULT, STORED generated, identity/serial, any DEFAULT before PG 11) rewrites the table under ACCESS EXCLUSIVE.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddColumn"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      if (cmd.subtype !== "AT_AddColumn") continue;
      const col = columnDefOf(cmd);
      const rewrite = addColumnRewriteReason(col, ctx.pgVersion);
      if (!rewrite) continue;
      reports.push({
        message:
          `column \`${displayName(table)}.${col?.colname}\` rewrites the whole table: ${rewrite.reason}; ` +
          "the ACCESS EXCLUSIVE lock blocks every read and write until the rewrite finishes",
        help:
          ctx.pgVersion < 11
            ? "Add the column without a default (op.add_column with nullable=True), set the default with op.alter_column(..., server_default=...), then backfill existing rows in batches."
            : "Add the column without the volatile default (op.add_column with nullable=True), then op.alter_column(..., server_default=...) " +
              "so only new rows get it, and backfill existing rows in batches (UPDATE ... WHERE id BETWEEN ...).",
        location: rewrite.location ?? col?.location,
      });
    }
    return reports;
  },
};
