import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName, nameParts } from "../../sql/names";
import { existingAlteredTable, notNullProvenEarlier } from "./util-locks";

export const addingNotNullableField: SqlRule = {
  meta: {
    id: "adding-not-nullable-field",
    family: "locks",
    defaultSeverity: "error",
    summary: "SET NOT NULL on an existing column scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) exists (PG ≥ 12).",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_SetNotNull", "AT_AddConstraint"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      // SET NOT NULL, or (PostgreSQL 18) a table-level NOT NULL constraint added without NOT VALID.
      const notNull = cmd.def?.Constraint;
      const column: string | undefined =
        cmd.subtype === "AT_SetNotNull"
          ? cmd.name
          : cmd.subtype === "AT_AddConstraint" && notNull?.contype === "CONSTR_NOTNULL" && !notNull.skip_validation
            ? nameParts(notNull.keys)[0]
            : undefined;
      if (!column) continue;
      // From PG 12, a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan.
      if (ctx.pgVersion >= 12 && notNullProvenEarlier(ctx, stmt.index, column, table)) continue;
      reports.push({
        message:
          `\`${displayName(table)}.${column}\` is set NOT NULL: PostgreSQL scans every row to check it while the ACCESS EXCLUSIVE lock blocks all reads and writes`,
        help:
          ctx.pgVersion >= 12
            ? notNullProofHelp(table.name, displayName(table), column)
            : "Before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (col IS NOT NULL) NOT VALID + VALIDATE constraint instead, or run it in a maintenance window.",
        location: notNull?.location ?? stmt.body.relation?.location,
      });
    }
    return reports;
  },
};

/**
 * The safe recipe for SET NOT NULL from PostgreSQL 12 (also given by the rule's Alembic form): prove it with a CHECK
 * added NOT VALID and validated apart, after which SET NOT NULL skips its scan. `qualifiedTable` as ALTER TABLE names it.
 */
export function notNullProofHelp(table: string, qualifiedTable: string, column: string): string {
  // Kept within PostgreSQL's 63-byte identifier limit.
  const check = `ck_${table}_${column}_not_null`.slice(0, 63);
  return (
    `Prove it first without a long lock: op.create_check_constraint("${check}", "${table}", "${column} IS NOT NULL", postgresql_not_valid=True), ` +
    `then in the next revision (or an autocommit block) op.execute("ALTER TABLE ${qualifiedTable} VALIDATE CONSTRAINT ${check}"); ` +
    "after that op.alter_column(..., nullable=False) skips the scan, and the CHECK can be dropped."
  );
}
