import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName, qualifiedRelation } from "../../sql/names";
import { columnConstraints, columnDefOf, existingAlteredTable } from "./util-locks";

export const addingForeignKeyConstraint: SqlRule = {
  meta: {
    id: "adding-foreign-key-constraint",
    family: "locks",
    defaultSeverity: "error",
    summary: "A FOREIGN KEY validated on an existing table locks both tables against writes while every row is checked.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddConstraint", "AT_AddColumn"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      if (cmd.subtype === "AT_AddConstraint") {
        const c = cmd.def?.Constraint;
        if (c?.contype !== "CONSTR_FOREIGN" || c.skip_validation) continue;
        const referenced = displayName(qualifiedRelation(c.pktable));
        // A self-reference (parent_id → id) locks one table.
        const locks =
          referenced === displayName(table)
            ? `a SHARE ROW EXCLUSIVE lock on \`${referenced}\` blocks its writes while every row is checked`
            : `SHARE ROW EXCLUSIVE locks on both \`${displayName(table)}\` and \`${referenced}\` block their writes while every row is checked`;
        reports.push({
          message:
            `foreign key ${c.conname ? `\`${c.conname}\` ` : ""}from existing table \`${displayName(table)}\` to \`${referenced}\` is validated immediately: ${locks}`,
          help:
            "Add it NOT VALID first: op.create_foreign_key(..., postgresql_not_valid=True) (SQLAlchemy ≥ 1.4.32), " +
            `then validate it in a later revision: op.execute("ALTER TABLE ${displayName(table)} VALIDATE CONSTRAINT ${c.conname ?? "<name>"}") only takes SHARE UPDATE EXCLUSIVE.`,
          location: c.location,
        });
      } else if (cmd.subtype === "AT_AddColumn") {
        const col = columnDefOf(cmd);
        const fk = columnConstraints(col).find((c) => c.contype === "CONSTR_FOREIGN");
        if (!fk) continue;
        const referenced = displayName(qualifiedRelation(fk.pktable));
        const alsoLocked = referenced === displayName(table) ? "" : ` and \`${referenced}\` SHARE ROW EXCLUSIVE`;
        reports.push({
          message:
            `column \`${displayName(table)}.${col?.colname}\` is added with REFERENCES \`${referenced}\`: the foreign key is validated at once ` +
            `(a column-level REFERENCES cannot be NOT VALID) while \`${displayName(table)}\` is locked ACCESS EXCLUSIVE${alsoLocked}`,
          help:
            "Add the column without the foreign key (op.add_column), then add the constraint NOT VALID with " +
            "op.create_foreign_key(..., postgresql_not_valid=True) and VALIDATE CONSTRAINT it in a later revision.",
          location: fk.location,
        });
      }
    }
    return reports;
  },
};
