// `check` on revisions with expression chains 100k long (`a + a + …`, `x.y.y….Column()`): within Python's bracket
// and indentation limits, but Python cannot compile them. A parse-error finding at the chain, no stack trace.
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp";
import { revisionSource, runCli, SYSTEM_PYTHON, writeProject } from "./helpers";

describe("check on expression chains Python cannot compile", () => {
  it("reports each chain on its line and checks the other revisions", async () => {
    const dir = tempDir("ag-check-chain-");
    const length = 100_000;
    writeProject(dir, {
      "0001_sum.py": revisionSource("0001", null, `op.execute(${Array(length).fill('"a"').join(" + ")})`),
      "0002_attributes.py": revisionSource("0002", "0001", `op.add_column("t", sa${".y".repeat(length)}.Column("c", sa.Integer()))`),
      "0003_next.py": revisionSource("0003", "0002", `op.add_column("t", sa.Column("c", sa.Integer(), nullable=False))`, `op.drop_column("t", "c")`),
    });
    const { code, stdout, stderr } = await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json"]);
    expect(stderr).not.toMatch(/internal error|RangeError|\n\s+at /);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; column?: number; message: string }> }).findings;
    const message = "Python cannot compile this file: an expression nests over 50000 levels deep (Python's compiler fails with RecursionError or MemoryError); Alembic cannot import this file, and its op.* calls were not checked";
    expect(findings.filter((f) => f.rule === "parse-error").map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      `migrations/versions/0001_sum.py:12:5 ${message}`,
      `migrations/versions/0002_attributes.py:12:5 ${message}`,
    ]);
    expect(findings.some((f) => f.rule === "adding-required-field" && f.file.endsWith("0003_next.py"))).toBe(true);
  });
});
