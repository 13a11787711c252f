// A module-level Python token scanner: reads the top-level assignments of a few names (revision,
// down_revision, branch_labels, depends_on) without a full parse. It tokenises the whole file —
// strings (prefixed, triple-quoted), comments, brackets and line continuations — so text inside a
// docstring or a function body is never mistaken for an assignment. Verified against tree-sitter
// on every fixture (test/revisions/scanner-vs-tree-sitter.test.ts).
//
// It works on UTF-8 bytes, not on a decoded string: every character Python's tokenizer cares about
// here is ASCII, and bytes of a multi-byte UTF-8 sequence are all ≥ 0x80 (identifier characters for
// this scanner, as non-ASCII characters were). The graph path scans 10,000 files straight from the
// read buffer, without decoding them; columns are converted to characters only where reported.

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

interface Token {
  t: number;
  /** The operator, or a string's value (undefined when not a plain literal); undefined for names (decoded on demand). */
  v: string | undefined;
  /** Byte offsets of the token. */
  pos: number;
  end: number;
  line: number;
  /** Byte offset of the token's line, for its column. */
  lineStart: number;
}

/** Tokens of the statement being read, in objects reused across statements and files (the scan runs per file, thousands of times). */
class TokenBuffer {
  private pool: Token[] = [];
  length = 0;
  push(t: number, v: string | undefined, pos: number, end: number, line: number, lineStart: number): void {
    const tok = this.pool[this.length];
    if (tok) {
      tok.t = t;
      tok.v = v;
      tok.pos = pos;
      tok.end = end;
      tok.line = line;
      tok.lineStart = lineStart;
    } else {
      this.pool.push({ t, v, pos, end, line, lineStart });
    }
    this.length++;
  }
  take(): Token[] {
    const tokens = this.pool.slice(0, this.length);
    this.length = 0;
    return tokens;
  }
}
const tokenBuffer = new TokenBuffer();

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
const encodedNamesCache = new WeakMap<ReadonlySet<string>, Buffer[]>();
function encodedNames(names: ReadonlySet<string>): Buffer[] {
  let encoded = encodedNamesCache.get(names);
  if (!encoded) {
    encoded = [...names].map((name) => Buffer.from(name, "utf8"));
    encodedNamesCache.set(names, encoded);
  }
  return encoded;
}

/** Is src[start, end) one of the wanted names? */
function isWantedName(src: Buffer, start: number, end: number, wanted: Buffer[]): boolean {
  const length = end - start;
  for (let w = 0; w < wanted.length; w++) {
    const name = wanted[w];
    if (name.length !== length) continue;
    let k = 0;
    while (k < length && name[k] === src[start + k]) k++;
    if (k === length) return true;
  }
  return false;
}

let bracketStack = new Int32Array(256);

interface RawError {
  message: string;
  line: number;
  /** Byte offsets of the error's line and of the error itself (turned into a character column at the end). */
  lineStart: number;
  pos: number;
}

/** Scan Python source text (encoded to UTF-8 for the byte scanner). */
export function scanModuleAssignments(source: string, names: ReadonlySet<string> = REVISION_NAMES): ScanResult {
  return scanModuleBytes(Buffer.from(source, "utf8"), 0, names);
}

/**
 * Scan UTF-8 source bytes from `start` (3 to skip a byte order mark). Columns are counted from `start`
 * on the first line, in UTF-16 code units of the decoded text — the same numbers as scanning the string.
 *
 * This loop only lexes (strings, comments, brackets, continuations, logical lines) and so stays small,
 * which lets V8 optimise it within the first few files; a top-level statement that starts with a wanted
 * name is handed to readStatement once its end is known.
 */
export function scanModuleBytes(bytes: Uint8Array, start = 0, names: ReadonlySet<string> = REVISION_NAMES): ScanResult {
  const src = bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const assignments = new Map<string, ScannedAssignment>();
  const rawErrors: RawError[] = [];
  const wanted = encodedNames(names);
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
        if (j === lineStart && identStart[c] === 1) {
          let k = j + 1;
          while (k < n && identPart[src[k]] === 1) k++;
          if (isWantedName(src, j, k, wanted)) {
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
          readStatement(src, stmt, at, stmtLine, stmtLineStart, names, assignments);
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
        readStatement(src, stmt, i, stmtLine, stmtLineStart, names, assignments);
        stmt = -1;
      }
      let k = i + 1;
      while (src[k] === CH_SP || src[k] === CH_TAB) k++;
      if (k < n && identStart[src[k]] === 1) {
        let e = k + 1;
        while (e < n && identPart[src[e]] === 1) e++;
        // Only a top-level line's statements are module-level.
        if (isWantedName(src, k, e, wanted) && isTopLevelLine(src, lineStart)) {
          stmt = k;
          stmtLine = line;
          stmtLineStart = lineStart;
        }
      }
    }
    i++;
  }
  if (stmt >= 0) readStatement(src, stmt, n, stmtLine, stmtLineStart, names, assignments);
  for (let b = 0; b < depth * 4; b += 4) {
    rawErrors.push({ message: `'${String.fromCharCode(brackets[b])}' was never closed`, line: brackets[b + 1], lineStart: brackets[b + 2], pos: brackets[b + 3] });
  }
  const errors = rawErrors.map((e) => ({ message: e.message, line: e.line, column: column(src, e.lineStart, e.pos) }));
  return { assignments, errors };
}

/** Where the string whose quote is at `quote` starts: at its prefix (r, b, f, u, t and pairs) if it has one. */
function stringPrefixStart(src: Buffer, quote: number, lineStart: number): number {
  let b = quote;
  while (b > lineStart && quote - b < 2 && PREFIX_CHAR[src[b - 1]] === 1) b--;
  if (b < quote && !(b > 0 && IDENT_PART[src[b - 1]] === 1) && STRING_PREFIXES.has(src.toString("latin1", b, quote).toLowerCase())) return b;
  return quote;
}

/**
 * Tokenise the top-level statement in src[from, to) (already lexed by scanModuleBytes, which reported
 * its errors) and record the assignment it makes, if it is one of a wanted name.
 */
function readStatement(src: Buffer, from: number, to: number, line: number, lineStart: number, names: ReadonlySet<string>, out: Map<string, ScannedAssignment>): void {
  const buf = tokenBuffer;
  buf.length = 0;
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
        // The name's text is decoded only if the statement turns out to assign it.
        buf.push(T_NAME, undefined, i, k, line, lineStart);
        i = k;
        continue;
      }
    } else if (c === CH_SQ || c === CH_DQ) {
      quote = i;
    }
    if (quote >= 0) {
      const str = readString(src, quote, prefix);
      buf.push(T_STRING, str.value, i, str.end, line, lineStart);
      line += str.newlines;
      if (str.newlines) lineStart = str.lastLineStart;
      i = str.end;
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
      buf.push(T_OP, String.fromCharCode(c, next), i, i + 2, line, lineStart);
      i += 2;
      continue;
    }
    if (c === 61 || c === 58 || c === 44 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) {
      buf.push(T_OP, String.fromCharCode(c), i, i + 1, line, lineStart);
    } else {
      buf.push(T_OTHER, undefined, i, i + 1, line, lineStart);
    }
    i++;
  }
  readAssignment(src, buf.take(), names, out);
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

interface ReadString {
  value: string | undefined;
  end: number;
  newlines: number;
  lastLineStart: number;
}

/** Read a string literal whose quote is at `quote` (its lower-cased prefix, if any, is `prefix`) and its value. */
function readString(src: Buffer, quote: number, prefix: string): ReadString {
  const q = src[quote];
  const triple = src[quote + 1] === q && src[quote + 2] === q;
  let i = quote + (triple ? 3 : 1);
  const bodyStart = i;
  let newlines = 0;
  let lastLineStart = 0;
  const n = src.length;
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
      i += 2;
      continue;
    }
    if (c === CH_NL || c === CH_CR) {
      if (!triple) {
        return { value: undefined, end: i, newlines, lastLineStart }; // unterminated (scanModuleBytes reported it)
      }
      i += c === CH_CR && src[i + 1] === CH_NL ? 2 : 1;
      newlines++;
      lastLineStart = i;
      continue;
    }
    if (c === q && (!triple || (src[i + 1] === q && src[i + 2] === q))) {
      const end = i + (triple ? 3 : 1);
      const body = src.toString("utf8", bodyStart, i);
      const raw = prefix.includes("r");
      let value: string | undefined;
      if (prefix.includes("b")) value = undefined;
      else if (prefix.includes("f") || prefix.includes("t")) value = body.includes("{") ? undefined : unescapePythonString(body, raw);
      else value = unescapePythonString(body, raw);
      return { value, end, newlines, lastLineStart };
    }
    i++;
  }
  return { value: undefined, end: n, newlines, lastLineStart };
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

/** Interpret a collected top-level statement `NAME [: annotation] = [NAME =]* value`. */
function readAssignment(src: Buffer, tokens: Token[], names: ReadonlySet<string>, out: Map<string, ScannedAssignment>): void {
  const targets: Token[] = [];
  let k = 0;
  for (;;) {
    const target = tokens[k];
    if (!target || target.t !== T_NAME) return;
    const next = tokens[k + 1];
    if (!next || next.t !== T_OP) return;
    if (next.v === ":" && targets.length === 0) {
      // Annotated assignment: skip the annotation up to `=` outside brackets; a bare annotation assigns nothing.
      let d = 0;
      let m = k + 2;
      for (; m < tokens.length; m++) {
        const tok = tokens[m];
        if (tok.t !== T_OP) continue;
        if (tok.v === "(" || tok.v === "[" || tok.v === "{") d++;
        else if (tok.v === ")" || tok.v === "]" || tok.v === "}") d--;
        else if (tok.v === "=" && d === 0) break;
      }
      if (m >= tokens.length) return;
      targets.push(target);
      k = m + 1;
      break;
    }
    if (next.v !== "=") return;
    targets.push(target);
    k += 2;
    // Chained assignment `a = b = value`: another NAME followed by `=`.
    const after = tokens[k + 1];
    if (tokens[k]?.t === T_NAME && after?.t === T_OP && after.v === "=") continue;
    break;
  }
  const valueTokens = tokens.slice(k);
  if (valueTokens.length === 0) return;
  const value = readValue(src, valueTokens);
  for (const target of targets) {
    const name = src.toString("utf8", target.pos, target.end);
    if (target.t !== T_NAME || !names.has(name)) continue;
    out.set(name, { name, line: target.line, column: column(src, target.lineStart, target.pos), value });
  }
}

function readValue(src: Buffer, tokens: Token[]): LiteralValue {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length === 1 && first.t === T_NAME && first.end - first.pos === 4 && src.toString("latin1", first.pos, first.end) === "None") return { kind: "none" };
  const unresolved = (): LiteralValue => ({ kind: "unresolved", text: src.toString("utf8", first.pos, last.end).trim() });
  let pos = 0;
  // A string atom: adjacent strings concatenate; parentheses around one string keep it a string.
  const stringAtom = (): string | undefined => {
    const tok = tokens[pos];
    if (tok?.t === T_STRING) {
      let s = "";
      while (tokens[pos]?.t === T_STRING) {
        const v = tokens[pos].v;
        if (v === undefined) return undefined;
        s += v;
        pos++;
      }
      return s;
    }
    if (tok?.t === T_OP && tok.v === "(") {
      const save = pos;
      pos++;
      const inner = stringAtom();
      if (inner !== undefined && tokens[pos]?.t === T_OP && tokens[pos].v === ")") {
        pos++;
        return inner;
      }
      pos = save;
    }
    return undefined;
  };
  const items = (close: string | undefined): string[] | undefined => {
    const out: string[] = [];
    for (;;) {
      const tok = tokens[pos];
      if (close !== undefined && tok?.t === T_OP && tok.v === close) {
        pos++;
        return out;
      }
      if (close === undefined && tok === undefined) return out;
      const s = stringAtom();
      if (s === undefined) return undefined;
      out.push(s);
      const sep = tokens[pos];
      if (sep?.t === T_OP && sep.v === ",") {
        pos++;
        continue;
      }
      if (close !== undefined && sep?.t === T_OP && sep.v === close) continue;
      if (close === undefined && sep === undefined) return out;
      return undefined;
    }
  };
  const single = stringAtom();
  if (single !== undefined && pos === tokens.length) return single === "" ? { kind: "none" } : { kind: "strings", items: [single] };
  pos = 0;
  if (first.t === T_OP && (first.v === "(" || first.v === "[" || first.v === "{")) {
    pos = 1;
    const close = first.v === "(" ? ")" : first.v === "[" ? "]" : "}";
    const list = items(close);
    if (list === undefined || pos !== tokens.length) return unresolved();
    return list.length === 0 ? { kind: "none" } : { kind: "strings", items: list };
  }
  // A bare tuple: `down_revision = "a", "b"`.
  const list = items(undefined);
  if (list === undefined || list.length === 0) return unresolved();
  return { kind: "strings", items: list };
}
