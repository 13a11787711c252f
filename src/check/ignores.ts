// `# alembic-guard: ignore[rule-a, rule-b]` and `# alembic-guard: ignore-file[...]` comments in revision files,
// read from the syntax tree's comment nodes, as the same IgnoreDirectives SQL comments produce.
import * as fs from "node:fs";
import type { Node, Tree } from "web-tree-sitter";
import { parseIgnoreComment, type IgnoreDirective } from "../sql/suppress";
import { FULL_PARSE_LIMIT_BYTES, nestedBeyondPython, parsePython } from "../revisions";
import { decodePythonSource } from "../revisions/files";
import { ancestors } from "../revisions/tree";

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
        directive.target = statement && !COMPOUND.has(statement.type) ? { fromLine: statement.startPosition.row + 1, toLine: Math.max(line, statement.endPosition.row + 1) } : { fromLine: statement ? statement.startPosition.row + 1 : line, toLine: line };
      } else {
        const next = nextStatement(tree.rootNode, comment.endPosition.row);
        if (next) directive.target = coveredLines(next);
      }
    }
    out.push(directive);
  }
  return out;
}

/**
 * The statement a trailing comment sits on: the one ending on its line (a comment after the last line of a call),
 * or the one it is inside (a comment on the first or a middle line of a multi-line call: findings sit on the
 * call's first line, so the comment covers the whole call).
 */
function enclosingStatement(comment: Node): Node | undefined {
  let prev = comment.previousSibling;
  while (prev && prev.type === "comment") prev = prev.previousSibling;
  const chain = ancestors(comment);
  const atBlockLevel = chain[0]?.type === "block" || chain[0]?.type === "module";
  if (atBlockLevel) return prev && prev.endPosition.row === comment.startPosition.row ? prev : undefined;
  for (let i = 0; i < chain.length; i++) {
    if (chain[i + 1]?.type === "block" || chain[i + 1]?.type === "module") return chain[i];
  }
  return undefined;
}

/** The first statement starting after `row` (at any depth: the comment may sit inside a function body). */
function nextStatement(root: Node, row: number): Node | undefined {
  // Down the nodes that contain the comment in a loop, not by recursion: it may sit 100k brackets deep.
  let node: Node | undefined = root;
  while (node) {
    let containing: Node | undefined;
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.endPosition.row <= row) continue;
      if (child.startPosition.row > row) return child;
      containing = child; // the comment is inside this node (e.g. in a function body)
      break;
    }
    node = containing;
  }
  return undefined;
}

const COMPOUND = new Set(["function_definition", "decorated_definition", "class_definition", "with_statement", "if_statement", "for_statement", "while_statement", "try_statement"]);

/**
 * The lines an ignore above `statement` covers: all of a simple statement (a multi-line op.* call), only the
 * header of a compound one (an ignore above `def downgrade():` covers findings about the function, not
 * everything inside it).
 */
function coveredLines(statement: Node): { fromLine: number; toLine: number } {
  const fromLine = statement.startPosition.row + 1;
  if (!COMPOUND.has(statement.type)) return { fromLine, toLine: statement.endPosition.row + 1 };
  const body = statement.childForFieldName("body") ?? statement.childForFieldName("consequence") ?? statement.childForFieldName("definition")?.childForFieldName("body");
  const bodyRow = body ? body.startPosition.row : statement.startPosition.row + 1;
  // The header ends on the line before the body (or on the def line itself for `def f(): pass`).
  return { fromLine, toLine: Math.max(fromLine, bodyRow) };
}

/**
 * The ignore comments of revision files that were not parsed for linting (outside the --base-ref scope) but that
 * whole-history findings (graph checks, history policies, round trip) point into: those comments still apply.
 * `files` maps each such file as findings name it to its path on disk. Needs loadPythonParser() to have finished.
 */
export function unparsedFileIgnoreDirectives(files: ReadonlyMap<string, string>): IgnoreDirective[] {
  const out: IgnoreDirective[] = [];
  for (const [file, absolute] of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch {
      continue; // the graph stage reported an unreadable file already
    }
    if (bytes.length > FULL_PARSE_LIMIT_BYTES || !bytes.includes("alembic-guard")) continue;
    const text = decodePythonSource(bytes).text;
    // Python cannot import such a file (the graph stage says so) and tree-sitter may fault on it.
    if (nestedBeyondPython(text)) continue;
    const tree = parsePython(text);
    try {
      out.push(...pythonIgnoreDirectives(tree, text, file));
    } finally {
      tree.delete();
    }
  }
  return out;
}
