// A module-level Python token scanner: reads the top-level assignments of a few names (revision,
// down_revision, branch_labels, depends_on) without a full parse. It tokenises the whole file —
// strings (prefixed, triple-quoted), comments, brackets and line continuations — so text inside a
// docstring or a function body is never mistaken for an assignment. Verified against tree-sitter
// on every fixture (test/revisions/scanner-vs-tree-sitter.test.ts).

export type LiteralValue =
  /** `None`, or a falsy literal Alembic treats as "no value" ("" / () / []). */
  | { kind: "none" }
  /** A string, or a tuple/list/set of strings. */
  | { kind: "strings"; items: string[] }
  /** Anything else: a name, a call, an f-string with fields, bytes… `text` is the source. */
  | { kind: "unresolved"; text: string };

export interface ScannedAssignment {
  name: string;
  /** 1-based line and column of the assigned name. */
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

interface Token {
  t: "name" | "string" | "op" | "other";
  /** The name, the operator, or a string's value (undefined when not a plain literal). */
  v: string | undefined;
  pos: number;
  /** End offset, for strings. */
  end: number;
  line: number;
  col: number;
}

/** Tokens of the statement being read, in objects reused across statements and files (the scan runs per file, thousands of times). */
class TokenBuffer {
  private pool: Token[] = [];
  length = 0;
  push(t: Token["t"], v: string | undefined, pos: number, end: number, line: number, col: number): void {
    const tok = this.pool[this.length];
    if (tok) {
      tok.t = t;
      tok.v = v;
      tok.pos = pos;
      tok.end = end;
      tok.line = line;
      tok.col = col;
    } else {
      this.pool.push({ t, v, pos, end, line, col });
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

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}
/** Characters the fast skip stops at: quotes, #, brackets, backslash, newlines, `;`. */
const INTERESTING = new Uint8Array(128);
for (const ch of "'\"#()[]{}\\\n\r;") INTERESTING[ch.charCodeAt(0)] = 1;
const PREFIX_CHAR = new Uint8Array(65536);
for (const ch of "rRbBuUfFtT") PREFIX_CHAR[ch.charCodeAt(0)] = 1;
const STRING_PREFIXES = new Set(["r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt"]);

export const REVISION_NAMES: ReadonlySet<string> = new Set(["revision", "down_revision", "branch_labels", "depends_on"]);

export function scanModuleAssignments(source: string, names: ReadonlySet<string> = REVISION_NAMES): ScanResult {
  const assignments = new Map<string, ScannedAssignment>();
  const errors: ScanError[] = [];
  const n = source.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  // Open brackets as a stack of (char, line, column) numbers: no object per bracket.
  let depth = 0;
  const brackets: number[] = [];
  /** Tokens of the current top-level logical line, when it starts with a wanted name. */
  let collecting = false;
  const buf = tokenBuffer;
  buf.length = 0;
  let atLogicalLineStart = true;

  const finishStatement = () => {
    if (collecting) readAssignment(source, buf.take(), names, assignments);
    collecting = false;
  };

  while (i < n) {
    if (atLogicalLineStart) {
      // Measure indentation of a new logical line; blank and comment-only lines do not start one.
      let j = i;
      let c = source.charCodeAt(j);
      while (c === CH_SP || c === CH_TAB || c === CH_FF) c = source.charCodeAt(++j);
      if (j >= n) break;
      if (c === CH_NL || c === CH_CR || c === CH_HASH) {
        i = j;
      } else {
        atLogicalLineStart = false;
        i = j;
        if (j === lineStart && isIdentStart(c)) {
          let k = j + 1;
          while (k < n && isIdentPart(source.charCodeAt(k))) k++;
          if (names.has(source.slice(j, k))) collecting = true;
        }
        continue;
      }
    }
    if (!collecting) {
      // Outside the statements being read only strings, comments, brackets, continuations, newlines and `;` matter.
      let ch = source.charCodeAt(i);
      while (i < n && (ch >= 128 || !INTERESTING[ch])) ch = source.charCodeAt(++i);
      if (i >= n) break;
    }
    const c = source.charCodeAt(i);
    if (c === CH_NL || c === CH_CR) {
      i += c === CH_CR && source.charCodeAt(i + 1) === CH_NL ? 2 : 1;
      line++;
      lineStart = i;
      if (depth === 0) {
        finishStatement();
        atLogicalLineStart = true;
      }
      continue;
    }
    if (c === CH_SP || c === CH_TAB || c === CH_FF) {
      i++;
      continue;
    }
    if (c === CH_HASH) {
      while (i < n && source.charCodeAt(i) !== CH_NL && source.charCodeAt(i) !== CH_CR) i++;
      continue;
    }
    if (c === CH_BS) {
      const next = source.charCodeAt(i + 1);
      if (next === CH_NL || next === CH_CR) {
        i += next === CH_CR && source.charCodeAt(i + 2) === CH_NL ? 3 : 2;
        line++;
        lineStart = i;
        if (i >= n) errors.push({ message: "unexpected end of file after a line continuation (\\)", line, column: 1 });
        continue;
      }
      errors.push({ message: "unexpected character after line continuation character", line, column: i - lineStart + 1 });
      i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (isIdentStart(c)) {
      let k = i + 1;
      while (k < n && isIdentPart(source.charCodeAt(k))) k++;
      const q = source.charCodeAt(k);
      // Slice identifiers only when they matter (string prefixes, statements being read): this loop sees every name.
      if ((q === CH_SQ || q === CH_DQ) && k - i <= 2 && STRING_PREFIXES.has(source.slice(i, k).toLowerCase())) {
        const str = readString(source, i, k, source.slice(i, k).toLowerCase(), collecting);
        if (str.error) errors.push({ message: str.error, line, column: col });
        if (collecting) buf.push("string", str.value, i, str.end, line, col);
        line += str.newlines;
        if (str.newlines) lineStart = str.lastLineStart;
        i = str.end;
        continue;
      }
      if (collecting) buf.push("name", source.slice(i, k), i, k, line, col);
      i = k;
      continue;
    }
    if (c === CH_SQ || c === CH_DQ) {
      // Names are not tokenised outside the statements being read, so look back for a string prefix (r"", b'', f"").
      let prefix = "";
      if (!collecting) {
        let b = i;
        while (b > lineStart && i - b < 2 && PREFIX_CHAR[source.charCodeAt(b - 1)] === 1) b--;
        if (b < i && !(b > 0 && isIdentPart(source.charCodeAt(b - 1)))) {
          const candidate = source.slice(b, i).toLowerCase();
          if (STRING_PREFIXES.has(candidate)) prefix = candidate;
        }
      }
      const str = readString(source, i, i, prefix, collecting);
      if (str.error) errors.push({ message: str.error, line, column: col });
      if (collecting) buf.push("string", str.value, i, str.end, line, col);
      line += str.newlines;
      if (str.newlines) lineStart = str.lastLineStart;
      i = str.end;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      brackets.push(c, line, col);
      if (collecting) buf.push("op", source[i], i, i + 1, line, col);
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      const expected = c === 41 ? 40 : c === 93 ? 91 : 123;
      if (depth === 0) {
        errors.push({ message: `unmatched '${source[i]}'`, line, column: col });
      } else {
        const openCh = brackets[brackets.length - 3];
        const openLine = brackets[brackets.length - 2];
        brackets.length -= 3;
        depth--;
        if (openCh !== expected) {
          errors.push({ message: `closing '${source[i]}' does not match '${String.fromCharCode(openCh)}' opened on line ${openLine}`, line, column: col });
        }
      }
      if (collecting) buf.push("op", source[i], i, i + 1, line, col);
      i++;
      continue;
    }
    if (c === 59 /* ; */ && depth === 0) {
      // `a = 1; revision = "x"`: a new simple statement on the same logical line.
      finishStatement();
      let k = i + 1;
      while (source.charCodeAt(k) === CH_SP || source.charCodeAt(k) === CH_TAB) k++;
      if (isIdentStart(source.charCodeAt(k))) {
        let e = k + 1;
        while (e < n && isIdentPart(source.charCodeAt(e))) e++;
        // Only a top-level line's statements are module-level.
        if (names.has(source.slice(k, e)) && isTopLevelLine(source, lineStart)) collecting = true;
      }
      i++;
      continue;
    }
    if (collecting) {
      // Operators and numbers: only `=`, `:` and `,` matter for the assignments we read.
      const two = source.slice(i, i + 2);
      if (two === "==" || two === "!=" || two === "<=" || two === ">=" || two === ":=" || two === "->" || two === "**" || two === "//") {
        buf.push("op", two, i, i + 2, line, col);
        i += 2;
        continue;
      }
      if (c === 61 || c === 58 || c === 44) buf.push("op", source[i], i, i + 1, line, col);
      else buf.push("other", undefined, i, i + 1, line, col);
    }
    i++;
  }
  finishStatement();
  for (let b = 0; b < brackets.length; b += 3) {
    errors.push({ message: `'${String.fromCharCode(brackets[b])}' was never closed`, line: brackets[b + 1], column: brackets[b + 2] });
  }
  return { assignments, errors };
}

function isTopLevelLine(source: string, lineStart: number): boolean {
  const c = source.charCodeAt(lineStart);
  return c !== CH_SP && c !== CH_TAB && c !== CH_FF;
}

interface ReadString {
  value: string | undefined;
  end: number;
  newlines: number;
  lastLineStart: number;
  error?: string;
}

/** Read a string literal whose prefix starts at `start` and whose quote is at `quote`. */
function readString(source: string, start: number, quote: number, prefix: string, wantValue: boolean): ReadString {
  const q = source.charCodeAt(quote);
  const triple = source.charCodeAt(quote + 1) === q && source.charCodeAt(quote + 2) === q;
  const raw = prefix.includes("r");
  let i = quote + (triple ? 3 : 1);
  const bodyStart = i;
  let newlines = 0;
  let lastLineStart = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === CH_BS) {
      const next = source.charCodeAt(i + 1);
      if (next === CH_NL || next === CH_CR) {
        i += next === CH_CR && source.charCodeAt(i + 2) === CH_NL ? 3 : 2;
        newlines++;
        lastLineStart = i;
        continue;
      }
      i += 2;
      continue;
    }
    if (c === CH_NL || c === CH_CR) {
      if (!triple) {
        return { value: undefined, end: i, newlines, lastLineStart, error: "unterminated string literal" };
      }
      i += c === CH_CR && source.charCodeAt(i + 1) === CH_NL ? 2 : 1;
      newlines++;
      lastLineStart = i;
      continue;
    }
    if (c === q && (!triple || (source.charCodeAt(i + 1) === q && source.charCodeAt(i + 2) === q))) {
      const end = i + (triple ? 3 : 1);
      if (!wantValue) return { value: undefined, end, newlines, lastLineStart };
      const body = source.slice(bodyStart, i);
      let value: string | undefined;
      if (prefix.includes("b")) value = undefined;
      else if (prefix.includes("f") || prefix.includes("t")) value = body.includes("{") ? undefined : unescapePythonString(body, raw);
      else value = unescapePythonString(body, raw);
      return { value, end, newlines, lastLineStart };
    }
    i++;
  }
  return {
    value: undefined,
    end: n,
    newlines,
    lastLineStart,
    error: triple ? "unterminated triple-quoted string literal" : "unterminated string literal",
  };
}

const SIMPLE_ESCAPES: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0" };

export function unescapePythonString(body: string, raw: boolean): string | undefined {
  if (raw || !body.includes("\\")) return body.replace(/\r\n?/g, "\n");
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
function readAssignment(source: string, tokens: Token[], names: ReadonlySet<string>, out: Map<string, ScannedAssignment>): void {
  const targets: Token[] = [];
  let k = 0;
  for (;;) {
    const target = tokens[k];
    if (!target || target.t !== "name") return;
    const next = tokens[k + 1];
    if (!next || next.t !== "op") return;
    if (next.v === ":" && targets.length === 0) {
      // Annotated assignment: skip the annotation up to `=` outside brackets; a bare annotation assigns nothing.
      let d = 0;
      let m = k + 2;
      for (; m < tokens.length; m++) {
        const tok = tokens[m];
        if (tok.t !== "op") continue;
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
    if (tokens[k]?.t === "name" && after?.t === "op" && after.v === "=") continue;
    break;
  }
  const valueTokens = tokens.slice(k);
  if (valueTokens.length === 0) return;
  const value = readValue(source, valueTokens);
  for (const target of targets) {
    const name = target.v;
    if (target.t !== "name" || name === undefined || !names.has(name)) continue;
    out.set(name, { name, line: target.line, column: target.col, value });
  }
}

function readValue(source: string, tokens: Token[]): LiteralValue {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const text = source.slice(first.pos, last.end).trim();
  const unresolved: LiteralValue = { kind: "unresolved", text };
  if (tokens.length === 1 && first.t === "name" && first.v === "None") return { kind: "none" };
  let pos = 0;
  // A string atom: adjacent strings concatenate; parentheses around one string keep it a string.
  const stringAtom = (): string | undefined => {
    const tok = tokens[pos];
    if (tok?.t === "string") {
      let s = "";
      while (tokens[pos]?.t === "string") {
        const v = (tokens[pos] as { v: string | undefined }).v;
        if (v === undefined) return undefined;
        s += v;
        pos++;
      }
      return s;
    }
    if (tok?.t === "op" && tok.v === "(") {
      const save = pos;
      pos++;
      const inner = stringAtom();
      if (inner !== undefined && tokens[pos]?.t === "op" && (tokens[pos] as { v: string }).v === ")") {
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
      if (close !== undefined && tok?.t === "op" && tok.v === close) {
        pos++;
        return out;
      }
      if (close === undefined && tok === undefined) return out;
      const s = stringAtom();
      if (s === undefined) return undefined;
      out.push(s);
      const sep = tokens[pos];
      if (sep?.t === "op" && sep.v === ",") {
        pos++;
        continue;
      }
      if (close !== undefined && sep?.t === "op" && sep.v === close) continue;
      if (close === undefined && sep === undefined) return out;
      return undefined;
    }
  };
  const single = stringAtom();
  if (single !== undefined && pos === tokens.length) return single === "" ? { kind: "none" } : { kind: "strings", items: [single] };
  pos = 0;
  if (first.t === "op" && (first.v === "(" || first.v === "[" || first.v === "{")) {
    pos = 1;
    const close = first.v === "(" ? ")" : first.v === "[" ? "]" : "}";
    const list = items(close);
    if (list === undefined || pos !== tokens.length) return unresolved;
    return list.length === 0 ? { kind: "none" } : { kind: "strings", items: list };
  }
  // A bare tuple: `down_revision = "a", "b"`.
  const list = items(undefined);
  if (list === undefined || list.length === 0) return unresolved;
  return { kind: "strings", items: list };
}
