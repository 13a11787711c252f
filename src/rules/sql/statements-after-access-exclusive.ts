import type { SqlRule } from "../types";
import type { LintContext, Statement } from "../../sql/types";
import { isAlembicVersionStatement, lockTargetLabel, unitLocks, type TableLock } from "./util-locks";
import { transactionIdsOf } from "./util-transactions";

interface Held {
  lock: TableLock;
  /** The statement that took it. */
  at: Statement;
  /** Work statements that follow it in the same transaction. */
  following: number;
}

/** Statements that do nothing worth reporting while a lock is held: transaction control, settings, Alembic's bookkeeping. */
function isIdle(stmt: Statement): boolean {
  return stmt.kind === "TransactionStmt" || stmt.kind === "VariableSetStmt" || stmt.kind === "VariableShowStmt" || isAlembicVersionStatement(stmt);
}

/**
 * COMMENT ON TABLE / COLUMN of a table this transaction already holds ACCESS EXCLUSIVE on (op.alter_column(comment=...),
 * op.create_table_comment()): a catalog write that waits for nothing.
 */
function commentsOnHeldTable(stmt: Statement, heldTables: ReadonlySet<string>): boolean {
  if (stmt.kind !== "CommentStmt" || (stmt.body.objtype !== "OBJECT_TABLE" && stmt.body.objtype !== "OBJECT_COLUMN")) return false;
  const names: string[] = (stmt.body.object?.List?.items ?? []).map((i: { String?: { sval?: string } }) => i.String?.sval ?? "");
  const relation = stmt.body.objtype === "OBJECT_COLUMN" ? names.slice(0, -1) : names;
  if (relation.length === 0 || relation.length > 2) return false;
  return heldTables.has(tableKey(relation.length === 2 ? relation[0] : undefined, relation.at(-1)!));
}

/** Schema and name joined by NUL, which no identifier contains: "a.b".c and a."b.c" are different tables. */
function tableKey(schema: string | undefined, name: string): string {
  return `${schema ?? ""}\0${name}`;
}

/** For each reported statement: the first statement after an ACCESS EXCLUSIVE lock in its transaction. */
function analyse(ctx: LintContext): Map<number, Held> {
  return ctx.memo("statements-after-access-exclusive.held", () => heldLocks(ctx));
}

function heldLocks(ctx: LintContext): Map<number, Held> {
  const result = new Map<number, Held>();
  const locks = unitLocks(ctx);
  const heldIn = new Map<number, Held & { reportedAt?: number; tables: Set<string> }>();
  const key = (l: TableLock) => (l.ofIndex ? "index\0" : "") + tableKey(l.table.schema, l.table.name);
  const ids = transactionIdsOf(ctx);
  const statements = ctx.statements;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s.inTransaction) continue;
    const tx = ids[s.index];
    const held = heldIn.get(tx);
    const stmtLocks = locks[s.index];
    if (held === undefined) {
      let ae: TableLock | undefined;
      for (let k = 0; k < stmtLocks.length && !ae; k++) if (stmtLocks[k].mode === "ACCESS EXCLUSIVE") ae = stmtLocks[k];
      if (ae) {
        const tables = new Set<string>();
        for (let k = 0; k < stmtLocks.length; k++) if (stmtLocks[k].mode === "ACCESS EXCLUSIVE") tables.add(key(stmtLocks[k]));
        heldIn.set(tx, { lock: ae, at: s, following: 0, tables });
      }
      continue;
    }
    // A catalog-only change to a table whose ACCESS EXCLUSIVE lock this transaction already holds waits for
    // nothing and takes no time (say, a second ADD COLUMN on the same table): not worth a finding.
    let onlyHeldTables = stmtLocks.length > 0;
    for (let k = 0; k < stmtLocks.length && onlyHeldTables; k++) onlyHeldTables = stmtLocks[k].work === "catalog" && held.tables.has(key(stmtLocks[k]));
    if (!onlyHeldTables) onlyHeldTables = commentsOnHeldTable(s, held.tables);
    for (let k = 0; k < stmtLocks.length; k++) if (stmtLocks[k].mode === "ACCESS EXCLUSIVE") held.tables.add(key(stmtLocks[k]));
    if (!isIdle(s) && !onlyHeldTables) {
      held.following++;
      if (held.reportedAt === undefined) {
        held.reportedAt = s.index;
        result.set(s.index, held);
      }
    }
  }
  return result;
}

export const statementsAfterAccessExclusive: SqlRule = {
  meta: {
    id: "statements-after-access-exclusive",
    family: "locks",
    defaultSeverity: "warning",
    summary: "More statements run in a transaction after one took an ACCESS EXCLUSIVE lock on an existing table: the lock is held until COMMIT.",
  },
  // Its kinds are every kind; it reports on the first statement after each lock, at most one per transaction.
  reportsOn: (ctx) => analyse(ctx),
  check(stmt, ctx) {
    const held = analyse(ctx).get(stmt.index);
    if (!held) return [];
    const more = held.following > 1 ? ` and ${held.following - 1} more statement${held.following > 2 ? "s" : ""} after it` : "";
    return [
      {
        message:
          `this statement${more} run${held.following > 1 ? "" : "s"} while the ACCESS EXCLUSIVE lock on ${lockTargetLabel(held.lock)} ` +
          `(taken at line ${held.at.line}) is still held: it is released only at COMMIT, so every read and write on it waits for all of them`,
        help:
          "Put the statement that takes ACCESS EXCLUSIVE last in its transaction, combine changes to the same table into one ALTER TABLE, " +
          "or split the work into separate revisions (or autocommit blocks) so each lock is held only briefly.",
      },
    ];
  },
};
