import type { SqlRule, RuleReport } from "../types";
import type { LintContext, Statement } from "../../sql/types";
import { displayName, typeNameFromParts } from "./util-breaking";
import { sameTransaction, stringConstants } from "./util-transactions";

function isAddValue(stmt: Statement): boolean {
  return stmt.kind === "AlterEnumStmt" && stmt.body.oldVal === undefined && stmt.body.newVal !== undefined;
}

const addValuesByUnit = new WeakMap<readonly Statement[], Statement[]>();

/** The unit's ADD VALUE statements inside a transaction, found once per unit. */
function addValuesInTransaction(ctx: LintContext): Statement[] {
  let found = addValuesByUnit.get(ctx.statements);
  if (!found) {
    found = ctx.statements.filter((s) => s.inTransaction && isAddValue(s));
    addValuesByUnit.set(ctx.statements, found);
  }
  return found;
}

/** Was the enum created by an earlier statement of the same transaction? (Before PG 12 that made ADD VALUE legal there.) */
function typeCreatedInSameTransaction(ctx: LintContext, stmt: Statement): boolean {
  const type = typeNameFromParts(stmt.body.typeName);
  return ctx.statements.some(
    (s) =>
      s.index < stmt.index &&
      s.kind === "CreateEnumStmt" &&
      typeNameFromParts(s.body.typeName).name === type.name &&
      ctx.typeCreatedEarlier(type, s.index + 1) &&
      sameTransaction(ctx, s.index, stmt.index),
  );
}

export const enumAddValueInTransaction: SqlRule = {
  meta: {
    id: "enum-add-value-in-transaction",
    family: "transactions",
    defaultSeverity: "error",
    summary: "ALTER TYPE … ADD VALUE in a transaction: fails before PostgreSQL 12; from 12 on, using the new value in the same transaction fails.",
  },
  check(stmt, ctx) {
    if (!stmt.inTransaction) return [];
    if (ctx.pgVersion < 12) {
      if (!isAddValue(stmt) || typeCreatedInSameTransaction(ctx, stmt)) return [];
      const type = displayName(typeNameFromParts(stmt.body.typeName));
      return [
        {
          message:
            `ALTER TYPE \`${type}\` ADD VALUE '${stmt.body.newVal}' runs inside a transaction: before PostgreSQL 12 this fails with ` +
            '"ALTER TYPE ... ADD cannot run inside a transaction block" and the migration aborts',
          help: "Run it in `with op.get_context().autocommit_block(): op.execute(\"ALTER TYPE ... ADD VALUE IF NOT EXISTS ...\")`.",
        },
      ];
    }
    // PostgreSQL 12+: adding is fine; using the new label before the transaction commits is not.
    const earlier = addValuesInTransaction(ctx).filter((added) => added.index < stmt.index && sameTransaction(ctx, added.index, stmt.index));
    if (earlier.length === 0) return [];
    const constants = stringConstants(stmt);
    const reports: RuleReport[] = [];
    for (const added of earlier) {
      const use = constants.find((c) => c.value === added.body.newVal);
      if (!use) continue;
      const type = displayName(typeNameFromParts(added.body.typeName));
      reports.push({
        message:
          `'${use.value}' was added to enum \`${type}\` at line ${added.line} in this same transaction: using it before the transaction ` +
          `commits fails with 'unsafe use of new value "${use.value}" of enum type ${type.split(".").at(-1)}'`,
        help:
          "Add the value in its own revision, or run the ALTER TYPE in `with op.get_context().autocommit_block():` " +
          "so it is committed before the statements that use it.",
        location: use.location,
      });
    }
    return reports;
  },
};
