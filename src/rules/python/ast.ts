// Small, exact readers over the tree-sitter-python syntax tree of a revision file: call arguments,
// literal values, the upgrade()/downgrade() bodies. No regular expressions over Python structure.
import type { Node } from "web-tree-sitter";
import { ancestors } from "../../revisions/tree";

export interface CallArgs {
  positional: Node[];
  keywords: Map<string, Node>;
}

/** The arguments of a `call` node (`*args` / `**kwargs` splats are neither positional nor keyword: unknown). */
export function callArgs(call: Node): CallArgs {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const list = call.childForFieldName("arguments");
  for (const arg of list?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else if (arg.type !== "comment" && arg.type !== "list_splat" && arg.type !== "dictionary_splat") {
      positional.push(arg);
    }
  }
  return { positional, keywords };
}

/** Does the argument list contain `*x` or `**x` (so a missing keyword may still be passed)? */
export function hasSplat(call: Node): boolean {
  return (call.childForFieldName("arguments")?.namedChildren ?? []).some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
}

/** The dotted name a call calls: `sa.Column`, `postgresql.ENUM`, `Enum`; undefined for anything else. */
export function calleeName(call: Node): string | undefined {
  return dottedName(call.childForFieldName("function"));
}

export function dottedName(node: Node | null | undefined): string | undefined {
  // A loop down the chain, not recursion: a file may chain 100k attribute accesses (`x.y.y…`).
  const parts: string[] = [];
  let current = node;
  while (current?.type === "attribute") {
    const attribute = current.childForFieldName("attribute")?.text;
    if (!attribute) return undefined;
    parts.push(attribute);
    current = current.childForFieldName("object");
  }
  if (current?.type !== "identifier") return undefined;
  parts.push(current.text);
  return parts.reverse().join(".");
}

/** The last part of a dotted name: `sa.Column` → `Column`. */
export function lastName(dotted: string | undefined): string | undefined {
  return dotted?.split(".").at(-1);
}

export function isTrue(node: Node | undefined): boolean {
  return node?.type === "true";
}

export function isFalse(node: Node | undefined): boolean {
  return node?.type === "false";
}

export function isNone(node: Node | undefined): boolean {
  return node?.type === "none";
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v" };

/**
 * The value of a string literal (implicitly concatenated parts included), or undefined when the node is
 * not a plain literal (an f-string with interpolations, a name, a call). `sa.text("...")` / `text("...")`
 * unwrap to their string.
 */
export function stringValue(node: Node | null | undefined): string | undefined {
  // Parentheses and text() wrappers are peeled in a loop, not by recursion: they may nest far deeper than the
  // JavaScript stack allows in a tree nothing checked against Python's limits.
  let current = node;
  while (current) {
    if (current.type === "parenthesized_expression") current = current.namedChildren[0];
    else if (current.type === "call" && lastName(calleeName(current)) === "text") current = callArgs(current).positional[0];
    else break;
  }
  if (!current) return undefined;
  if (current.type === "concatenated_string") {
    let out = "";
    for (const part of current.namedChildren) {
      const value = part ? stringLiteralValue(part) : undefined;
      if (value === undefined) return undefined;
      out += value;
    }
    return out;
  }
  return stringLiteralValue(current);
}

/** One `string` node's value; undefined for bytes, f-strings with interpolations and anything else. */
function stringLiteralValue(node: Node): string | undefined {
  if (node.type !== "string") return undefined;
  const start = node.children.find((c) => c?.type === "string_start")?.text ?? "";
  const prefix = start.replace(/['"]/g, "").toLowerCase();
  if (prefix.includes("b")) return undefined; // bytes, not SQL text
  const raw = prefix.includes("r");
  let out = "";
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === "interpolation") return undefined;
    if (child.type !== "string_content") continue;
    out += raw ? child.text : decodeEscapes(child);
  }
  return out;
}

function decodeEscapes(content: Node): string {
  // Escape sequences are child nodes of string_content: decode those, keep the rest verbatim.
  let out = "";
  let pos = content.startIndex;
  const text = content.text;
  const base = content.startIndex;
  for (const esc of content.children) {
    if (!esc || esc.type !== "escape_sequence") continue;
    out += text.slice(pos - base, esc.startIndex - base);
    out += decodeEscape(esc.text);
    pos = esc.endIndex;
  }
  return out + text.slice(pos - base);
}

function decodeEscape(seq: string): string {
  const c = seq[1];
  if (c in SIMPLE_ESCAPES && seq.length === 2) return SIMPLE_ESCAPES[c];
  if (c === "x" || c === "u" || c === "U") return String.fromCodePoint(parseInt(seq.slice(2), 16));
  if (/^[0-7]/.test(c)) return String.fromCodePoint(parseInt(seq.slice(1), 8));
  if (c === "\n") return ""; // line continuation inside a string
  return seq;
}

/**
 * stringValue, and also a name bound at module level to a string literal (`SQL = """..."""` then
 * `op.execute(SQL)` / `op.execute(sa.text(SQL))`), a common way to keep long SQL readable.
 */
export function resolvedString(node: Node | null | undefined, root: Node): string | undefined {
  if (!node) return undefined;
  const direct = stringValue(node);
  if (direct !== undefined) return direct;
  if (node.type === "identifier") return moduleString(root, node.text);
  if (node.type === "call" && lastName(calleeName(node)) === "text") {
    const arg = callArgs(node).positional[0];
    return arg?.type === "identifier" ? moduleString(root, arg.text) : undefined;
  }
  return undefined;
}

/** The string literal last assigned to `name` at module level (undefined when never, or not a literal). */
function moduleString(root: Node, name: string): string | undefined {
  let value: string | undefined;
  for (const stmt of root.namedChildren) {
    const assignment = stmt?.type === "expression_statement" ? stmt.namedChildren[0] : undefined;
    if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== name) continue;
    value = stringValue(assignment.childForFieldName("right"));
  }
  return value;
}

/** Is the node inside `with op.get_context().autocommit_block():` (any receiver)? */
export function inAutocommitBlock(node: Node): boolean {
  for (const p of ancestors(node)) {
    if (p.type !== "with_statement") continue;
    for (const item of descendants(p.namedChildren.find((c) => c?.type === "with_clause") ?? p, "with_item")) {
      const value = item.childForFieldName("value");
      const call = value?.type === "as_pattern" ? value.namedChildren[0] : value;
      // op.get_context().autocommit_block(): the receiver is a call, so read the attribute name itself.
      const fn = call?.type === "call" ? call.childForFieldName("function") : undefined;
      if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "autocommit_block") return true;
    }
  }
  return false;
}

/** A top-level `def name(...)` (decorated or not). */
export function topLevelFunction(root: Node, name: string): Node | undefined {
  for (const child of root.namedChildren) {
    if (!child) continue;
    const def = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (def?.type === "function_definition" && def.childForFieldName("name")?.text === name) return def;
  }
  return undefined;
}

/** The statements of a function body, without its docstring and comments. */
export function bodyStatements(def: Node): Node[] {
  const body = def.childForFieldName("body");
  const statements = (body?.namedChildren ?? []).filter((n): n is Node => !!n && n.type !== "comment");
  if (statements[0]?.type === "expression_statement" && statements[0].namedChildren[0]?.type === "string") statements.shift();
  return statements;
}

/**
 * Does the function do nothing (only `pass`, `...` or a docstring), or only raise NotImplementedError?
 * Returns "empty", "not-implemented", or undefined when it has real statements.
 */
export function emptiness(def: Node): "empty" | "not-implemented" | undefined {
  const statements = bodyStatements(def);
  const isNoop = (s: Node) => s.type === "pass_statement" || (s.type === "expression_statement" && s.namedChildren[0]?.type === "ellipsis");
  if (statements.every(isNoop)) return "empty";
  const real = statements.filter((s) => !isNoop(s));
  if (real.length === 1 && real[0].type === "raise_statement") {
    const raised = real[0].namedChildren[0];
    const name = raised?.type === "call" ? calleeName(raised) : dottedName(raised);
    if (lastName(name) === "NotImplementedError") return "not-implemented";
  }
  return undefined;
}

/** Every node of the given types under `node` (including node itself), in source order. */
export function descendants(node: Node, types: string | string[]): Node[] {
  return node.descendantsOfType(types).filter((n): n is Node => !!n);
}

/** Every call under `node` whose callee's last name is one of `names`. */
export function callsNamed(node: Node, names: readonly string[]): Node[] {
  return descendants(node, "call").filter((c) => names.includes(lastName(calleeName(c)) ?? ""));
}

/** 1-based line and column of a node. */
export function position(node: Node): { line: number; column: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

/** SQLAlchemy dialect names other than PostgreSQL that revisions branch on (`url.startswith("mysql")`). */
const OTHER_DIALECTS = ["mysql", "mariadb", "sqlite", "mssql", "oracle"];

/**
 * Does the node sit in a branch that only runs on another database: `if dialect == "mysql":`, `elif
 * url.startswith("sqlite"):`, or the elif/else of `if dialect == "postgresql":`? Such code never runs against
 * PostgreSQL, so nothing in it is judged. Only plain positive tests count (==, in, .startswith()); a negation or
 * a name the condition does not spell out keeps the branch.
 */
export function inOtherDialectBranch(node: Node): boolean {
  const chain = ancestors(node);
  for (let i = 0; i < chain.length; i++) {
    const p = chain[i];
    const child = i === 0 ? node : chain[i - 1];
    if (p.type === "elif_clause" && child.id === p.childForFieldName("consequence")?.id && testsOnly(p.childForFieldName("condition"), "other")) return true;
    if (p.type !== "if_statement") continue;
    const condition = p.childForFieldName("condition");
    if (child.id === p.childForFieldName("consequence")?.id) {
      if (testsOnly(condition, "other")) return true;
    } else if (child.type === "elif_clause" || child.type === "else_clause") {
      // Any earlier test of PostgreSQL (the if, or an elif before this clause) means this clause runs elsewhere.
      if (testsOnly(condition, "postgres")) return true;
      for (const clause of p.childrenForFieldName("alternative")) {
        if (!clause || clause.startIndex >= child.startIndex) break;
        if (clause.type === "elif_clause" && testsOnly(clause.childForFieldName("condition"), "postgres")) return true;
      }
    }
  }
  return false;
}

/**
 * Is the condition true only on the given kind of database (a positive test of dialect names)? Evaluated with an
 * explicit stack: `a and b and …` is one flat expression to Python but a chain of nested nodes to tree-sitter, as
 * deep as it is long.
 */
function testsOnly(condition: Node | null | undefined, kind: "other" | "postgres"): boolean {
  if (!condition) return false;
  const value = new Map<number, boolean>();
  const stack: Array<{ node: Node; operandsPushed: boolean }> = [{ node: condition, operandsPushed: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top.node;
    const operands = node.type === "parenthesized_expression" ? [node.namedChildren[0]] : node.type === "boolean_operator" ? [node.childForFieldName("left"), node.childForFieldName("right")] : undefined;
    if (operands && !top.operandsPushed) {
      top.operandsPushed = true;
      for (const operand of operands) if (operand) stack.push({ node: operand, operandsPushed: false });
      continue;
    }
    stack.pop();
    if (!operands) {
      value.set(node.id, simpleTestOnly(node, kind));
      continue;
    }
    const [left, right] = operands.map((operand) => (operand ? (value.get(operand.id) ?? false) : false));
    if (node.type === "parenthesized_expression") value.set(node.id, left);
    else value.set(node.id, node.childForFieldName("operator")?.type === "and" ? left || right : left && right);
  }
  return value.get(condition.id) ?? false;
}

/** testsOnly for a condition that is not and/or/parentheses: `x == "mysql"`, `x in (...)`, `url.startswith("sqlite")`. */
function simpleTestOnly(condition: Node, kind: "other" | "postgres"): boolean {
  switch (condition.type) {
    case "comparison_operator": {
      const operators = condition.children.filter((c) => c && !c.isNamed).map((c) => c!.type);
      if (!operators.every((o) => o === "==" || o === "in")) return false;
      return namesOnly(condition, kind);
    }
    case "call":
      // `url.startswith("mysql")`, `str(bind.engine.url).startswith(...)`: the receiver may be any expression.
      return condition.childForFieldName("function")?.childForFieldName("attribute")?.text === "startswith"
        ? namesOnly(condition.childForFieldName("arguments") ?? condition, kind)
        : false;
    default:
      return false;
  }
}

/** Do the string literals under the node name dialects of the kind, and none of the other kind? */
function namesOnly(node: Node, kind: "other" | "postgres"): boolean {
  let other = false;
  let postgres = false;
  for (const s of descendants(node, "string")) {
    const value = stringValue(s)?.toLowerCase();
    if (value === undefined) continue;
    if (value.startsWith("postgres")) postgres = true;
    else if (OTHER_DIALECTS.some((d) => value.startsWith(d))) other = true;
  }
  return kind === "other" ? other && !postgres : postgres && !other;
}
