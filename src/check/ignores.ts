// `# alembic-guard: ignore[rule-a, rule-b]` and `# alembic-guard: ignore-file[...]` comments in revision files,
// read from the syntax tree's comment nodes, as the same IgnoreDirectives SQL comments produce.
import type { Node, Tree } from "web-tree-sitter";
import { parseIgnoreComment, type IgnoreDirective } from "../sql/suppress";

/**
 * A trailing comment covers its own line (`op.drop_column("t", "c")  # alembic-guard: ignore[ban-drop-column]`);
 * a comment on a line of its own covers the statement that follows it (all its lines: findings point at an
 * op.* call's first line, a def's line, or a line inside a multi-line call). ignore-file covers the file.
 */
export function pythonIgnoreDirectives(tree: Tree, source: string, file: string): IgnoreDirective[] {
  const lines = source.split("\n");
  const out: IgnoreDirective[] = [];
  for (const comment of tree.rootNode.descendantsOfType("comment")) {
    if (!comment) continue;
    const parsed = parseIgnoreComment(comment.text);
    if (!parsed) continue;
    const line = comment.startPosition.row + 1;
    const column = comment.startPosition.column + 1;
    const directive: IgnoreDirective = { kind: parsed.kind, rules: parsed.rules, file, line, column };
    if (parsed.kind === "next") {
      const before = (lines[line - 1] ?? "").slice(0, comment.startPosition.column);
      if (before.trim() !== "") {
        const statement = enclosingStatement(comment);
        directive.target = { fromLine: statement ? statement.startPosition.row + 1 : line, toLine: line };
      } else {
        const next = nextStatement(tree.rootNode, comment.endPosition.row);
        if (next) directive.target = { fromLine: next.startPosition.row + 1, toLine: next.endPosition.row + 1 };
      }
    }
    out.push(directive);
  }
  return out;
}

/** The statement a trailing comment sits on (so a comment after the last line of a call covers the call). */
function enclosingStatement(comment: Node): Node | undefined {
  let prev = comment.previousSibling;
  while (prev && prev.type === "comment") prev = prev.previousSibling;
  if (prev && prev.endPosition.row === comment.startPosition.row) return prev;
  return undefined;
}

/**
 * The first statement starting after `row`: for a def, only its header line (an ignore above `def downgrade():`
 * covers findings about the function, not everything inside it).
 */
function nextStatement(root: Node, row: number): Node | undefined {
  let best: Node | undefined;
  const visit = (node: Node) => {
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.endPosition.row <= row) continue;
      if (child.startPosition.row > row) {
        if (!best || child.startIndex < best.startIndex) best = child;
        return;
      }
      visit(child); // the comment is inside this node (e.g. in a function body)
      return;
    }
  };
  visit(root);
  if (!best) return undefined;
  if (best.type === "function_definition" || best.type === "decorated_definition" || best.type === "class_definition" || best.type === "with_statement" || best.type === "if_statement" || best.type === "for_statement") {
    return headerOnly(best);
  }
  return best;
}

function headerOnly(node: Node): Node {
  const body = node.childForFieldName("body") ?? node.childForFieldName("definition");
  if (!body) return node;
  // A pseudo-node spanning the header lines: from the statement's start to the line before its body.
  const headerEnd = Math.max(node.startPosition.row, body.startPosition.row - 1);
  return { startPosition: node.startPosition, endPosition: { row: headerEnd, column: 0 }, startIndex: node.startIndex } as Node;
}
