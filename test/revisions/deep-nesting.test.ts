// Revision files nested far beyond Python's limits (200 brackets, 100 levels of indentation): a finding, never a
// stack overflow or a fault in tree-sitter's WASM.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPythonParser, parsePython, parseRevisionFile } from "../../src/revisions";
import { scanModuleAssignments } from "../../src/revisions/scanner";
import { stringValue, syntaxErrors } from "../../src/revisions/tree";
import type { Node } from "../../src/revisions/python";
import { tempDir } from "../helpers/tmp";

const DEPTH = 200_000;
const nested = (inner: string, depth = DEPTH) => `${"(".repeat(depth)}${inner}${")".repeat(depth)}`;

describe("deeply nested code", () => {
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
        "Python syntax error: too many nested parentheses; Alembic cannot import this file, and its op.* calls were not checked",
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
      "1 Python syntax error: too many nested parentheses",
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

  /** `levels` nested blocks under `def upgrade():` (which is level 1), each indented by `unit` more. */
  const indented = (levels: number, unit = " ", body = "op.execute('SELECT 1')") => {
    let out = "def upgrade():\n";
    for (let i = 1; i <= levels; i++) out += `${unit.repeat(i)}if x:\n`;
    return `${out}${unit.repeat(levels + 1)}${body}\n`;
  };

  it("finds Python's 100th level of indentation where Python's own compile() does", () => {
    const sources = [
      indented(98), // the body at level 99: accepted
      indented(99), // level 100: refused
      indented(120),
      indented(99, "\t"),
      indented(99, " \t"),
      // Levels closed by a dedent do not count.
      `${indented(80)}${indented(80)}`,
      // Leading blanks inside a string or brackets are not indentation.
      `x = """\n${Array.from({ length: 150 }, (_, i) => `${" ".repeat(i)}y\n`).join("")}"""\n${indented(50)}`,
      `x = [\n${Array.from({ length: 150 }, (_, i) => `${" ".repeat(i)}1,\n`).join("")}]\n${indented(50)}`,
    ];
    const script = "import json, sys\nout = []\nfor src in json.load(sys.stdin):\n    try:\n        compile(src, 'f', 'exec')\n        out.append(None)\n    except SyntaxError as e:\n        out.append([e.msg, e.lineno, e.offset])\nprint(json.dumps(out))\n";
    const python = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: JSON.stringify(sources), encoding: "utf8" })) as Array<[string, number, number] | null>;
    expect(python.filter((p) => p?.[0] === "too many levels of indentation")).toHaveLength(4);
    const ours = sources.map((src) => {
      const e = scanModuleAssignments(src, undefined, { indentation: true }).errors.find((x) => x.message === "too many levels of indentation");
      return e ? [e.message, e.line, e.column] : null;
    });
    expect(ours).toEqual(python.map((p) => (p?.[0] === "too many levels of indentation" ? p : null)));
  });

  it("parseRevisionFile reports 600 levels of indentation instead of faulting in tree-sitter", async () => {
    const dir = tempDir("ag-deep-");
    const file = path.join(dir, "0003_indented.py");
    fs.writeFileSync(file, `from alembic import op\n\nrevision = "0003"\ndown_revision = None\n\n\n${indented(600)}\n\ndef downgrade():\n    pass\n`);
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(detail).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      ["parse-error", 7 + 100, 1, "Python syntax error: too many levels of indentation; Alembic cannot import this file, and its op.* calls were not checked"],
    ]);
  });
});
