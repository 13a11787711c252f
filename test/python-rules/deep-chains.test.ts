// The python rules' readers over chains and nesting of user-controlled length (100k attribute accesses,
// text(text(…)) 100k deep): answers, not stack overflows. parseRevisionFile refuses such files before the rules
// see them; these readers are also used on trees nothing gated (ignore comments of unparsed files, SQL sources).
import { describe, expect, it } from "vitest";
import { loadPythonParser, parsePython } from "../../src/revisions";
import { calleeName, dottedName, resolvedString, stringValue } from "../../src/rules/python/ast";
import type { Node } from "../../src/revisions/python";

const LENGTH = 100_000;

/** The right-hand side of the first statement `x = <expr>` of a parsed module. */
async function withExpression(source: string, use: (expr: Node, root: Node) => void): Promise<void> {
  await loadPythonParser();
  const tree = parsePython(source);
  try {
    const expr = tree.rootNode.namedChildren[0]!.namedChildren[0]!.childForFieldName("right")!;
    use(expr, tree.rootNode);
  } finally {
    tree.delete();
  }
}

describe("python rule readers on deep chains", () => {
  it("dottedName and calleeName read a 100k-long attribute chain", async () => {
    await withExpression(`x = sa${".y".repeat(LENGTH)}.Column()\n`, (expr) => {
      expect(expr.type).toBe("call");
      const name = calleeName(expr)!;
      expect(name.length).toBe(2 + 2 * LENGTH + 7);
      expect(name.startsWith("sa.y.y.")).toBe(true);
      expect(name.endsWith(".y.Column")).toBe(true);
      expect(dottedName(expr.childForFieldName("function")!.childForFieldName("object"))).toBe(`sa${".y".repeat(LENGTH)}`);
      // A chain on something other than a name is no dotted name.
    });
    await withExpression(`x = f()${".y".repeat(LENGTH)}\n`, (expr) => expect(dottedName(expr)).toBeUndefined());
  });

  it("stringValue unwraps text(text(…)) and parentheses nested 100k deep", async () => {
    await withExpression(`x = ${"sa.text(".repeat(LENGTH)}"SELECT 1"${")".repeat(LENGTH)}\n`, (expr) => {
      expect(stringValue(expr)).toBe("SELECT 1");
    });
    await withExpression(`x = ${"(text(".repeat(LENGTH)}"a" 'b'${"))".repeat(LENGTH)}\n`, (expr) => {
      expect(stringValue(expr)).toBe("ab");
    });
    await withExpression(`x = ${"text(".repeat(LENGTH)}y${")".repeat(LENGTH)}\n`, (expr) => {
      expect(stringValue(expr)).toBeUndefined();
    });
  });

  it("resolvedString follows text(NAME) and stays undefined below a deep text() chain", async () => {
    await withExpression(`x = text(SQL)\nSQL = "SELECT 2"\n`, (expr, root) => expect(resolvedString(expr, root)).toBe("SELECT 2"));
    await withExpression(`x = ${"text(".repeat(LENGTH)}SQL${")".repeat(LENGTH)}\nSQL = "SELECT 2"\n`, (expr, root) => {
      expect(resolvedString(expr, root)).toBeUndefined();
    });
  });
});
