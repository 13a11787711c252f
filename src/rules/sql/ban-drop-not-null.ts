import type { SqlRule } from "../types";
import { alterTableCommands, displayName, qualifiedRelation } from "../../sql/names";
import { isAlterOfTable } from "./util-breaking";

export const banDropNotNull: SqlRule = {
  meta: {
    id: "ban-drop-not-null",
    family: "breaking",
    defaultSeverity: "warning",
    summary: "ALTER COLUMN … DROP NOT NULL lets NULLs in where running code assumes a value.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_DropNotNull"],
  check(stmt, ctx) {
    if (!isAlterOfTable(stmt)) return [];
    const table = qualifiedRelation(stmt.body.relation);
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    return alterTableCommands(stmt)
      .filter((cmd) => cmd.subtype === "AT_DropNotNull")
      .map((cmd) => ({
        message:
          `dropping NOT NULL on \`${displayName(table)}.${cmd.name}\` lets NULLs in: running code, reports and consumers ` +
          "that assume the column always has a value break on the first NULL row",
        help:
          `First make every reader handle NULL in \`${cmd.name}\` (Optional[...] in the model, COALESCE in queries) and deploy that, ` +
          "then relax the column with op.alter_column(..., nullable=True).",
        location: stmt.body.relation?.location,
      }));
  },
};
