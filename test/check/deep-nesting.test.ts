// `check` on revisions nested far beyond Python's limits (200 brackets, 100 levels of indentation): a parse-error
// finding, no stack trace.
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp";
import { revisionSource, runCli, SYSTEM_PYTHON, writeProject } from "./helpers";

describe("check on deeply nested parentheses", () => {
  it("reports Python's nesting limit on the op.execute line and checks the other revisions", async () => {
    const dir = tempDir("ag-check-deep-");
    const depth = 200_000;
    writeProject(dir, {
      "0001_deep.py": revisionSource("0001", null, `op.execute(${"(".repeat(depth)}"SELECT 1"${")".repeat(depth)})`),
      "0002_next.py": revisionSource("0002", "0001", `op.add_column("t", sa.Column("c", sa.Integer(), nullable=False))`, `op.drop_column("t", "c")`),
    });
    const { code, stdout, stderr } = await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json"]);
    expect(stderr).not.toMatch(/internal error|RangeError|\n\s+at /);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; message: string }> }).findings;
    expect(findings.filter((f) => f.rule === "parse-error").map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      "migrations/versions/0001_deep.py:12 Python syntax error: too many nested parentheses; Alembic cannot import this file",
    ]);
    expect(findings.some((f) => f.rule === "adding-required-field" && f.file.endsWith("0002_next.py"))).toBe(true);
  });

  it("reports Python's indentation limit on a revision 600 levels deep (tree-sitter faults at ~510)", async () => {
    const dir = tempDir("ag-check-deep-");
    const levels = 600;
    const blocks = Array.from({ length: levels }, (_, i) => `${" ".repeat(i)}if x:`).join("\n");
    writeProject(dir, { "0001_deep.py": revisionSource("0001", null, `${blocks}\n${" ".repeat(levels)}op.execute("SELECT 1")`) });
    const { code, stdout, stderr } = await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json"]);
    expect(stderr).not.toMatch(/internal error|RuntimeError|\n\s+at /);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; message: string }> }).findings;
    // upgrade() is on line 11: its body is level 1, so level 100 is on line 111.
    expect(findings.filter((f) => f.rule === "parse-error").map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      "migrations/versions/0001_deep.py:111 Python syntax error: too many levels of indentation; Alembic cannot import this file, and its op.* calls were not checked",
    ]);
  });
});
