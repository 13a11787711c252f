import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName } from "../../sql/names";
import { constraintLabel, constraintsNamedBefore, existingAlteredTable, sameTable } from "./util-locks";
import { sameTransaction } from "./util-transactions";
import type { PgNode } from "../../sql/types";

function helpNotValid(constraint: PgNode, table: string): string {
  const op = constraint.contype === "CONSTR_CHECK" ? "op.create_check_constraint" : "op.create_foreign_key";
  return (
    `Add it with NOT VALID: ${op}(..., postgresql_not_valid=True) (SQLAlchemy ≥ 1.4.32), then validate it outside this transaction, ` +
    `in a later revision (or an autocommit block): op.execute("ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint.conname ?? "<name>"}").`
  );
}

export const constraintMissingNotValid: SqlRule = {
  meta: {
    id: "constraint-missing-not-valid",
    family: "locks",
    defaultSeverity: "error",
    summary: "CHECK or FOREIGN KEY added to an existing table without NOT VALID (or validated in the same transaction) scans the table under a lock that blocks writes.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddConstraint", "AT_ValidateConstraint"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      const c = cmd.def?.Constraint;
      if (cmd.subtype === "AT_AddConstraint" && c && (c.contype === "CONSTR_CHECK" || c.contype === "CONSTR_FOREIGN") && !c.skip_validation) {
        const lock = c.contype === "CONSTR_CHECK" ? "ACCESS EXCLUSIVE lock blocks reads and writes" : "SHARE ROW EXCLUSIVE lock blocks writes";
        reports.push({
          message: `${constraintLabel(c)} on existing table \`${displayName(table)}\` is added without NOT VALID: every row is checked while the ${lock}`,
          help: helpNotValid(c, displayName(table)),
          location: c.location,
        });
        continue;
      }
      if (cmd.subtype !== "AT_ValidateConstraint" || !cmd.name) continue;
      // VALIDATE in the same transaction as the NOT VALID add: the add's strong lock is still held during the scan.
      const sameStatement = cmds.slice(0, i).some((earlier) => earlier.subtype === "AT_AddConstraint" && earlier.def?.Constraint?.conname === cmd.name);
      const earlier = constraintsNamedBefore(ctx, cmd.name, stmt.index).find(
        (added) =>
          added.constraint.skip_validation &&
          sameTable(added.table, table) &&
          sameTransaction(ctx, added.stmt.index, stmt.index),
      );
      if (!sameStatement && !earlier) continue;
      reports.push({
        message:
          `constraint \`${cmd.name}\` on \`${displayName(table)}\` is validated in the same transaction that added it NOT VALID: ` +
          "the lock taken by the add is held through the whole validation scan, so NOT VALID gains nothing",
        help:
          "Validate in a separate transaction: move the VALIDATE CONSTRAINT to the next revision, or run it inside " +
          "`with op.get_context().autocommit_block():` after the add has committed.",
        location: stmt.body.relation?.location,
      });
    }
    return reports;
  },
};

