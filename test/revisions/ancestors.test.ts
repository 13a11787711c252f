// ancestors() finds a node's ancestors with one cursor walked down from the root instead of climbing Node.parent
// (quadratic in the depth). Oracle: the .parent climb, on every node of real-shaped revision files.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Node } from "web-tree-sitter";
import { loadPythonParser, parsePython } from "../../src/revisions";
import { ancestors } from "../../src/revisions/tree";

const climb = (node: Node) => {
  const out: number[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p.id);
  return out;
};

function everyNode(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    for (const child of node.children) if (child) stack.push(child);
  }
  return out;
}

beforeAll(() => loadPythonParser());

describe("ancestors", () => {
  const examples = path.join(__dirname, "..", "..", "examples", "helpdesk", "migrations", "versions");
  it("equals the Node.parent climb for every node of the example's revisions and of edge-shaped code", () => {
    const sources = fs.readdirSync(examples).filter((f) => f.endsWith(".py")).map((f) => fs.readFileSync(path.join(examples, f), "utf8"));
    sources.push(
      'def upgrade():\n    op.execute("x").y.z()\n    with op.batch_alter_table("t") as b:\n        b.add_column(sa.Column("c", sa.Text()))  # trailing\n',
      "x = [\n  1,\n  # a comment between items\n  2,\n]\nif a:\n    pass\nelif b:\n    f(  )\nelse:\n    g()\n",
      "def f():\n    return\n\n\n@decorated\ndef g(): ...\n",
    );
    let checked = 0;
    for (const source of sources) {
      const tree = parsePython(source);
      for (const node of everyNode(tree.rootNode)) {
        expect(ancestors(node).map((n) => n.id), `${node.type} at ${node.startIndex}`).toEqual(climb(node));
        checked++;
      }
      tree.delete();
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("walks a 20,000-long attribute chain without climbing Node.parent", () => {
    const tree = parsePython(`def upgrade():\n    op.execute("UPDATE t SET c = 1")${".x".repeat(20_000)}\n`);
    const call = tree.rootNode.descendantsOfType("call")[0]!;
    const chain = ancestors(call);
    expect(chain).toHaveLength(20_000 + 4); // the attributes, expression_statement, block, function_definition, module
    expect(chain.at(-1)!.type).toBe("module");
    tree.delete();
  });
});
