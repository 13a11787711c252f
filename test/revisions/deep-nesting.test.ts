// Revision files nested far beyond Python's 200-bracket limit: a finding, never a stack overflow.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPythonParser, parsePython, parseRevisionFile } from "../../src/revisions";
import { stringValue, syntaxErrors } from "../../src/revisions/tree";
import type { Node } from "../../src/revisions/python";
import { tempDir } from "../helpers/tmp";

const DEPTH = 200_000;
const nested = (inner: string, depth = DEPTH) => `${"(".repeat(depth)}${inner}${")".repeat(depth)}`;

describe("deeply nested parentheses", () => {
  it("parseRevisionFile reports Python's nesting limit instead of overflowing the stack", async () => {
    const dir = tempDir("ag-deep-");
    const file = path.join(dir, "0001_deep.py");
    fs.writeFileSync(
      file,
      `from alembic import op\n\nrevision = "0001"\ndown_revision = None\n\n\ndef upgrade():\n    op.execute(${nested('"SELECT 1"')})\n\n\ndef downgrade():\n    pass\n`,
    );
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(detail).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.file, f.line, f.column, f.message])).toEqual([
      [
        "parse-error",
        "0001_deep.py",
        8,
        15 + 200, // the 201st open bracket: execute's own and 199 more before it
        "Python syntax error: too many nested parentheses (over 200 open brackets); Alembic cannot import this file, and its op.* calls were not checked",
      ],
    ]);
  });

  it("still reads the revision attributes of such a file", async () => {
    const dir = tempDir("ag-deep-");
    const file = path.join(dir, "0002_deep.py");
    fs.writeFileSync(file, `revision = ${nested('"0002"')}\n`);
    const { findings } = await parseRevisionFile(file, dir);
    // The nesting, and the missing down_revision the scan still saw: no exception.
    expect(findings.map((f) => `${f.line} ${f.message.split(";")[0]}`)).toEqual([
      "1 Python syntax error: too many nested parentheses (over 200 open brackets)",
      "1 revision 0002 has no top-level down_revision",
    ]);
  });

  it("stringValue and syntaxErrors walk a 200k-deep tree without recursion", async () => {
    await loadPythonParser();
    const tree = parsePython(`x = ${nested('"a" "b"')}\ny = f(${nested("1 2")})\n`);
    try {
      const x = tree.rootNode.namedChildren[0]!.namedChildren[0]!.childForFieldName("right") as Node;
      expect(x.type).toBe("parenthesized_expression");
      expect(stringValue(x)).toBe("ab");
      const errors = syntaxErrors(tree);
      expect(errors).toEqual([{ message: "invalid syntax near `2`", line: 2, column: 7 + DEPTH + 2 }]);
    } finally {
      tree.delete();
    }
  });
});
