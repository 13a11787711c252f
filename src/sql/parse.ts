// Turns SQL text into Statements with positions and transaction state, using the real PostgreSQL parser.
import { loadModule, parseSync, scanSync } from "libpg-query";
import { TextPositions } from "./text-positions";
import type { PgNode, Statement } from "./types";

let loading: Promise<void> | undefined;

/** Load the WASM parser once per process. */
export function loadSqlParser(): Promise<void> {
  return (loading ??= loadModule());
}

/** One piece of SQL to lint: a .sql file, or one statement Alembic executed for an op.* call. */
export interface SqlSource {
  text: string;
  file: string;
  /** For SQL captured from Python: every statement points at this line (the op.* call), not into the text. */
  line?: number;
  column?: number;
  /** Transaction state at the start of the text (Alembic: true unless inside autocommit_block()). */
  inTransaction: boolean;
  revision?: string;
}

export interface SqlSyntaxError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The statement text that failed. */
  sql: string;
  revision?: string;
}

export interface ParsedSql {
  statements: Statement[];
  syntaxErrors: SqlSyntaxError[];
  /** Transaction state after the last statement. */
  inTransactionAtEnd: boolean;
}

interface RawStatement {
  node: PgNode;
  /** Byte offset of the statement start in the source text. */
  byteStart: number;
  byteEnd: number;
  /** Byte offset of the text handed to the parser: node `location`s are relative to it. */
  parseBase: number;
}

/**
 * Parse several sources in order as one unit (a file or a revision): statement indexes run across sources,
 * and an explicit BEGIN/COMMIT in one source carries into the next.
 */
export function parseSqlSources(sources: readonly SqlSource[]): ParsedSql {
  const statements: Statement[] = [];
  const syntaxErrors: SqlSyntaxError[] = [];
  let explicitTx: boolean | undefined; // undefined: follow the source's own transaction state
  for (const source of sources) {
    const positions = new TextPositions(source.text);
    const bytes = Buffer.from(source.text, "utf8");
    const sliceText = (from: number, to: number) => bytes.subarray(from, to).toString("utf8");
    const place = (byteOffset: number) => {
      if (source.line !== undefined) return { line: source.line, column: source.column };
      return positions.lineColumnOfByte(byteOffset);
    };
    for (const raw of parseRaw(source.text, bytes, syntaxErrors, source, place)) {
      const kind = Object.keys(raw.node)[0];
      const body = raw.node[kind];
      const at = place(raw.byteStart);
      const inTransaction = explicitTx ?? source.inTransaction;
      statements.push({
        index: statements.length,
        sql: sliceText(raw.byteStart, raw.byteEnd).trim(),
        kind,
        body,
        inTransaction,
        file: source.file,
        line: at.line,
        column: at.column,
        revision: source.revision,
        locate: (nodeLocation: number) => {
          const p = place(raw.parseBase + nodeLocation);
          return { line: p.line, column: p.column };
        },
      });
      if (kind === "TransactionStmt") explicitTx = transactionStateAfter(body.kind, explicitTx ?? source.inTransaction);
    }
  }
  return { statements, syntaxErrors, inTransactionAtEnd: explicitTx ?? sources.at(-1)?.inTransaction ?? false };
}

function transactionStateAfter(kind: string, current: boolean): boolean {
  switch (kind) {
    case "TRANS_STMT_BEGIN":
    case "TRANS_STMT_START":
      return true;
    case "TRANS_STMT_COMMIT":
    case "TRANS_STMT_ROLLBACK":
    case "TRANS_STMT_COMMIT_PREPARED":
    case "TRANS_STMT_ROLLBACK_PREPARED":
    case "TRANS_STMT_PREPARE":
      return false;
    default:
      return current; // SAVEPOINT, RELEASE, ROLLBACK TO
  }
}

function parseRaw(
  text: string,
  bytes: Buffer,
  syntaxErrors: SqlSyntaxError[],
  source: SqlSource,
  place: (byteOffset: number) => { line: number; column?: number },
): RawStatement[] {
  try {
    return fromParseResult(parseSync(text), 0, bytes.length);
  } catch {
    // One bad statement fails the whole text: split on top-level semicolons with the scanner and parse piece by piece.
  }
  const out: RawStatement[] = [];
  for (const [from, to] of splitStatements(text, bytes.length)) {
    const piece = bytes.subarray(from, to).toString("utf8");
    if (!piece.trim()) continue;
    try {
      out.push(...fromParseResult(parseSync(piece), from, to));
    } catch (error) {
      const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      const pieceBytesBeforeError = details?.cursorPosition ?? firstNonBlankByte(piece);
      const at = place(from + pieceBytesBeforeError);
      syntaxErrors.push({
        file: source.file,
        line: at.line,
        column: at.column ?? 1,
        message: (error as Error).message,
        sql: piece.trim(),
        revision: source.revision,
      });
    }
  }
  return out;
}

type ParseOutput = { stmts?: Array<{ stmt?: unknown; stmt_location?: number; stmt_len?: number }> };

function fromParseResult(result: ParseOutput, base: number, end: number): RawStatement[] {
  return (result.stmts ?? []).map((s) => {
    const start = base + (s.stmt_location ?? 0);
    return { node: (s.stmt ?? {}) as PgNode, byteStart: start, byteEnd: s.stmt_len ? start + s.stmt_len : end, parseBase: base };
  });
}

function firstNonBlankByte(piece: string): number {
  const match = /\S/.exec(piece);
  return match ? Buffer.byteLength(piece.slice(0, match.index), "utf8") : 0;
}

/** Byte ranges of the statements in text, split on top-level `;` tokens (strings, comments, dollar quotes respected). */
export function splitStatements(text: string, byteLength: number): Array<[number, number]> {
  let tokens: Array<{ start: number; end: number; text: string }>;
  try {
    tokens = scanSync(text).tokens;
  } catch {
    return [[0, byteLength]];
  }
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let depth = 0; // BEGIN ... END of SQL-standard function bodies contain semicolons
  for (const token of tokens) {
    if (token.text === "(") depth++;
    else if (token.text === ")") depth = Math.max(0, depth - 1);
    else if (token.text === ";" && depth === 0) {
      ranges.push([start, token.start]);
      start = token.end;
    }
  }
  if (start < byteLength) ranges.push([start, byteLength]);
  return ranges;
}
