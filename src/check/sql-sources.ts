// The SQL each revision runs, as SqlSources for the linter, from the three tiers: statements the round trip
// executed (live), Alembic's offline --sql rendering (offline), or the string literals of op.execute() in the
// static parse (static). Every source points at the Python line of the op.* call that emitted it.
import * as path from "node:path";
import type { CapturedStatement } from "../driver/protocol";
import type { SqlSource } from "../sql/parse";
import type { RevisionDetail } from "../revisions";
import { relativePath } from "../revisions";
import { callArgs, calleeName, descendants, inAutocommitBlock, inOtherDialectBranch, lastName, resolvedString, stringValue, topLevelFunction } from "../rules/python/ast";

/** Sources whose findings are dropped: context only (a table op.create_table made, for the static tier). */
export const CONTEXT_ONLY_FILE = "\u0000context";

/**
 * Static tier: op.execute("…") / op.execute(sa.text("…")) literals of upgrade() (what `alembic upgrade` runs).
 * op.create_table calls become context-only `CREATE TABLE` sources, so SQL run later on a table the same
 * revision created is judged as the offline tier judges it.
 */
export function staticSources(detail: RevisionDetail, cwd: string): SqlSource[] {
  const file = relativePath(cwd, detail.file);
  const sources: SqlSource[] = [];
  for (const call of detail.opCalls) {
    // Code in a branch for another database (`if dialect == "mysql":`) never runs on PostgreSQL.
    if (call.fn !== "upgrade" || inOtherDialectBranch(call.node)) continue;
    if (call.name === "create_table" && call.via !== "batch") {
      const table = call.firstStringArg;
      const schema = stringValue(callArgs(call.node).keywords.get("schema"));
      if (table) {
        const name = (schema ? `${quoteIdent(schema)}.` : "") + quoteIdent(table);
        sources.push({ text: `CREATE TABLE ${name} ()`, file: CONTEXT_ONLY_FILE, line: call.line, inTransaction: !call.inAutocommitBlock, revision: detail.revision });
      }
      continue;
    }
    if (call.name !== "execute") continue;
    const { positional, keywords } = callArgs(call.node);
    const sql = resolvedString(positional[0] ?? keywords.get("sqltext"), detail.tree.rootNode);
    if (sql === undefined || sql.trim() === "") continue;
    sources.push({ text: sql, file, line: call.line, column: call.column, inTransaction: !call.inAutocommitBlock, revision: detail.revision });
  }
  // SQL run through the connection: op.get_bind().execute(sa.text("...")), conn.execute(text(SQL)).
  const upgrade = topLevelFunction(detail.tree.rootNode, "upgrade");
  const opNodes = new Set(detail.opCalls.map((c) => c.node.startIndex));
  for (const call of upgrade ? descendants(upgrade, "call") : []) {
    if (opNodes.has(call.startIndex) || lastName(calleeName(call)) !== "execute" || inOtherDialectBranch(call)) continue;
    const arg = callArgs(call).positional[0];
    // Only text() SQL: a bare string to Connection.execute is not SQL in SQLAlchemy 2.0, and other arguments are Core constructs.
    if (arg?.type !== "call" || lastName(calleeName(arg)) !== "text") continue;
    const sql = resolvedString(arg, detail.tree.rootNode);
    if (sql === undefined || sql.trim() === "") continue;
    const at = { line: call.startPosition.row + 1, column: call.startPosition.column + 1 };
    sources.push({ text: sql, file, ...at, inTransaction: !inAutocommitBlock(call), revision: detail.revision });
  }
  sources.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return sources;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Offline and live tiers: the statements the driver captured, grouped by revision, as sources at the
 * op.* call's file:line. Alembic's own bookkeeping and statements outside any revision file are left out.
 */
export function capturedSources(statements: readonly CapturedStatement[], cwd: string): Map<string, SqlSource[]> {
  const byRevision = new Map<string, SqlSource[]>();
  for (const stmt of statements) {
    if (stmt.bookkeeping || !stmt.revision || !stmt.file || !stmt.line) continue;
    const text = stmt.parameters !== undefined ? withNumberedParameters(stmt.sql) : stmt.sql;
    if (text.trim() === "") continue;
    const list = byRevision.get(stmt.revision) ?? [];
    list.push({
      text,
      file: relativePath(cwd, path.resolve(stmt.file)),
      line: stmt.line,
      inTransaction: stmt.in_transaction,
      revision: stmt.revision,
    });
    byRevision.set(stmt.revision, list);
  }
  return byRevision;
}

/**
 * Online statements carry DBAPI placeholders (psycopg2's %(name)s / %s, asyncpg's $1): PostgreSQL's parser
 * accepts $n, so turn the pyformat ones into $n (and %% back into %).
 */
export function withNumberedParameters(sql: string): string {
  let n = 0;
  const names = new Map<string, number>();
  return sql.replace(/%\(([^)]+)\)s|%s|%%/g, (match, name: string | undefined) => {
    if (match === "%%") return "%";
    if (name !== undefined) {
      if (!names.has(name)) names.set(name, ++n);
      return `$${names.get(name)}`;
    }
    return `$${++n}`;
  });
}
