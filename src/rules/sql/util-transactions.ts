// Transaction bookkeeping and a generic AST walk shared by the "transactions" family (and reused by "data").
import type { LintContext, PgNode, Statement } from "../../sql/types";

/** BEGIN / START TRANSACTION. */
export function isBegin(stmt: Statement): boolean {
  return stmt.kind === "TransactionStmt" && (stmt.body.kind === "TRANS_STMT_BEGIN" || stmt.body.kind === "TRANS_STMT_START");
}

/** COMMIT / END / ROLLBACK / ABORT / PREPARE TRANSACTION: statements that end the current transaction (not ROLLBACK TO SAVEPOINT). */
export function isTransactionEnd(stmt: Statement): boolean {
  return (
    stmt.kind === "TransactionStmt" &&
    (stmt.body.kind === "TRANS_STMT_COMMIT" || stmt.body.kind === "TRANS_STMT_ROLLBACK" || stmt.body.kind === "TRANS_STMT_PREPARE")
  );
}

/** A BEGIN that really opens a transaction (a BEGIN inside one only draws a WARNING and changes nothing). */
export function opensTransaction(stmt: Statement): boolean {
  return isBegin(stmt) && !stmt.inTransaction;
}

/**
 * Was the transaction open at `index` started by an explicit BEGIN of this unit (rather than by whoever runs the
 * unit, e.g. Alembic's per-migration transaction)? Returns the index of that BEGIN, or undefined.
 */
export function explicitBeginOf(ctx: LintContext, index: number): number | undefined {
  if (!ctx.statements[index]?.inTransaction) return undefined;
  const openedAt = explicitBeginsOf(ctx)[index];
  return openedAt === -1 ? undefined : openedAt;
}

/** Per statement: the index of the explicit BEGIN whose transaction is open when it starts (-1: none). One pass per unit. */
function explicitBeginsOf(ctx: LintContext): Int32Array {
  return ctx.memo("transactions.explicitBegins", () => {
    const openedAt = new Int32Array(ctx.statements.length);
    let open = -1;
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      openedAt[s.index] = open;
      if (opensTransaction(s)) open = s.index;
      else if (isTransactionEnd(s) && s.inTransaction) open = -1;
    }
    return openedAt;
  });
}

/** Index of the last COMMIT/ROLLBACK/PREPARE run inside a transaction in the unit (-1: none). */
export function lastTransactionEndOf(ctx: LintContext): number {
  return ctx.memo("transactions.lastEnd", () => {
    for (let i = ctx.statements.length - 1; i >= 0; i--) {
      const s = ctx.statements[i];
      if (s.inTransaction && isTransactionEnd(s)) return s.index;
    }
    return -1;
  });
}

/**
 * One id per transaction for every statement of the unit (-1: outside any transaction), computed once per unit so
 * rules that compare statements stay linear on 10,000-statement files.
 */
export function transactionIdsOf(ctx: LintContext): Int32Array {
  return ctx.memo("transactions.ids", () => {
    const ids = new Int32Array(ctx.statements.length);
    let current = 0;
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (!s.inTransaction) {
        ids[s.index] = -1;
        current++;
      } else {
        ids[s.index] = current;
        if (isTransactionEnd(s)) current++;
      }
    }
    return ids;
  });
}

/** Do statements `from` and `to` run in one and the same transaction? */
export function sameTransaction(ctx: LintContext, from: number, to: number): boolean {
  const ids = transactionIdsOf(ctx);
  return ids[from] !== -1 && ids[from] === ids[to];
}

/** Visit every node object of a libpg-query AST (depth first, in source order). */
export function walkAst(node: unknown, visit: (tag: string, value: PgNode) => void): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walkAst(node[i], visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as PgNode;
  for (const key in record) {
    const value = record[key];
    if (value === null || typeof value !== "object") continue;
    // Node tags are capitalised ("A_Const", "SelectStmt"); field names ("targetList", "location") are not.
    const first = key.charCodeAt(0);
    if (first >= 65 && first <= 90 && !Array.isArray(value)) visit(key, value);
    walkAst(value, visit);
  }
}

/** Every string constant ('…' or $$…$$) in a statement, with its location. */
export function stringConstants(stmt: Statement): Array<{ value: string; location?: number }> {
  const out: Array<{ value: string; location?: number }> = [];
  walkAst(stmt.body, (tag, value) => {
    if (tag === "A_Const" && value.sval?.sval !== undefined) out.push({ value: value.sval.sval, location: value.location });
  });
  return out;
}

/** ASCII letters lower-cased, nothing else: how PostgreSQL folds unquoted identifiers and keywords. */
function foldAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}

/**
 * How a statement's text can spell string constants equal to some values without escapes: as written, with quotes
 * doubled, or in other letter case (keywords the parser turns into constants, EXTRACT(YEAR …), and unquoted
 * identifiers are case-folded). Worked out once for many statements.
 */
export interface ConstantSpellings {
  exact: string[];
  /** ASCII values, lower-cased: compared with the lower-cased text (which can only match more than ASCII folding). */
  lower: string[];
  /** Other values, ASCII-folded: compared with the ASCII-folded text. */
  folded: string[];
}

export function constantSpellings(values: Iterable<string>): ConstantSpellings {
  const spellings: ConstantSpellings = { exact: [], lower: [], folded: [] };
  for (const value of values) {
    // Quotes doubled: in a string ('o''neil'), or in a quoted identifier the parser turns into a constant
    // (SET search_path TO "o""neil").
    const forms = [value];
    if (value.includes("'")) forms.push(value.replaceAll("'", "''"));
    if (value.includes('"')) forms.push(value.replaceAll('"', '""'));
    for (const form of forms) {
      spellings.exact.push(form);
      if (/^[\x00-\x7f]*$/.test(form)) spellings.lower.push(form.toLowerCase());
      else spellings.folded.push(foldAscii(form));
    }
    // Constants made of several keywords (ISOLATION LEVEL READ COMMITTED → 'read committed') can have any white
    // space or comments between the words in the text: the first word must be there.
    if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(value)) spellings.lower.push(value.slice(0, value.indexOf(" ")).toLowerCase());
  }
  return spellings;
}

/**
 * Can the statement hold a string constant spelt as in `spellings`? False only when the text cannot spell one:
 * no escapes (E'\x41', U&'\0041'), no constant continued over a line break ('ab'\n'c'), and no spelling in the text.
 * Lets rules skip the whole-AST walk of stringConstants() for statements that cannot match.
 */
export function mayContainStringConstant(stmt: Statement, spellings: ConstantSpellings): boolean {
  const sql = stmt.sql;
  if (sql.includes("\\") || sql.includes("&") || /'[ \t\f\v]*(?:--[^\n\r]*)?[\n\r]/.test(sql)) return true;
  for (let i = 0; i < spellings.exact.length; i++) if (sql.includes(spellings.exact[i])) return true;
  if (spellings.lower.length > 0) {
    const lower = sql.toLowerCase();
    for (let i = 0; i < spellings.lower.length; i++) if (lower.includes(spellings.lower[i])) return true;
  }
  if (spellings.folded.length > 0) {
    const folded = foldAscii(sql);
    for (let i = 0; i < spellings.folded.length; i++) if (folded.includes(spellings.folded[i])) return true;
  }
  return false;
}
