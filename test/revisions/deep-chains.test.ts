// Revision files with expression chains tens of thousands long (`a + a + …`, `x.y.y…`, `not not …`): within
// Python's bracket and indentation limits, yet Python's compiler gives up on them. A parse-error, as for nesting.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPythonParser, parsePython, parseRevisionFile } from "../../src/revisions";
import { MAX_EXPRESSION_DEPTH, tooDeepExpression } from "../../src/revisions/tree";
import { tempDir } from "../helpers/tmp";

const LENGTH = 100_000;
const CHAINS: Record<string, string> = {
  sum: `x = ${Array(LENGTH).fill("a").join(" + ")}`,
  attributes: `x = sa${".y".repeat(LENGTH)}.Column()`,
  calls: `x = f${"()".repeat(LENGTH)}`,
  subscripts: `x = a${"[0]".repeat(LENGTH)}`,
  nots: `x = ${"not ".repeat(LENGTH)}a`,
  negations: `x = ${"-".repeat(LENGTH)}a`,
  conditionals: `x = ${"a if b else ".repeat(LENGTH)}c`,
};

/** Python's verdict on each source: null when it compiles, else the exception's class name. */
function pythonCompiles(sources: string[]): Array<string | null> {
  const script = "import json, sys\nout = []\nfor src in json.load(sys.stdin):\n    try:\n        compile(src, 'f', 'exec')\n        out.append(None)\n    except (SyntaxError, RecursionError, MemoryError) as e:\n        out.append(type(e).__name__)\nprint(json.dumps(out))\n";
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 1 << 26 })) as Array<string | null>;
}

describe("expression chains Python cannot compile", () => {
  it("tooDeepExpression finds each 100k-long chain Python refuses, and nothing in wide, shallow code Python compiles", async () => {
    const wide = [
      `x = [${Array(LENGTH).fill("-1").join(", ")}]`, // op.bulk_insert-style rows: long, shallow
      `x = ${Array(LENGTH).fill("a").join(" and ")}`, // one flat BoolOp in Python
      `x = ${Array(LENGTH).fill("a").join(" < ")}`, // one flat Compare
      `x = (${Array(LENGTH).fill('"a"').join(" ")})`, // one implicitly concatenated string
    ];
    const chains = Object.values(CHAINS);
    expect(pythonCompiles(chains).every((verdict) => verdict === "RecursionError" || verdict === "MemoryError")).toBe(true);
    expect(pythonCompiles(wide)).toEqual(wide.map(() => null));
    await loadPythonParser();
    for (const source of [...chains, ...wide]) {
      const tree = parsePython(`import sqlalchemy as sa\n\n\ndef upgrade():\n    ${source}\n`);
      try {
        const found = tooDeepExpression(tree);
        expect(found, source.slice(0, 30)).toEqual(chains.includes(source) ? { line: 5, column: 9 } : undefined);
      } finally {
        tree.delete();
      }
    }
  });

  it("counts levels across the statement, and only chains over the limit", async () => {
    await loadPythonParser();
    for (const [length, found] of [
      [MAX_EXPRESSION_DEPTH, false],
      [MAX_EXPRESSION_DEPTH + 1, true],
    ] as const) {
      // `op.execute(...)` is one call level around a chain of length - 1 attribute levels.
      const tree = parsePython(`op.execute(a${".b".repeat(length - 1)})\n`);
      try {
        expect(tooDeepExpression(tree)).toEqual(found ? { line: 1, column: 1 } : undefined);
      } finally {
        tree.delete();
      }
    }
  });

  it("parseRevisionFile reports a parse-error at the chain and still reads the revision attributes", async () => {
    const dir = tempDir("ag-chain-");
    const file = path.join(dir, "0001_chain.py");
    fs.writeFileSync(file, `from alembic import op\n\nrevision = "0001"\n\n\ndef upgrade():\n    op.execute(${Array(LENGTH).fill('"a"').join(" + ")})\n`);
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(detail).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.file, f.line, f.column, f.message])).toEqual([
      [
        "parse-error",
        "0001_chain.py",
        7,
        5,
        `Python cannot compile this file: an expression nests over ${MAX_EXPRESSION_DEPTH} levels deep (Python's compiler fails with RecursionError or MemoryError); Alembic cannot import this file, and its op.* calls were not checked`,
      ],
      ["parse-error", "0001_chain.py", 3, undefined, "revision 0001 has no top-level down_revision; Alembic fails to load it (AttributeError)"],
    ]);
  });
});
