// A module-level Python token scanner: reads the top-level assignments of a few names (revision,
// down_revision, branch_labels, depends_on) without a full parse. It tokenises the whole file —
// strings (prefixed, triple-quoted), comments, brackets and line continuations — so text inside a
// docstring or a function body is never mistaken for an assignment. Verified against tree-sitter
// and Python's ast on every fixture (test/revisions/scanner.test.ts).
//
// It works on UTF-8 bytes, not on a decoded string: every character Python's tokenizer cares about
// here is ASCII, and bytes of a multi-byte UTF-8 sequence are all ≥ 0x80 (identifier characters for
// this scanner). The graph path scans 10,000 files straight from the read buffer, without decoding
// them; columns are converted to characters (UTF-16 units) only where reported.

export type LiteralValue =
  /** `None`, or a falsy literal Alembic treats as "no value" ("" / () / []). */
  | { kind: "none" }
  /** A string, or a tuple/list/set of strings. */
  | { kind: "strings"; items: string[] }
  /** Anything else: a name, a call, an f-string with fields, bytes… `text` is the source. */
  | { kind: "unresolved"; text: string };

export interface ScannedAssignment {
  name: string;
  /** 1-based line and column (in UTF-16 code units, like the source string) of the assigned name. */
  line: number;
  column: number;
  value: LiteralValue;
}

export interface ScanError {
  message: string;
  line: number;
  column: number;
}

export interface ScanResult {
  /** The last top-level assignment of each wanted name (Python keeps the last one). */
  assignments: Map<string, ScannedAssignment>;
  errors: ScanError[];
}

const T_NAME = 0, T_STRING = 1, T_OP = 2, T_OTHER = 3;

/**
 * Tokens of the statement being read, as parallel arrays reused across statements and files (the
 * scan reads four statements per file, tens of thousands per run: no object per token).
 * kind: T_*; op: the operator's byte, or first byte * 256 + second for two-byte operators;
 * value: a string token's value (undefined when not a plain literal); pos/end: byte offsets;
 * line / lineStart: the token's line and that line's byte offset, for its column.
 */
class Tokens {
  count = 0;
  kind = new Int32Array(64);
  op = new Int32Array(64);
  pos = new Int32Array(64);
  end = new Int32Array(64);
  line = new Int32Array(64);
  lineStart = new Int32Array(64);
  value: (string | undefined)[] = [];
  push(kind: number, op: number, value: string | undefined, pos: number, end: number, line: number, lineStart: number): void {
    const k = this.count;
    if (k === this.kind.length) this.grow();
    this.kind[k] = kind;
    this.op[k] = op;
    this.value[k] = value;
    this.pos[k] = pos;
    this.end[k] = end;
    this.line[k] = line;
    this.lineStart[k] = lineStart;
    this.count = k + 1;
  }
  isOp(k: number, op: number): boolean {
    return k < this.count && this.kind[k] === T_OP && this.op[k] === op;
  }
  private grow(): void {
    const twice = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.kind = twice(this.kind);
    this.op = twice(this.op);
    this.pos = twice(this.pos);
    this.end = twice(this.end);
    this.line = twice(this.line);
    this.lineStart = twice(this.lineStart);
  }
}
const tokens = new Tokens();

const OP_EQ = 61, OP_COLON = 58, OP_COMMA = 44, OP_LPAR = 40, OP_RPAR = 41, OP_LSQB = 91, OP_RSQB = 93, OP_LBRACE = 123, OP_RBRACE = 125;

const CH_NL = 10, CH_CR = 13, CH_SP = 32, CH_TAB = 9, CH_FF = 12, CH_HASH = 35, CH_BS = 92, CH_SQ = 39, CH_DQ = 34;

/** Identifier bytes: ASCII letters, `_`, digits (not first), and every byte of a non-ASCII character. */
const IDENT_START = new Uint8Array(256);
const IDENT_PART = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const start = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
  IDENT_START[c] = start ? 1 : 0;
  IDENT_PART[c] = start || (c >= 48 && c <= 57) ? 1 : 0;
}
/** Bytes the fast skip stops at: quotes, #, brackets, backslash, newlines, `;`. */
const INTERESTING = new Uint8Array(256);
for (const ch of "'\"#()[]{}\\\n\r;") INTERESTING[ch.charCodeAt(0)] = 1;
const PREFIX_CHAR = new Uint8Array(256);
for (const ch of "rRbBuUfFtT") PREFIX_CHAR[ch.charCodeAt(0)] = 1;
const STRING_PREFIXES = new Set(["r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt"]);

export const REVISION_NAMES: ReadonlySet<string> = new Set(["revision", "down_revision", "branch_labels", "depends_on"]);

/** The wanted names as UTF-8 bytes, compared in place (decoding every identifier would dominate the scan). */
interface WantedNames {
  strings: string[];
  bytes: Buffer[];
}
const wantedCache = new WeakMap<ReadonlySet<string>, WantedNames>();
function wantedNames(names: ReadonlySet<string>): WantedNames {
  let wanted = wantedCache.get(names);
  if (!wanted) {
    const strings = [...names];
    wanted = { strings, bytes: strings.map((name) => Buffer.from(name, "utf8")) };
    wantedCache.set(names, wanted);
  }
  return wanted;
}

/** Which wanted name src[start, end) is (its index), or -1. */
function wantedIndex(src: Buffer, start: number, end: number, wanted: WantedNames): number {
  const length = end - start;
  const all = wanted.bytes;
  for (let w = 0; w < all.length; w++) {
    const name = all[w];
    if (name.length !== length) continue;
    let k = 0;
    while (k < length && name[k] === src[start + k]) k++;
    if (k === length) return w;
  }
  return -1;
}

let bracketStack = new Int32Array(256);
/** Python's tokenizer refuses a 201st level of open brackets (MAXLEVEL in Parser/tokenizer.c). */
export const MAX_NESTING = 200;
/** The scan error for a 201st open bracket (Python's own wording). */
export const TOO_MANY_NESTED_PARENTHESES = "too many nested parentheses";
/** Python's tokenizer refuses a 100th level of indentation (MAXINDENT in Parser/tokenizer.c). */
export const MAX_INDENT = 100;
export const TOO_MANY_INDENTATION_LEVELS = "too many levels of indentation";
/** Columns of the open indentation levels of the file being scanned: [0] is the level, [1..level] the columns. */
const indents = new Int32Array(MAX_INDENT + 1);

/**
 * Track the indentation of a logical line whose leading blanks are src[from, to), as Python's tokenizer does
 * (a tab moves to the next multiple of 8, a form feed back to 0). False when the line opens a 100th level.
 * Mismatched dedents are Python's to report; they only close levels here.
 */
function indentLine(src: Buffer, from: number, to: number): boolean {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = src[k];
    col = c === CH_TAB ? (Math.floor(col / 8) + 1) * 8 : c === CH_FF ? 0 : col + 1;
  }
  let level = indents[0];
  if (col > (level === 0 ? 0 : indents[level])) {
    if (level + 1 >= MAX_INDENT) return false;
    indents[++level] = col;
  } else {
    while (level > 0 && col < indents[level]) level--;
  }
  indents[0] = level;
  return true;
}

/** The errors of every clean file (shared, never mutated). */
const NO_ERRORS: ScanError[] = Object.freeze([]) as unknown as ScanError[];

interface RawError {
  message: string;
  line: number;
  /** Byte offsets of the error's line and of the error itself (turned into a character column at the end). */
  lineStart: number;
  pos: number;
}

export interface ScanOptions {
  /**
   * Also report Python's limit of 100 indentation levels. Off on the graph path, which scans every file of the
   * history and needs only the module level; on before a full parse, which tree-sitter cannot survive past ~500.
   */
  indentation?: boolean;
}

/** Scan Python source text (encoded to UTF-8 for the byte scanner). */
export function scanModuleAssignments(source: string, names: ReadonlySet<string> = REVISION_NAMES, options: ScanOptions = {}): ScanResult {
  return scanModuleBytes(Buffer.from(source, "utf8"), 0, names, options);
}

/**
 * Scan UTF-8 source bytes from `start` (3 to skip a byte order mark). Columns are counted from `start`
 * on the first line, in UTF-16 code units of the decoded text — the same numbers as scanning the string.
 *
 * This loop only lexes (strings, comments, brackets, continuations, logical lines) and so stays small,
 * which lets V8 optimise it within the first few files; a top-level statement that starts with a wanted
 * name is handed to readStatement once its end is known.
 */
export function scanModuleBytes(bytes: Uint8Array, start = 0, names: ReadonlySet<string> = REVISION_NAMES, options: ScanOptions = {}): ScanResult {
  const src = bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const assignments = new Map<string, ScannedAssignment>();
  const rawErrors: RawError[] = [];
  const wanted = wantedNames(names);
  const n = src.length;
  let i = start;
  let line = 1;
  let lineStart = start;
  // Open brackets as a stack of (byte, line, line start, offset) numbers, reused across files.
  let depth = 0;
  let brackets = bracketStack;
  /** Offset, line and line start of the top-level statement being read (offset -1: none). */
  let stmt = -1;
  let stmtLine = 0;
  let stmtLineStart = 0;
  let atLogicalLineStart = true;
  // Indentation levels (see indentLine), tracked only where a line's width differs from the innermost level's.
  const trackIndentation = options.indentation === true;
  indents[0] = 0;
  let indentWidth = 0;
  let indentFailed = false;
  // Tables as locals: the optimised loop then reads them without going through the module's context.
  const interesting = INTERESTING;
  const identStart = IDENT_START;
  const identPart = IDENT_PART;

  while (i < n) {
    if (atLogicalLineStart) {
      // Measure indentation of a new logical line; blank and comment-only lines do not start one.
      let j = i;
      let c = src[j];
      while (c === CH_SP || c === CH_TAB || c === CH_FF) c = src[++j];
      if (j >= n) break;
      i = j;
      if (c !== CH_NL && c !== CH_CR && c !== CH_HASH) {
        atLogicalLineStart = false;
        if (trackIndentation && j - lineStart !== indentWidth && !indentFailed) {
          if (indentLine(src, lineStart, j)) indentWidth = indents[0] === 0 ? 0 : indents[indents[0]];
          else {
            indentFailed = true;
            rawErrors.push({ message: TOO_MANY_INDENTATION_LEVELS, line, lineStart, pos: lineStart });
          }
        }
        if (j === lineStart && identStart[c] === 1) {
          let k = j + 1;
          while (k < n && identPart[src[k]] === 1) k++;
          if (wantedIndex(src, j, k, wanted) >= 0) {
            stmt = j;
            stmtLine = line;
            stmtLineStart = lineStart;
          }
          i = k;
        }
      }
    }
    // Only strings, comments, brackets, continuations, newlines and `;` matter to the lexer.
    while (i < n && interesting[src[i]] === 0) i++;
    if (i >= n) break;
    const c = src[i];
    if (c === CH_NL || c === CH_CR) {
      const at = i;
      i += c === CH_CR && src[i + 1] === CH_NL ? 2 : 1;
      line++;
      lineStart = i;
      if (depth === 0) {
        if (stmt >= 0) {
          readStatement(src, stmt, at, stmtLine, stmtLineStart, wanted, assignments);
          stmt = -1;
        }
        atLogicalLineStart = true;
      }
      continue;
    }
    if (c === CH_HASH) {
      while (i < n && src[i] !== CH_NL && src[i] !== CH_CR) i++;
      continue;
    }
    if (c === CH_SQ || c === CH_DQ) {
      const triple = src[i + 1] === c && src[i + 2] === c;
      let k = i + (triple ? 3 : 1);
      let message: string | undefined;
      let endLine = line;
      let endLineStart = lineStart;
      for (;;) {
        if (k >= n) {
          message = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
          k = n;
          break;
        }
        const d = src[k];
        if (d === CH_BS) {
          const next = src[k + 1];
          if (next === CH_NL || next === CH_CR) {
            k += next === CH_CR && src[k + 2] === CH_NL ? 3 : 2;
            endLine++;
            endLineStart = k;
          } else {
            k += 2;
          }
        } else if (d === CH_NL || d === CH_CR) {
          if (!triple) {
            message = "unterminated string literal";
            break;
          }
          k += d === CH_CR && src[k + 1] === CH_NL ? 2 : 1;
          endLine++;
          endLineStart = k;
        } else if (d === c && (!triple || (src[k + 1] === c && src[k + 2] === c))) {
          k += triple ? 3 : 1;
          break;
        } else {
          k++;
        }
      }
      // Python reports an unterminated string at its prefix (r"…, b'…).
      if (message !== undefined) rawErrors.push({ message, line, lineStart, pos: stringPrefixStart(src, i, lineStart) });
      i = k;
      line = endLine;
      lineStart = endLineStart;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      if (depth === MAX_NESTING) rawErrors.push({ message: TOO_MANY_NESTED_PARENTHESES, line, lineStart, pos: i });
      if (depth * 4 + 4 > brackets.length) {
        const bigger = new Int32Array(brackets.length * 2);
        bigger.set(brackets);
        brackets = bracketStack = bigger;
      }
      brackets[depth * 4] = c;
      brackets[depth * 4 + 1] = line;
      brackets[depth * 4 + 2] = lineStart;
      brackets[depth * 4 + 3] = i;
      depth++;
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) {
        rawErrors.push({ message: `unmatched '${String.fromCharCode(c)}'`, line, lineStart, pos: i });
      } else {
        depth--;
        const openCh = brackets[depth * 4];
        if (openCh !== (c === 41 ? 40 : c === 93 ? 91 : 123)) {
          const message = `closing '${String.fromCharCode(c)}' does not match '${String.fromCharCode(openCh)}' opened on line ${brackets[depth * 4 + 1]}`;
          rawErrors.push({ message, line, lineStart, pos: i });
        }
      }
      i++;
      continue;
    }
    if (c === CH_BS) {
      const next = src[i + 1];
      if (next === CH_NL || next === CH_CR) {
        i += next === CH_CR && src[i + 2] === CH_NL ? 3 : 2;
        line++;
        lineStart = i;
        if (i >= n) rawErrors.push({ message: "unexpected end of file after a line continuation (\\)", line, lineStart, pos: i });
        continue;
      }
      rawErrors.push({ message: "unexpected character after line continuation character", line, lineStart, pos: i });
      i++;
      continue;
    }
    // `;`: inside brackets it is just a character; at depth 0 it starts a new simple statement (`a = 1; revision = "x"`).
    if (depth === 0) {
      if (stmt >= 0) {
        readStatement(src, stmt, i, stmtLine, stmtLineStart, wanted, assignments);
        stmt = -1;
      }
      let k = i + 1;
      while (src[k] === CH_SP || src[k] === CH_TAB) k++;
      if (k < n && identStart[src[k]] === 1) {
        let e = k + 1;
        while (e < n && identPart[src[e]] === 1) e++;
        // Only a top-level line's statements are module-level.
        if (wantedIndex(src, k, e, wanted) >= 0 && isTopLevelLine(src, lineStart)) {
          stmt = k;
          stmtLine = line;
          stmtLineStart = lineStart;
        }
      }
    }
    i++;
  }
  if (stmt >= 0) readStatement(src, stmt, n, stmtLine, stmtLineStart, wanted, assignments);
  for (let b = 0; b < depth * 4; b += 4) {
    rawErrors.push({ message: `'${String.fromCharCode(brackets[b])}' was never closed`, line: brackets[b + 1], lineStart: brackets[b + 2], pos: brackets[b + 3] });
  }
  const errors = rawErrors.length === 0 ? NO_ERRORS : rawErrors.map((e) => ({ message: e.message, line: e.line, column: column(src, e.lineStart, e.pos) }));
  return { assignments, errors };
}

/** Where the string whose quote is at `quote` starts: at its prefix (r, b, f, u, t and pairs) if it has one. */
function stringPrefixStart(src: Buffer, quote: number, lineStart: number): number {
  let b = quote;
  while (b > lineStart && quote - b < 2 && PREFIX_CHAR[src[b - 1]] === 1) b--;
  if (b < quote && !(b > lineStart && IDENT_PART[src[b - 1]] === 1) && STRING_PREFIXES.has(src.toString("latin1", b, quote).toLowerCase())) return b;
  return quote;
}

/** Bytes of an annotation the fast path accepts: names, dots, spaces, `[`, `]`, `,`, `|`. */
const SIMPLE_ANNOTATION = new Uint8Array(256);
for (let c = 0; c < 256; c++) SIMPLE_ANNOTATION[c] = IDENT_PART[c] === 1 && c < 128 ? 1 : 0;
for (const ch of " \t.[],|") SIMPLE_ANNOTATION[ch.charCodeAt(0)] = 1;

/**
 * The shapes Alembic's template writes — `name = "id"`, `name = None`, with or without a plain annotation
 * (`down_revision: Union[str, Sequence[str], None] = None`) — read straight from the bytes: most of the
 * 40,000 statements of a 10,000-file history. Anything else (tuples, escapes, prefixes, continuations,
 * non-ASCII, chained targets…) returns false and goes through the tokenizer, which reads these shapes the
 * same way (the scanner test compares both readers on generated statements).
 */
function readSimpleAssignment(src: Buffer, from: number, to: number, line: number, lineStart: number, wanted: WantedNames, out: Map<string, ScannedAssignment>): boolean {
  let i = from;
  while (i < to && IDENT_PART[src[i]] === 1 && src[i] < 128) i++;
  const index = wantedIndex(src, from, i, wanted);
  if (index < 0) return false;
  while (src[i] === CH_SP || src[i] === CH_TAB) i++;
  if (src[i] === 58 /* : */) {
    if (src[i + 1] === 61) return false; // `:=`
    // A plain annotation up to `=` outside brackets.
    let depth = 0;
    i++;
    for (; i < to; i++) {
      const c = src[i];
      if (c === 61 /* = */) break;
      if (SIMPLE_ANNOTATION[c] === 0) return false;
      if (c === 91) depth++;
      else if (c === 93 && --depth < 0) return false;
    }
    if (i >= to || depth !== 0) return false;
  }
  if (src[i] !== 61 || src[i + 1] === 61) return false;
  i++;
  while (src[i] === CH_SP || src[i] === CH_TAB) i++;
  let value: LiteralValue;
  const q = src[i];
  if (q === CH_DQ || q === CH_SQ) {
    if (src[i + 1] === q && src[i + 2] === q) return false; // triple-quoted
    const bodyStart = ++i;
    for (; i < to; i++) {
      const c = src[i];
      if (c === q) break;
      if (c === CH_BS || c > 127) return false;
    }
    if (i >= to) return false;
    value = i === bodyStart ? { kind: "none" } : { kind: "strings", items: [(src as SlicingBuffer).latin1Slice(bodyStart, i)] };
    i++;
  } else if (isNone(src, i, i + 4) && IDENT_PART[src[i + 4]] !== 1) {
    value = { kind: "none" };
    i += 4;
  } else {
    return false;
  }
  // Only blanks and a comment may follow.
  while (src[i] === CH_SP || src[i] === CH_TAB) i++;
  if (i < to && src[i] !== CH_HASH) return false;
  const name = wanted.strings[index];
  out.set(name, { name, line, column: column(src, lineStart, from), value });
  return true;
}

/**
 * Tokenise the top-level statement in src[from, to) (already lexed by scanModuleBytes, which reported
 * its errors) and record the assignment it makes, if it is one of a wanted name.
 */
function readStatement(src: Buffer, from: number, to: number, line: number, lineStart: number, wanted: WantedNames, out: Map<string, ScannedAssignment>): void {
  if (readSimpleAssignment(src, from, to, line, lineStart, wanted, out)) return;
  const toks = tokens;
  toks.count = 0;
  let i = from;
  while (i < to) {
    const c = src[i];
    if (c === CH_NL || c === CH_CR) {
      i += c === CH_CR && src[i + 1] === CH_NL ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    if (c === CH_SP || c === CH_TAB || c === CH_FF) {
      i++;
      continue;
    }
    if (c === CH_HASH) {
      while (i < to && src[i] !== CH_NL && src[i] !== CH_CR) i++;
      continue;
    }
    if (c === CH_BS) {
      const next = src[i + 1];
      if (next === CH_NL || next === CH_CR) {
        i += next === CH_CR && src[i + 2] === CH_NL ? 3 : 2;
        line++;
        lineStart = i;
      } else {
        i++;
      }
      continue;
    }
    let quote = -1;
    let prefix = "";
    if (IDENT_START[c] === 1) {
      let k = i + 1;
      while (k < to && IDENT_PART[src[k]] === 1) k++;
      const q = src[k];
      if ((q === CH_SQ || q === CH_DQ) && k - i <= 2 && STRING_PREFIXES.has(src.toString("latin1", i, k).toLowerCase())) {
        quote = k;
        prefix = src.toString("latin1", i, k).toLowerCase();
      } else {
        toks.push(T_NAME, 0, undefined, i, k, line, lineStart);
        i = k;
        continue;
      }
    } else if (c === CH_SQ || c === CH_DQ) {
      quote = i;
    }
    if (quote >= 0) {
      const value = readString(src, quote, prefix);
      toks.push(T_STRING, 0, value, i, stringEnd, line, lineStart);
      if (stringNewlines) {
        line += stringNewlines;
        lineStart = stringLastLineStart;
      }
      i = stringEnd;
      continue;
    }
    // Operators and numbers: only brackets, `=`, `:` and `,` matter for the assignments we read.
    const next = src[i + 1];
    if (
      (next === 61 /* = */ && (c === 61 || c === 33 || c === 60 || c === 62 || c === 58)) || // == != <= >= :=
      (c === 45 && next === 62) || // ->
      (c === 42 && next === 42) || // **
      (c === 47 && next === 47) // //
    ) {
      toks.push(T_OP, c * 256 + next, undefined, i, i + 2, line, lineStart);
      i += 2;
      continue;
    }
    if (c === OP_EQ || c === OP_COLON || c === OP_COMMA || c === OP_LPAR || c === OP_RPAR || c === OP_LSQB || c === OP_RSQB || c === OP_LBRACE || c === OP_RBRACE) {
      toks.push(T_OP, c, undefined, i, i + 1, line, lineStart);
    } else {
      toks.push(T_OTHER, 0, undefined, i, i + 1, line, lineStart);
    }
    i++;
  }
  readAssignment(src, wanted, out);
}

/** 1-based column of byte `pos` in UTF-16 code units (the unit of the source string and of tree-sitter's JS columns). */
function column(src: Buffer, lineStart: number, pos: number): number {
  for (let k = lineStart; k < pos; k++) if (src[k] > 127) return src.toString("utf8", lineStart, pos).length + 1;
  return pos - lineStart + 1;
}

function isTopLevelLine(src: Buffer, lineStart: number): boolean {
  const c = src[lineStart];
  return c !== CH_SP && c !== CH_TAB && c !== CH_FF;
}

/** Node's Buffer decoders behind toString(encoding, start, end) (present on every Buffer since Node 0.x, untyped). */
type SlicingBuffer = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/** Where readString's literal ends, and the newlines inside it (module-level, so no result object per string). */
let stringEnd = 0;
let stringNewlines = 0;
let stringLastLineStart = 0;

/** Value of the string literal whose quote is at `quote` (its lower-cased prefix, if any, is `prefix`); sets stringEnd/stringNewlines. */
function readString(src: Buffer, quote: number, prefix: string): string | undefined {
  const q = src[quote];
  const triple = src[quote + 1] === q && src[quote + 2] === q;
  let i = quote + (triple ? 3 : 1);
  const bodyStart = i;
  let newlines = 0;
  let lastLineStart = 0;
  let ascii = true;
  const n = src.length;
  let value: string | undefined;
  let end = n; // unterminated (scanModuleBytes reported it): no value
  while (i < n) {
    const c = src[i];
    if (c === CH_BS) {
      const next = src[i + 1];
      if (next === CH_NL || next === CH_CR) {
        i += next === CH_CR && src[i + 2] === CH_NL ? 3 : 2;
        newlines++;
        lastLineStart = i;
        continue;
      }
      if (next > 127) ascii = false;
      i += 2;
      continue;
    }
    if (c === CH_NL || c === CH_CR) {
      if (!triple) {
        end = i;
        break;
      }
      i += c === CH_CR && src[i + 1] === CH_NL ? 2 : 1;
      newlines++;
      lastLineStart = i;
      continue;
    }
    if (c === q && (!triple || (src[i + 1] === q && src[i + 2] === q))) {
      end = i + (triple ? 3 : 1);
      // Buffer's own slice decoders, without toString's argument handling (this runs for every value read).
      const body = ascii ? (src as SlicingBuffer).latin1Slice(bodyStart, i) : (src as SlicingBuffer).utf8Slice(bodyStart, i);
      const raw = prefix !== "" && prefix.includes("r");
      if (prefix === "") value = unescapePythonString(body, false);
      else if (prefix.includes("b")) value = undefined;
      else if (prefix.includes("f") || prefix.includes("t")) value = body.includes("{") ? undefined : unescapePythonString(body, raw);
      else value = unescapePythonString(body, raw);
      break;
    }
    if (c > 127) ascii = false;
    i++;
  }
  stringEnd = end;
  stringNewlines = newlines;
  stringLastLineStart = lastLineStart;
  return value;
}

const SIMPLE_ESCAPES: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0" };

export function unescapePythonString(body: string, raw: boolean): string | undefined {
  if (raw || !body.includes("\\")) return body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === "\n" || next === "\r") {
      i += next === "\r" && body[i + 2] === "\n" ? 2 : 1;
      continue;
    }
    if (next === "x" || next === "u" || next === "U") {
      const len = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) return undefined;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + len;
      continue;
    }
    if (/[0-7]/.test(next ?? "")) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(oct, 8));
      i += oct.length;
      continue;
    }
    if (next === "N") return undefined;
    if (next !== undefined && SIMPLE_ESCAPES[next] !== undefined) {
      out += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    out += ch; // Python keeps unknown escapes as written.
  }
  return out;
}

let targetTokens = new Int32Array(8);

/** Interpret the collected top-level statement `NAME [: annotation] = [NAME =]* value` in `tokens`. */
function readAssignment(src: Buffer, wanted: WantedNames, out: Map<string, ScannedAssignment>): void {
  const toks = tokens;
  const count = toks.count;
  let targets = 0;
  let k = 0;
  for (;;) {
    if (k >= count || toks.kind[k] !== T_NAME) return;
    if (k + 1 >= count || toks.kind[k + 1] !== T_OP) return;
    if (targets === targetTokens.length) {
      const bigger = new Int32Array(targets * 2);
      bigger.set(targetTokens);
      targetTokens = bigger;
    }
    const next = toks.op[k + 1];
    if (next === OP_COLON && targets === 0) {
      // Annotated assignment: skip the annotation up to `=` outside brackets; a bare annotation assigns nothing.
      let d = 0;
      let m = k + 2;
      for (; m < count; m++) {
        if (toks.kind[m] !== T_OP) continue;
        const op = toks.op[m];
        if (op === OP_LPAR || op === OP_LSQB || op === OP_LBRACE) d++;
        else if (op === OP_RPAR || op === OP_RSQB || op === OP_RBRACE) d--;
        else if (op === OP_EQ && d === 0) break;
      }
      if (m >= count) return;
      targetTokens[targets++] = k;
      k = m + 1;
      break;
    }
    if (next !== OP_EQ) return;
    targetTokens[targets++] = k;
    k += 2;
    // Chained assignment `a = b = value`: another NAME followed by `=`.
    if (k < count && toks.kind[k] === T_NAME && toks.isOp(k + 1, OP_EQ)) continue;
    break;
  }
  if (k >= count) return;
  const value = readValue(src, k);
  for (let t = 0; t < targets; t++) {
    const target = targetTokens[t];
    const index = wantedIndex(src, toks.pos[target], toks.end[target], wanted);
    if (index < 0) continue;
    const name = wanted.strings[index];
    out.set(name, { name, line: toks.line[target], column: column(src, toks.lineStart[target], toks.pos[target]), value });
  }
}

/** Where stringAtom / stringItems stopped (module-level, so no closure or result object per call). */
let cursor = 0;

/**
 * A string atom at token `pos`: adjacent strings concatenate; parentheses around one string keep it a
 * string (`(("a"))`: as many `)` after the strings as `(` before them). Read in a loop, not recursively:
 * a file may nest thousands of parentheses.
 */
function stringAtom(pos: number): string | undefined {
  const toks = tokens;
  let opens = 0;
  while (toks.isOp(pos + opens, OP_LPAR)) opens++;
  let k = pos + opens;
  if (k >= toks.count || toks.kind[k] !== T_STRING) return undefined;
  let s = "";
  while (k < toks.count && toks.kind[k] === T_STRING) {
    const v = toks.value[k];
    if (v === undefined) return undefined;
    s += v;
    k++;
  }
  for (let closed = 0; closed < opens; closed++, k++) if (!toks.isOp(k, OP_RPAR)) return undefined;
  cursor = k;
  return s;
}

/** Comma-separated string atoms from token `pos` up to the `close` operator (consumed), or to the end when close is 0. */
function stringItems(pos: number, close: number): string[] | undefined {
  const toks = tokens;
  const out: string[] = [];
  for (;;) {
    if (close !== 0 && toks.isOp(pos, close)) {
      cursor = pos + 1;
      return out;
    }
    if (close === 0 && pos >= toks.count) {
      cursor = pos;
      return out;
    }
    const s = stringAtom(pos);
    if (s === undefined) return undefined;
    out.push(s);
    pos = cursor;
    if (toks.isOp(pos, OP_COMMA)) {
      pos++;
      continue;
    }
    if (close !== 0 && toks.isOp(pos, close)) continue;
    if (close === 0 && pos >= toks.count) {
      cursor = pos;
      return out;
    }
    return undefined;
  }
}

/** The value made of tokens[first..count). */
function readValue(src: Buffer, first: number): LiteralValue {
  const toks = tokens;
  const count = toks.count;
  const unresolved = (): LiteralValue => ({ kind: "unresolved", text: src.toString("utf8", toks.pos[first], toks.end[count - 1]).trim() });
  if (count - first === 1 && toks.kind[first] === T_NAME && isNone(src, toks.pos[first], toks.end[first])) return { kind: "none" };
  const single = stringAtom(first);
  if (single !== undefined && cursor === count) return single === "" ? { kind: "none" } : { kind: "strings", items: [single] };
  if (toks.kind[first] === T_OP) {
    const open = toks.op[first];
    if (open === OP_LPAR || open === OP_LSQB || open === OP_LBRACE) {
      const list = stringItems(first + 1, open === OP_LPAR ? OP_RPAR : open === OP_LSQB ? OP_RSQB : OP_RBRACE);
      if (list === undefined || cursor !== count) return unresolved();
      return list.length === 0 ? { kind: "none" } : { kind: "strings", items: list };
    }
  }
  // A bare tuple: `down_revision = "a", "b"`.
  const list = stringItems(first, 0);
  if (list === undefined || list.length === 0) return unresolved();
  return { kind: "strings", items: list };
}

function isNone(src: Buffer, start: number, end: number): boolean {
  return end - start === 4 && src[start] === 78 && src[start + 1] === 111 && src[start + 2] === 110 && src[start + 3] === 101;
}
