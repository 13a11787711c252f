// Ignore comments in revision files nested far beyond Python's limits: read without recursion, and files nothing
// parsed before (outside the --base-ref scope) are not handed to tree-sitter when Python would refuse them.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { pythonIgnoreDirectives, unparsedFileIgnoreDirectives } from "../../src/check/ignores";
import { loadPythonParser, parsePython } from "../../src/revisions";
import { tempDir } from "../helpers/tmp";

const DEPTH = 100_000;

describe("ignore comments in deeply nested code", () => {
  it("an ignore on its own line inside 100k open brackets covers the statement after it", async () => {
    await loadPythonParser();
    const source = `x = ${"(".repeat(DEPTH)}\n# alembic-guard: ignore[ban-drop-column]\nop.drop_column("t", "c")${")".repeat(DEPTH)}\n`;
    const tree = parsePython(source);
    try {
      const got = pythonIgnoreDirectives(tree, source, "r.py").map(({ kind, rules, line, target }) => ({ kind, rules, line, target }));
      expect(got).toEqual([{ kind: "next", rules: ["ban-drop-column"], line: 2, target: { fromLine: 3, toLine: 3 } }]);
    } finally {
      tree.delete();
    }
  });

  it("files outside the scope that Python refuses for their nesting yield no directives instead of a crash", async () => {
    await loadPythonParser();
    const dir = tempDir("ag-ignores-deep-");
    const indented = path.join(dir, "0001_indented.py");
    const blocks = Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i)}if x:`).join("\n");
    fs.writeFileSync(indented, `# alembic-guard: ignore-file[multiple-heads]\nrevision = "0001"\n${blocks}\n${" ".repeat(2000)}pass\n`);
    const bracketed = path.join(dir, "0002_bracketed.py");
    fs.writeFileSync(bracketed, `# alembic-guard: ignore-file[multiple-heads]\nrevision = "0002"\nx = ${"(".repeat(DEPTH)}\n# alembic-guard: ignore[multiple-heads]\n1${")".repeat(DEPTH)}\n`);
    const fine = path.join(dir, "0003_fine.py");
    fs.writeFileSync(fine, `# alembic-guard: ignore-file[multiple-heads]\nrevision = "0003"\n`);
    const files = new Map([
      ["v/0001_indented.py", indented],
      ["v/0002_bracketed.py", bracketed],
      ["v/0003_fine.py", fine],
    ]);
    expect(unparsedFileIgnoreDirectives(files).map((d) => `${d.file}:${d.line} ${d.kind}`)).toEqual(["v/0003_fine.py:1 file"]);
  });
});
