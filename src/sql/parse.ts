// Turns SQL text into Statements with positions and transaction state, using the real PostgreSQL parser.
// Offsets: libpg-query's stmt_location / node `location` are UTF-8 BYTE offsets; a parse error's
// cursorPosition is a 0-based CHARACTER (code point) offset into the text parsed.
import { isUtf8 } from "node:buffer";
import { loadPgWasm, parseSqlBytes, type PgParseOutput } from "./pg-wasm";
import { TextPositions } from "./text-positions";
import { parseIgnoreComment, type IgnoreDirective } from "./suppress";
import type { PgNode, Statement } from "./types";

let loading: Promise<void> | undefined;

/** Load the WASM parser once per process (a worker thread passes the module its parent compiled). */
export function loadSqlParser(precompiled?: WebAssembly.Module): Promise<void> {
  return (loading ??= loadPgWasm(precompiled));
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
  /** `text` as UTF-8 exactly as read (no BOM), when the caller has it: saves encoding the text again. */
  bytes?: Uint8Array;
}

export interface SqlSyntaxError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The statement text that failed. */
  sql: string;
  revision?: string;
  /** A pointed hint when the text looks like another SQL dialect (SQLite, MySQL). */
  hint?: string;
}

export interface ParsedSql {
  statements: Statement[];
  syntaxErrors: SqlSyntaxError[];
  /** Transaction state after the last statement. */
  inTransactionAtEnd: boolean;
  /** `alembic-guard: ignore …` comments found in the SQL, with the statement lines they cover. */
  ignores: IgnoreDirective[];
}

interface RawStatement {
  node: PgNode;
  /** Byte offset of the statement start in the source text. */
  byteStart: number;
  byteEnd: number;
  /** Byte offset of the text handed to the parser: node `location`s are relative to it. */
  parseBase: number;
  /** The parser gave no length: the statement runs to the end of the text parsed. */
  toEnd: boolean;
}

/** A statement or a piece that failed to parse: what an ignore comment can point at. */
interface Span {
  byteStart: number;
  byteEnd: number;
}

/**
 * Parse several sources in order as one unit (a file or a revision): statement indexes run across sources,
 * and an explicit BEGIN/COMMIT in one source carries into the next.
 */
export function parseSqlSources(sources: readonly SqlSource[]): ParsedSql {
  const statements: Statement[] = [];
  const syntaxErrors: SqlSyntaxError[] = [];
  const ignores: IgnoreDirective[] = [];
  let explicitTx: boolean | undefined; // undefined: follow the source's own transaction state
  for (const source of sources) {
    let text = source.text;
    if (text.includes("\0")) text = reportNulBytes(text, source, syntaxErrors);
    if (!/\S/.test(text)) continue;
    const bytes =
      source.bytes && text === source.text ? Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) : Buffer.from(text, "utf8");
    const positions = new TextPositions(text, bytes.length);
    const ascii = bytes.length === text.length; // then byte offsets are string offsets
    const fixedLine = source.line; // Python-sourced SQL: every position is the op.* call
    const place = (byteOffset: number): { line: number; column?: number } => {
      if (fixedLine !== undefined) return { line: fixedLine, column: source.column };
      return positions.lineColumnOfByte(byteOffset);
    };
    const hasIgnoreComments = text.includes("alembic-guard");
    const spans: Span[] = []; // what ignore comments can point at; only wanted when there are some
    const raws = parseRaw(text, bytes, syntaxErrors, source, place, spans);
    // Indexed loops here and in fromParseResult: lint runs V8 with --no-opt, where each for…of step allocates.
    for (let r = 0; r < raws.length; r++) {
      const raw = raws[r];
      let kind = "Unknown";
      for (const k in raw.node) {
        kind = k;
        break;
      }
      const body = raw.node[kind];
      const byteStart = raw.byteStart;
      // A statement that runs to the end of the text (no stmt_len) carries the trailing comments with it.
      const byteEnd = raw.toEnd ? trimTrailingComments(bytes, byteStart, raw.byteEnd) : raw.byteEnd;
      if (hasIgnoreComments) spans.push({ byteStart, byteEnd });
      const inTransaction = explicitTx ?? source.inTransaction;
      const parseBase = raw.parseBase;
      // Slicing the JS string is much cheaper than decoding the bytes again, statement after statement.
      const sql = (ascii ? text.slice(byteStart, byteEnd) : text.slice(positions.charOffset(byteStart), positions.charOffset(byteEnd))).trim();
      let line = fixedLine;
      let column = source.column;
      let endLine = fixedLine;
      if (line === undefined) {
        const at = positions.lineColumnOfByte(byteStart);
        line = at.line;
        column = at.column;
        endLine = positions.lineOfByte(Math.max(byteStart, byteEnd - 1));
      }
      statements.push({
        index: statements.length,
        sql,
        kind,
        body,
        inTransaction,
        file: source.file,
        line,
        column,
        endLine,
        revision: source.revision,
        locate: (nodeLocation: number) =>
          fixedLine !== undefined ? { line: fixedLine, column: source.column } : positions.lineColumnOfByte(parseBase + nodeLocation),
      });
      if (kind === "TransactionStmt") explicitTx = transactionStateAfter(body.kind, explicitTx ?? source.inTransaction);
    }
    if (hasIgnoreComments) ignores.push(...collectIgnores(text, bytes, spans, source, place));
  }
  return { statements, syntaxErrors, inTransactionAtEnd: explicitTx ?? sources.at(-1)?.inTransaction ?? false, ignores };
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

/** PostgreSQL rejects NUL bytes in SQL text; report them and parse the rest with spaces in their place (same byte widths). */
function reportNulBytes(text: string, source: SqlSource, syntaxErrors: SqlSyntaxError[]): string {
  const first = text.indexOf("\0");
  const count = text.split("\0").length - 1;
  const at = source.line !== undefined ? { line: source.line, column: source.column ?? 1 } : new TextPositions(text).lineColumn(first);
  syntaxErrors.push({
    file: source.file,
    line: at.line,
    column: at.column,
    message: `the text contains ${count} NUL byte${count === 1 ? "" : "s"} (0x00); PostgreSQL rejects SQL containing them`,
    sql: text.slice(Math.max(0, first - 40), first + 40).replace(/\0/g, "\\0").trim(),
    revision: source.revision,
    hint: "Is this a binary file, or UTF-16? Save it as UTF-8 text without NUL characters.",
  });
  return text.replace(/\0/g, " ");
}

function parseRaw(
  text: string,
  bytes: Buffer,
  syntaxErrors: SqlSyntaxError[],
  source: SqlSource,
  place: (byteOffset: number) => { line: number; column?: number },
  spans: Span[],
): RawStatement[] {
  const whole = parseSqlBytes(bytes);
  if ("tree" in whole) return fromParseResult(whole.tree, 0, bytes.length);
  // One bad statement fails the whole text: split on top-level semicolons and parse piece by piece.
  const out: RawStatement[] = [];
  for (const [from, to] of splitStatements(text, bytes.length)) {
    const pieceBytes = bytes.subarray(from, to);
    if (isBlank(pieceBytes)) continue;
    const result = parseSqlBytes(pieceBytes);
    if ("tree" in result) {
      out.push(...fromParseResult(result.tree, from, to));
      continue;
    }
    const piece = pieceBytes.toString("utf8");
    const start = from + firstTokenByte(piece);
    if (start >= to) continue; // only comments
    spans.push({ byteStart: start, byteEnd: to });
    const cursor = result.error.cursorPosition;
    const errorByte = cursor !== undefined ? from + byteOffsetOfCodePoint(piece, cursor) : start;
    const at = place(Math.min(errorByte, to));
    syntaxErrors.push({
      file: source.file,
      line: at.line,
      column: at.column ?? 1,
      message: result.error.message,
      sql: piece.trim(),
      revision: source.revision,
      hint: dialectHint(piece),
    });
  }
  return out;
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (!isSpaceByte(bytes[i])) return false;
  return true;
}

function fromParseResult(result: PgParseOutput, base: number, end: number): RawStatement[] {
  const stmts = result.stmts ?? [];
  const out: RawStatement[] = new Array(stmts.length);
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    const start = base + (s.stmt_location ?? 0);
    out[i] = { node: (s.stmt ?? {}) as PgNode, byteStart: start, byteEnd: s.stmt_len ? start + s.stmt_len : end, parseBase: base, toEnd: !s.stmt_len };
  }
  return out;
}

/** The last statement of a text runs to its end, trailing comments included: cut them off. */
function trimTrailingComments(bytes: Buffer, start: number, end: number): number {
  while (end > start && isSpaceByte(bytes[end - 1])) end--;
  const tail = bytes.subarray(start, end);
  if (!tail.includes("--") && !tail.includes("/*")) return end;
  // Walk back over comments (and the blanks between them) at the end of the statement.
  const comments = lexStatements(tail.toString("utf8")).comments;
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (start + c.end < end) break;
    end = start + c.start;
    while (end > start && isSpaceByte(bytes[end - 1])) end--;
  }
  return end;
}

function isSpaceByte(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}

/** Byte offset of the first character that is neither whitespace nor part of a comment. */
function firstTokenByte(piece: string): number {
  let i = 0;
  while (i < piece.length) {
    const c = piece[i];
    if (/\s/.test(c)) i++;
    else if (c === "-" && piece[i + 1] === "-") {
      const nl = piece.indexOf("\n", i);
      i = nl === -1 ? piece.length : nl + 1;
    } else if (c === "/" && piece[i + 1] === "*") {
      let depth = 1;
      i += 2;
      while (i < piece.length && depth > 0) {
        if (piece[i] === "/" && piece[i + 1] === "*") (depth++, (i += 2));
        else if (piece[i] === "*" && piece[i + 1] === "/") (depth--, (i += 2));
        else i++;
      }
    } else break;
  }
  return Buffer.byteLength(piece.slice(0, i), "utf8");
}

/** UTF-8 byte offset of the code point at index `codePoints` of text. */
export function byteOffsetOfCodePoint(text: string, codePoints: number): number {
  let bytes = 0;
  let seen = 0;
  for (let i = 0; i < text.length && seen < codePoints; i++, seen++) {
    const code = text.codePointAt(i)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0x10000) i++;
  }
  return bytes;
}

/** Byte ranges of the statements in text, split on top-level `;` (strings, comments, dollar quotes respected). */
export function splitStatements(text: string, byteLength: number): Array<[number, number]> {
  const { statements } = lexStatements(text);
  const last = statements.at(-1);
  if (last && last[1] !== byteLength) last[1] = byteLength;
  return statements;
}

export interface LexedSql {
  /** Byte ranges between top-level semicolons (the semicolons excluded). */
  statements: Array<[number, number]>;
  /** Comments, with byte ranges. */
  comments: Array<{ start: number; end: number; text: string }>;
}

const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;

/**
 * A small SQL lexer that only knows what splitting needs: quotes ('' E'' "" $tag$), comments (-- and nested
 * /* *\/), parentheses and `BEGIN ATOMIC … END` bodies (with CASE … END inside them). It is much faster than
 * libpg-query's scanner on large files and, unlike it, keeps going after an unterminated quote (the rest of
 * the text becomes one piece, which then fails to parse at the quote).
 */
export function lexStatements(text: string): LexedSql {
  const statements: Array<[number, number]> = [];
  const comments: Array<{ start: number; end: number; text: string }> = [];
  const n = text.length;
  let i = 0;
  let byte = 0;
  let start = 0;
  let parens = 0;
  let atomic = 0;
  let cases = 0;
  let previousWord = "";
  // Advance one character (a surrogate pair counts as one 4-byte character).
  const step = () => {
    const c = text.charCodeAt(i);
    if (c < 0x80) byte += 1;
    else if (c < 0x800) byte += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      byte += 4;
      i++;
    } else byte += 3;
    i++;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 39 /* ' */) {
      const backslashes = previousWord === "E" && i > 0 && (text.charCodeAt(i - 1) === 69 || text.charCodeAt(i - 1) === 101);
      step();
      while (i < n) {
        const d = text.charCodeAt(i);
        if (backslashes && d === 92 /* \ */) {
          step();
          if (i < n) step();
        } else if (d === 39) {
          step();
          if (i < n && text.charCodeAt(i) === 39) step();
          else break;
        } else step();
      }
      previousWord = "";
    } else if (c === 34 /* " */) {
      step();
      while (i < n) {
        const d = text.charCodeAt(i);
        step();
        if (d === 34) {
          if (i < n && text.charCodeAt(i) === 34) step();
          else break;
        }
      }
      previousWord = "";
    } else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const from = byte;
      const at = i;
      while (i < n && text.charCodeAt(i) !== 10) step();
      comments.push({ start: from, end: byte, text: text.slice(at, i) });
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const from = byte;
      const at = i;
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 47 && text.charCodeAt(i + 1) === 42) {
          depth++;
          step();
          step();
        } else if (d === 42 && text.charCodeAt(i + 1) === 47) {
          depth--;
          step();
          step();
          if (depth === 0) break;
        } else step();
      }
      comments.push({ start: from, end: byte, text: text.slice(at, i) });
    } else if (c === 36 /* $ */) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64))?.[0];
      if (!tag) {
        step();
        continue;
      }
      for (let k = 0; k < tag.length; k++) step();
      const close = text.indexOf(tag, i);
      const to = close === -1 ? n : close + tag.length;
      while (i < to) step();
      previousWord = "";
    } else if (isWordStart(c)) {
      const at = i;
      while (i < n && isWordPart(text.charCodeAt(i))) step();
      const length = i - at;
      previousWord = length <= 6 ? text.slice(at, i).toUpperCase() : "";
      if (previousWord === "ATOMIC" && lastWordBefore(text, at) === "BEGIN") atomic++;
      else if (atomic > 0 && previousWord === "CASE") cases++;
      else if (atomic > 0 && previousWord === "END") {
        if (cases > 0) cases--;
        else atomic--;
      }
    } else {
      if (c === 40) parens++;
      else if (c === 41) parens = Math.max(0, parens - 1);
      else if (c === 59 /* ; */ && parens === 0 && atomic === 0) {
        statements.push([start, byte]);
        step();
        start = byte;
        previousWord = "";
        continue;
      }
      if (c > 32) previousWord = "";
      step();
    }
  }
  if (start < byte) statements.push([start, byte]);
  return { statements, comments };
}

/** The word before position `at`, skipping whitespace (for BEGIN ATOMIC). */
function lastWordBefore(text: string, at: number): string {
  let j = at - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  const end = j + 1;
  while (j >= 0 && isWordPart(text.charCodeAt(j))) j--;
  return text.slice(j + 1, end).toUpperCase();
}

/** Words from other SQL dialects that explain a syntax error better than the parser's message. */
const DIALECT_HINTS: Array<{ test: RegExp; hint: string }> = [
  {
    test: /\bAUTOINCREMENT\b/i,
    hint: "`AUTOINCREMENT` is SQLite: in PostgreSQL write `id bigint GENERATED BY DEFAULT AS IDENTITY` (sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)).",
  },
  {
    test: /\bAUTO_INCREMENT\b/i,
    hint: "`AUTO_INCREMENT` is MySQL: in PostgreSQL write `id bigint GENERATED BY DEFAULT AS IDENTITY` (sa.Identity()).",
  },
  { test: /`/, hint: "Backticks quote identifiers in MySQL and SQLite; PostgreSQL uses double quotes: \"order\", not `order`." },
  {
    test: /\bDATETIME\b/i,
    hint: "`DATETIME` is MySQL/SQLite: PostgreSQL has `timestamptz` (sa.DateTime(timezone=True)) or `timestamp`.",
  },
  {
    test: /\bALTER\s+TABLE\b[\s\S]*\bMODIFY\b/i,
    hint: "`ALTER TABLE … MODIFY` is MySQL: PostgreSQL uses `ALTER TABLE t ALTER COLUMN c TYPE …` (op.alter_column(..., type_=...)).",
  },
  { test: /\bUNSIGNED\b/i, hint: "PostgreSQL has no UNSIGNED integers: use bigint, with a CHECK (col >= 0) if it matters." },
  { test: /\bENGINE\s*=/i, hint: "`ENGINE=` is MySQL table syntax; PostgreSQL has no storage engines: remove it." },
];

/** A pointed hint when the failing statement uses another dialect's syntax (outside strings and comments). */
export function dialectHint(piece: string): string | undefined {
  const code = piece.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  const hints = DIALECT_HINTS.filter((h) => h.test.test(code)).map((h) => h.hint);
  return hints.length ? hints.join(" ") : undefined;
}

/** Ignore comments (`-- alembic-guard: ignore …`) and the statement each one covers. */
function collectIgnores(
  text: string,
  bytes: Buffer,
  spans: Span[],
  source: SqlSource,
  place: (byteOffset: number) => { line: number; column?: number },
): IgnoreDirective[] {
  const ordered = [...spans].sort((a, b) => a.byteStart - b.byteStart);
  // Running maximum of the span ends, for finding the first span that encloses a position by binary search.
  const maxEndUpTo: number[] = [];
  for (let i = 0; i < ordered.length; i++) maxEndUpTo.push(Math.max(ordered[i].byteEnd, i > 0 ? maxEndUpTo[i - 1] : -Infinity));
  /** Index of the first span whose start is not below `at` (or, with `orEqual` false, strictly above it); ordered.length if none. */
  const firstStartingFrom = (at: number, orEqual: boolean) => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (orEqual ? ordered[mid].byteStart >= at : ordered[mid].byteStart > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** The first span (in start order) with byteStart < at < byteEnd. */
  const enclosingSpan = (at: number): Span | undefined => {
    const before = firstStartingFrom(at, true); // spans [0, before) start below `at`
    let lo = 0;
    let hi = before;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEndUpTo[mid] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo < before ? ordered[lo] : undefined;
  };
  /** The last span (in start order) that ends at or before `at`. */
  const spanEndingBy = (at: number): Span | undefined => {
    for (let i = firstStartingFrom(at, false) - 1; i >= 0; i--) if (ordered[i].byteEnd <= at) return ordered[i];
    return undefined;
  };
  const out: IgnoreDirective[] = [];
  for (const token of lexStatements(text).comments) {
    if (!token.text.includes("alembic-guard")) continue;
    const parsed = parseIgnoreComment(token.text);
    if (!parsed) continue;
    const at = place(token.start);
    const directive: IgnoreDirective = { ...parsed, file: source.file, line: at.line, column: at.column ?? 1 };
    if (parsed.kind === "next") {
      // A comment inside a statement, or trailing one on its last line, is about that statement;
      // otherwise it is about the next one.
      const enclosing = enclosingSpan(token.start);
      const previous = spanEndingBy(token.start);
      const trailing = previous && source.line === undefined && place(previous.byteEnd - 1).line === at.line && lineHasCodeBefore(bytes, token.start);
      const target = enclosing ?? (trailing ? previous : ordered[firstStartingFrom(token.end, true)]);
      if (target) directive.target = { fromLine: place(target.byteStart).line, toLine: place(Math.max(target.byteStart, target.byteEnd - 1)).line };
    }
    out.push(directive);
  }
  return out;
}

function lineHasCodeBefore(bytes: Buffer, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && bytes[i] !== 10; i--) if (!isSpaceByte(bytes[i])) return true;
  return false;
}

/**
 * Decode a file's bytes as UTF-8. Invalid sequences become U+FFFD (so the rest is still linted) and are reported
 * as a syntax error at the first bad byte, since PostgreSQL rejects them.
 */
export function decodeSqlBytes(buffer: Uint8Array, file: string): { text: string; problem?: SqlSyntaxError } {
  if (isUtf8(buffer)) {
    // Like TextDecoder("utf-8"): a leading byte order mark is not part of the text.
    const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    return { text: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString("utf8", bom ? 3 : 0) };
  }
  const text = new TextDecoder("utf-8").decode(buffer);
  const bad = text.indexOf("\uFFFD");
  const at = new TextPositions(text).lineColumn(Math.max(0, bad));
  const badByte = firstInvalidUtf8Byte(buffer);
  return {
    text,
    problem: {
      file,
      line: at.line,
      column: at.column,
      message: `invalid UTF-8${badByte ? ` (byte 0x${badByte.value.toString(16).padStart(2, "0")} at offset ${badByte.offset})` : ""}; PostgreSQL rejects text that is not valid in the database encoding`,
      sql: text.slice(Math.max(0, bad - 40), bad + 40).trim(),
      hint: "Re-save the file as UTF-8 (it may be Latin-1 or Windows-1252).",
    },
  };
}

function firstInvalidUtf8Byte(buffer: Uint8Array): { offset: number; value: number } | undefined {
  for (let i = 0; i < buffer.length; ) {
    const b = buffer[i];
    const width = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (width === 0) return { offset: i, value: b };
    for (let k = 1; k < width; k++) if (i + k >= buffer.length || (buffer[i + k] & 0xc0) !== 0x80) return { offset: i, value: b };
    i += width;
  }
  return undefined;
}
