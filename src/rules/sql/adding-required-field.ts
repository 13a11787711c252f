import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName } from "../../sql/names";
import { columnConstraints, columnDefOf, defaultExpression, existingAlteredTable, isSerialType } from "./util-locks";

export const addingRequiredField: SqlRule = {
  meta: {
    id: "adding-required-field",
    family: "locks",
    defaultSeverity: "error",
    summary: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table fails as soon as the table has a row.",
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
      const cons = columnConstraints(col);
      const required = cons.find((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY");
      if (!required) continue;
      // Something fills existing rows: a default, a generated expression, an identity or a serial sequence.
      if (defaultExpression(col) || isSerialType(col) || cons.some((c) => c.contype === "CONSTR_GENERATED" || c.contype === "CONSTR_IDENTITY")) continue;
      const how = required.contype === "CONSTR_PRIMARY" ? "as PRIMARY KEY (implicitly NOT NULL)" : "NOT NULL";
      reports.push({
        message:
          `column \`${displayName(table)}.${col?.colname}\` is added ${how} without a default: ` +
          "the migration fails with \"column contains null values\" on any table that has rows",
        help:
          "Add it nullable (op.add_column(..., nullable=True)), backfill existing rows in batches, then make it NOT NULL " +
          "(op.create_check_constraint(..., \"col IS NOT NULL\", postgresql_not_valid=True), VALIDATE it in the next revision, then op.alter_column(..., nullable=False)) " +
          "— or give it a constant server_default.",
        location: required.location,
      });
    }
    return reports;
  },
};
