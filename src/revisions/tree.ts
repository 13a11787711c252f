// Reading a revision file's tree-sitter tree: module-level assignments, syntax errors, op.* calls.
import type { Node, Tree } from "./python";
import { unescapePythonString, type LiteralValue, type ScanError } from "./scanner";
import type { AssignedValue, OpCall } from "./index";

/** ERROR and MISSING nodes, in source order, as 1-based positions. */
export function syntaxErrors(tree: Tree): ScanError[] {
  const errors: ScanError[] = [];
  if (!tree.rootNode.hasError) return errors;
  // An explicit stack in source order, not recursion: errors can sit ~200k parentheses deep.
  const stack: Node[] = [tree.rootNode];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.isMissing) {
      errors.push({ message: `missing '${node.type}'`, line: node.startPosition.row + 1, column: node.startPosition.column + 1 });
      continue;
    }
    if (node.type === "ERROR") {
      const text = node.text.split("\n")[0].slice(0, 30);
      errors.push({ message: `invalid syntax near \`${text}\``, line: node.startPosition.row + 1, column: node.startPosition.column + 1 });
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return errors;
}

/**
 * Expressions nested this deep do not compile: CPython 3.11's compiler stops at ~3,000 levels (RecursionError;
 * measured), 3.12 and 3.13 at a C recursion limit of 8,000-10,000 scaled at most threefold, and the parser's
 * 6,000-deep stack stops prefix chains (`not not …`, `- - …`) with a MemoryError first. Set well above all of
 * those, so the finding never fires on a file some Python compiles.
 */
export const MAX_EXPRESSION_DEPTH = 50_000;

/** Node types that nest in Python's AST as in tree-sitter's (`a and b and c` and `a < b < c` are flat in Python). */
const NESTING_EXPRESSIONS = new Set(["binary_operator", "unary_operator", "not_operator", "attribute", "call", "subscript", "conditional_expression", "lambda", "await"]);

/**
 * The node's ancestors, nearest first, found walking down from the root once (childWithDescendant). tree-sitter
 * answers each Node.parent by walking down from the root itself, so climbing with .parent is quadratic in the depth
 * (minutes on a 45,000-long `x.y.y…` chain, which Python rejects but a revision file can still contain).
 */
export function ancestors(node: Node): Node[] {
  const path: Node[] = [];
  let current: Node | null = node.tree.rootNode;
  while (current && current.id !== node.id) {
    path.push(current);
    current = current.childWithDescendant(node);
  }
  if (current) return path.reverse();
  // Not reached by the descent (a node of another tree?): climb the slow way.
  const climbed: Node[] = [];
  for (let p = node.parent; p; p = p.parent) climbed.push(p);
  return climbed;
}

/**
 * Where the outermost expression around a chain nested over `limit` levels deep starts (`a + a + …`, `x.y.y…`,
 * `f()()…`), as a 1-based position; undefined when there is none. Brackets and indentation are within Python's
 * limits here, so only such chains can nest this deep.
 */
export function tooDeepExpression(tree: Tree, limit = MAX_EXPRESSION_DEPTH): { line: number; column: number } | undefined {
  const root = tree.rootNode;
  // Each nested level spans at least one more byte, so a subtree shorter than the levels still missing cannot
  // hold such a chain: the walk enters only longer ones (none at all in a file shorter than `limit`).
  if (root.endIndex - root.startIndex <= limit) return undefined;
  // A cursor, not Node.parent (which tree-sitter answers by walking down from the root: quadratic on a chain).
  const cursor = root.walk();
  try {
    // Per cursor level: the nesting expressions on the path down to that node, and where the first of them starts.
    const counts: number[] = [0];
    const outermost: Array<{ row: number; column: number } | undefined> = [undefined];
    for (;;) {
      if (cursor.endIndex - cursor.startIndex > limit - counts[counts.length - 1] && cursor.gotoFirstChild()) {
        counts.push(0);
        outermost.push(undefined);
      } else {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return undefined;
          counts.pop();
          outermost.pop();
        }
      }
      const level = counts.length - 1;
      const nests = NESTING_EXPRESSIONS.has(cursor.nodeType);
      counts[level] = counts[level - 1] + (nests ? 1 : 0);
      outermost[level] = outermost[level - 1] ?? (nests ? cursor.startPosition : undefined);
      if (counts[level] > limit) {
        const at = outermost[level]!;
        return { line: at.row + 1, column: at.column + 1 };
      }
    }
  } finally {
    cursor.delete();
  }
}

const WANTED = new Set(["revision", "down_revision", "branch_labels", "depends_on"]);

/** The last module-level assignment of revision/down_revision/branch_labels/depends_on. */
export function moduleAssignments(tree: Tree): Map<string, AssignedValue> {
  const out = new Map<string, AssignedValue>();
  for (const stmt of tree.rootNode.namedChildren) {
    if (!stmt || stmt.type !== "expression_statement") continue;
    for (const expr of stmt.namedChildren) {
      if (!expr || expr.type !== "assignment") continue;
      // `a = b = value` nests: assignment(left a, right assignment(left b, right value)).
      const targets: Node[] = [];
      let node: Node | null = expr;
      while (node && node.type === "assignment") {
        const left = node.childForFieldName("left");
        const right: Node | null = node.childForFieldName("right");
        if (left) targets.push(left);
        if (!right) {
          node = null; // bare annotation: assigns nothing
          break;
        }
        node = right;
      }
      if (!node) continue;
      const value = literalValue(node);
      for (const target of targets) {
        if (target.type !== "identifier" || !WANTED.has(target.text)) continue;
        out.set(target.text, { line: target.startPosition.row + 1, column: target.startPosition.column + 1, value });
      }
    }
  }
  return out;
}

export function literalValue(node: Node): LiteralValue {
  const unresolved: LiteralValue = { kind: "unresolved", text: node.text };
  if (node.type === "none") return { kind: "none" };
  const str = stringValue(node);
  if (str !== undefined) return str === "" ? { kind: "none" } : { kind: "strings", items: [str] };
  if (["tuple", "list", "set", "expression_list"].includes(node.type)) {
    const items: string[] = [];
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      const s = stringValue(child);
      if (s === undefined) return unresolved;
      items.push(s);
    }
    return items.length ? { kind: "strings", items } : { kind: "none" };
  }
  if (node.type === "dictionary" && node.namedChildCount === 0) return { kind: "none" };
  return unresolved;
}

/** A string literal (possibly concatenated or parenthesised) as its Python value; undefined otherwise. */
export function stringValue(node: Node): string | undefined {
  // Parentheses are peeled in a loop, not by recursion: a file may nest them ~200k deep, which
  // would overflow the JavaScript stack.
  let current: Node = node;
  while (current.type === "parenthesized_expression") {
    const inner = current.namedChildren.filter((c) => c && c.type !== "comment");
    if (inner.length !== 1 || !inner[0]) return undefined;
    current = inner[0];
  }
  if (current.type === "concatenated_string") {
    let out = "";
    for (const part of current.namedChildren) {
      if (!part || part.type === "comment") continue;
      const s = stringLiteralValue(part);
      if (s === undefined) return undefined;
      out += s;
    }
    return out;
  }
  return stringLiteralValue(current);
}

/** One `string` node's Python value; undefined for bytes, f-strings with interpolations and non-strings. */
function stringLiteralValue(node: Node): string | undefined {
  if (node.type !== "string") return undefined;
  const start = node.namedChildren.find((c) => c?.type === "string_start");
  const end = node.namedChildren.find((c) => c?.type === "string_end");
  if (!start || !end) return undefined;
  const prefix = start.text.replace(/['"]/g, "").toLowerCase();
  if (prefix.includes("b")) return undefined;
  if (node.namedChildren.some((c) => c?.type === "interpolation")) return undefined;
  const body = node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
  return unescapePythonString(body, prefix.includes("r"));
}

/** op.* calls, their enclosing function and autocommit blocks; the upgrade()/downgrade() lines. */
export function extractDetail(tree: Tree): { opCalls: OpCall[]; upgradeLine?: number; downgradeLine?: number } {
  const root = tree.rootNode;
  const opNames = new Set<string>(["op"]);
  let upgradeLine: number | undefined;
  let downgradeLine: number | undefined;
  for (const stmt of root.namedChildren) {
    if (!stmt) continue;
    // `from alembic import op as alembic_op` renames the receiver.
    if (stmt.type === "import_from_statement" && stmt.childForFieldName("module_name")?.text === "alembic") {
      for (const name of stmt.childrenForFieldName("name")) {
        if (name?.type === "aliased_import" && name.childForFieldName("name")?.text === "op") {
          const alias = name.childForFieldName("alias")?.text;
          if (alias) opNames.add(alias);
        }
      }
    }
    const def = stmt.type === "decorated_definition" ? stmt.childForFieldName("definition") : stmt;
    if (def?.type === "function_definition") {
      const name = def.childForFieldName("name")?.text;
      if (name === "upgrade") upgradeLine = def.startPosition.row + 1;
      if (name === "downgrade") downgradeLine = def.startPosition.row + 1;
    }
  }
  // Find calls natively (descendantsOfType), then read each op call's context from its ancestors:
  // walking every node from JavaScript costs a WASM round trip per node and is far slower on big files.
  const opCalls: OpCall[] = [];
  for (const node of root.descendantsOfType("call")) {
    if (!node) continue;
    const callee = node.childForFieldName("function");
    if (callee?.type !== "attribute") continue;
    const receiver = callee.childForFieldName("object");
    const name = callee.childForFieldName("attribute")?.text;
    if (receiver?.type !== "identifier" || !name) continue;
    const context = callContext(node, receiver.text, opNames);
    const isOp = opNames.has(receiver.text);
    if (!isOp && !context.batch) continue;
    const call: OpCall = {
      name,
      via: isOp ? "op" : "batch",
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      fn: context.fn,
      inAutocommitBlock: context.autocommit,
      node,
    };
    if (!isOp && context.batchTable !== undefined) call.batchTable = context.batchTable;
    const first = firstPositional(node);
    const str = first ? sqlString(first) : undefined;
    if (str !== undefined) call.firstStringArg = str;
    opCalls.push(call);
  }
  return { opCalls, upgradeLine, downgradeLine };
}

interface CallContext {
  fn: OpCall["fn"];
  autocommit: boolean;
  /** The receiver is bound by `with op.batch_alter_table(...) as <receiver>:` around the call. */
  batch: boolean;
  batchTable?: string;
}

/** Enclosing top-level function, autocommit blocks and batch receivers, from the call's ancestors. */
function callContext(call: Node, receiver: string, opNames: ReadonlySet<string>): CallContext {
  const context: CallContext = { fn: "other", autocommit: false, batch: false };
  const chain = ancestors(call);
  for (let i = 0; i < chain.length; i++) {
    const node = chain[i];
    const child = i === 0 ? call : chain[i - 1];
    if (node.type === "with_statement" && child.type === "block") {
      // Only the body is inside the with-block's context, not the context expressions themselves.
      const clause = node.namedChildren.find((c) => c?.type === "with_clause");
      for (const item of clause?.namedChildren ?? []) {
        if (!item || item.type !== "with_item") continue;
        let value = item.childForFieldName("value");
        let alias: string | undefined;
        if (value?.type === "as_pattern") {
          alias = value.childForFieldName("alias")?.text;
          value = value.namedChildren[0];
        }
        if (value?.type !== "call") continue;
        const callee = value.childForFieldName("function");
        if (callee?.type !== "attribute") continue;
        const attr = callee.childForFieldName("attribute")?.text;
        if (attr === "autocommit_block") context.autocommit = true;
        if (attr === "batch_alter_table" && alias === receiver && !context.batch && opNames.has(callee.childForFieldName("object")?.text ?? "")) {
          context.batch = true;
          const first = firstPositional(value);
          const table = first ? stringValue(first) : undefined;
          if (table !== undefined) context.batchTable = table;
        }
      }
    }
    if (node.type === "function_definition") {
      const parent = chain[i + 1];
      const topLevel = parent?.type === "module" || (parent?.type === "decorated_definition" && chain[i + 2]?.type === "module");
      if (topLevel) {
        const name = node.childForFieldName("name")?.text;
        context.fn = name === "upgrade" ? "upgrade" : name === "downgrade" ? "downgrade" : "other";
      }
    }
  }
  return context;
}

function firstPositional(call: Node): Node | undefined {
  const args = call.childForFieldName("arguments");
  if (!args || args.type !== "argument_list") return undefined;
  const first = args.namedChildren.find((a) => a && a.type !== "comment");
  if (!first || first.type === "keyword_argument" || first.type === "list_splat" || first.type === "dictionary_splat") return undefined;
  return first;
}

/** A string literal, or sa.text("…") / text("…") / sqlalchemy.text("…") wrapping one. */
function sqlString(node: Node): string | undefined {
  const direct = stringValue(node);
  if (direct !== undefined) return direct;
  if (node.type !== "call") return undefined;
  const callee = node.childForFieldName("function");
  const name = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.type === "identifier" ? callee.text : undefined;
  if (name !== "text") return undefined;
  const first = firstPositional(node);
  return first ? stringValue(first) : undefined;
}
