// Python reads `\n`, `\r\n` and a lone `\r` (old Mac files) all as line ends; tree-sitter only the first two.
// A revision saved with any of them is checked the same: no parse-error, findings on the same lines.
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp";
import { revisionSource, runCli, writeProject } from "./helpers";

type Found = { rule: string; file: string; line: number; column?: number };

async function findingsFor(lineEnd: string): Promise<string[]> {
  const dir = tempDir("ag-check-eol-");
  const source = revisionSource("0001", null, `op.add_column("t", sa.Column("c", sa.Integer(), nullable=False))\n    op.create_index("ix_t_c", "t", ["c"])`, `op.drop_column("t", "c")`);
  writeProject(dir, { "0001_eol.py": source.replace(/\r?\n/g, lineEnd) });
  const { stdout, stderr } = await runCli(dir, ["--all", "--static-only", "--format", "json"]);
  expect(stderr).toBe("");
  return (JSON.parse(stdout) as { findings: Found[] }).findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column ?? ""}`).sort();
}

describe("check on revision files with other line endings", () => {
  it("gives a file with CR-only or CRLF line ends the findings of the LF file", async () => {
    const lf = await findingsFor("\n");
    expect(lf.some((f) => f.startsWith("adding-required-field "))).toBe(true);
    expect(lf.some((f) => f.startsWith("parse-error "))).toBe(false);
    expect(await findingsFor("\r\n")).toEqual(lf);
    expect(await findingsFor("\r")).toEqual(lf);
  });
});
