import type { SqlRule } from "../types";
import { alterTableCommands, displayName, qualifiedRelation } from "../../sql/names";
import { isAlterOfTable } from "./util-breaking";

export const banDropColumn: SqlRule = {
  meta: {
    id: "ban-drop-column",
    family: "breaking",
    defaultSeverity: "warning",
    summary: "DROP COLUMN on an existing table breaks application code that still reads or writes the column.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_DropColumn"],
  check(stmt, ctx) {
    if (!isAlterOfTable(stmt)) return [];
    const table = qualifiedRelation(stmt.body.relation);
    // A table created earlier in the same migration has no readers yet.
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    return alterTableCommands(stmt)
      .filter((cmd) => cmd.subtype === "AT_DropColumn")
      .map((cmd) => ({
        message:
          `dropping column \`${cmd.name}\` of existing table \`${displayName(table)}\` breaks the application instances still running: ` +
          "every query that names it, and every SQLAlchemy model that maps it, fails until they are redeployed",
        help:
          `Expand/contract: first deploy code that no longer reads or writes \`${cmd.name}\` (drop it from the model), ` +
          "then drop it with op.drop_column() in a later revision, once no running release uses it.",
        location: stmt.body.relation?.location,
      }));
  },
};
