import type { SqlRule, RuleReport } from "../types";
import { displayName } from "../../sql/names";
import type { LintContext, Statement } from "../../sql/types";
import { typeNameFromParts } from "./util-breaking";
import { constantSpellings, mayContainStringConstant, sameTransaction, stringConstants, transactionIdsOf, type ConstantSpellings } from "./util-transactions";

function isAddValue(stmt: Statement): boolean {
  return stmt.kind === "AlterEnumStmt" && stmt.body.oldVal === undefined && stmt.body.newVal !== undefined;
}

interface AddValues {
  /** transactionIdsOf() */
  ids: Int32Array;
  /**
   * Per transaction id: the first ADD VALUE statement's index, the ADD VALUE statements by label (in order), and
   * how a statement's text may spell the labels.
   */
  byTransaction: Map<number, { first: number; byLabel: Map<string, Statement[]>; spellings?: ConstantSpellings }>;
}

/** The unit's ADD VALUE statements run in transactions, grouped by transaction. Built once per unit. */
function addValuesByTransaction(ctx: LintContext): AddValues {
  return ctx.memo("enum-add-value-in-transaction.addValues", () => {
    const byTransaction: AddValues["byTransaction"] = new Map();
    const ids = transactionIdsOf(ctx);
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (!s.inTransaction || !isAddValue(s)) continue;
      let added = byTransaction.get(ids[s.index]);
      if (!added) byTransaction.set(ids[s.index], (added = { first: s.index, byLabel: new Map() }));
      added.byLabel.set(s.body.newVal, [...(added.byLabel.get(s.body.newVal) ?? []), s]);
    }
    byTransaction.forEach((added) => {
      added.spellings = constantSpellings(added.byLabel.keys());
    });
    return { ids, byTransaction };
  });
}

/** Was the enum created by an earlier statement of the same transaction? (Before PG 12 that made ADD VALUE legal there.) */
function typeCreatedInSameTransaction(ctx: LintContext, stmt: Statement): boolean {
  const type = typeNameFromParts(stmt.body.typeName);
  const creates = enumCreatesByName(ctx).get(type.name);
  if (!creates) return false;
  const ids = transactionIdsOf(ctx);
  // Transaction ids only grow along the unit: walking back from the ADD VALUE, the first CREATE TYPE outside
  // its transaction means every earlier one is outside it too.
  for (let k = creates.length - 1; k >= 0; k--) {
    const at = creates[k];
    if (at >= stmt.index) continue;
    if (!sameTransaction(ctx, at, stmt.index)) {
      if (ids[at] !== -1 || ids[stmt.index] === -1) break;
      continue;
    }
    if (ctx.typeCreatedEarlier(type, at + 1)) return true;
  }
  return false;
}

/** CREATE TYPE … AS ENUM statement indexes by type name (schema ignored), in order. One pass per unit. */
function enumCreatesByName(ctx: LintContext): Map<string, number[]> {
  return ctx.memo("enum-add-value-in-transaction.creates", () => {
    const byName = new Map<string, number[]>();
    for (const s of ctx.statements) {
      if (s.kind !== "CreateEnumStmt") continue;
      const name = typeNameFromParts(s.body.typeName).name;
      const list = byName.get(name);
      if (list) list.push(s.index);
      else byName.set(name, [s.index]);
    }
    return byName;
  });
}

/**
 * The statements the rule can report on (its kinds are every kind): before PostgreSQL 12 the ADD VALUEs run in a
 * transaction, from 12 on the statements after an ADD VALUE in the same transaction whose text can spell one of its
 * labels (so check walks only those). Most units have none.
 */
function reportedStatements(ctx: LintContext): Set<number> {
  return ctx.memo("enum-add-value-in-transaction.reported", () => {
    const reported = new Set<number>();
    const { ids, byTransaction } = addValuesByTransaction(ctx);
    if (byTransaction.size === 0) return reported;
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (!s.inTransaction) continue;
      if (ctx.pgVersion < 12) {
        if (isAddValue(s)) reported.add(s.index);
        continue;
      }
      const added = byTransaction.get(ids[s.index]);
      // Any label of the transaction (check still takes only the ADD VALUEs before the statement).
      if (added !== undefined && added.first < s.index && mayContainStringConstant(s, added.spellings!)) reported.add(s.index);
    }
    return reported;
  });
}

export const enumAddValueInTransaction: SqlRule = {
  meta: {
    id: "enum-add-value-in-transaction",
    family: "transactions",
    defaultSeverity: "error",
    summary: "ALTER TYPE … ADD VALUE in a transaction: fails before PostgreSQL 12; from 12 on, using the new value in the same transaction fails.",
  },
  reportsOn: reportedStatements,
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
    // The engine calls this only for reportedStatements(); the cheap exits keep it right for any statement.
    const { ids, byTransaction } = addValuesByTransaction(ctx);
    if (byTransaction.size === 0) return [];
    const inTransaction = byTransaction.get(ids[stmt.index]);
    if (!inTransaction || inTransaction.first >= stmt.index) return [];
    const byLabel = inTransaction.byLabel;
    const reports: RuleReport[] = [];
    const reported = new Set<string>();
    for (const use of stringConstants(stmt)) {
      const added = byLabel.get(use.value)?.find((s) => s.index < stmt.index);
      if (!added || reported.has(use.value)) continue;
      reported.add(use.value);
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
