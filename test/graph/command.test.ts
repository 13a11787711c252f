// `alembic-guard graph` end to end (in-process CLI): output contract, exit codes, naming policy.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, makeProject, rev, runCli } from "./helpers";
import { tempDir } from "../helpers/tmp";

describe("alembic-guard graph", () => {
  it("json is exactly the GraphReport contract", async () => {
    const { code, stdout, stderr } = await runCli(["graph", "--format", "json"], path.join(FIXTURES, "typed"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["heads", "bases", "revisions", "findings"]);
    expect(report.heads).toEqual(["ffff"]);
    expect(report.bases).toEqual(["0082"]);
    expect(report.revisions[0]).toEqual({
      revision: "0082",
      down_revisions: [],
      depends_on: [],
      branch_labels: [],
      file: "migrations/versions/2024_01_05_0082_initial.py",
      line: 15,
    });
    expect(report.revisions.map((r: { revision: string }) => r.revision)).toEqual(["0082", "0006_ingestion_outbox", "a1b2", "c3d4", "ffff"]);
  });

  it("text shows heads, bases, problems and history; two heads exit 1", async () => {
    const { code, stdout } = await runCli(["graph"], path.join(FIXTURES, "branches"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^8 revisions, 2 heads, 1 base; 1 error, 0 warnings, 0 info/);
    expect(stdout).toContain("heads:\n  d00dfeed0001  alembic/versions/d00dfeed0001_head_one.py:1\n  d00dfeed0002  alembic/versions/d00dfeed0002_head_two.py:1\n");
    expect(stdout).toContain("error [multiple-heads]");
    expect(stdout).toContain('alembic merge -m "merge heads" d00dfeed0001 d00dfeed0002');
    expect(stdout).toContain("27c6a30d7c24, 3cac04ae8714 -> 53fffde5ad5 (mergepoint)");
  });

  it("--fail-on never exits 0 despite errors; --fail-on warning fails on warnings", async () => {
    expect((await runCli(["graph", "--fail-on", "never"], path.join(FIXTURES, "branches"))).code).toBe(0);
    const dir = makeProject({ "a.py": rev("a", null), "b.py": rev("b", null), "c.py": rev("c", ["a", "b"]) });
    expect((await runCli(["graph"], dir)).code).toBe(0);
    expect((await runCli(["graph", "--fail-on", "warning"], dir)).code).toBe(1);
  });

  it("an empty versions folder is an empty history, not an error", async () => {
    const dir = makeProject({});
    const { code, stdout } = await runCli(["graph", "--format", "json"], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ heads: [], bases: [], revisions: [], findings: [] });
  });

  it.each([
    [["graph"], "no alembic.ini"],
    [["graph", "--config", "missing.ini"], "missing.ini does not exist"],
    [["graph", "--format", "sarif"], "text or json"],
  ])("%j exits 2 with one line", async (argv, text) => {
    const dir = tempDir("ag-empty-");
    if (argv.includes("sarif")) fs.cpSync(path.join(FIXTURES, "typed"), dir, { recursive: true });
    const { code, stdout, stderr } = await runCli(argv, dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(text);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--output writes the report to a file", async () => {
    const dir = makeProject({ "a.py": rev("a", null) });
    const out = path.join(dir, "graph.json");
    const { code, stdout } = await runCli(["graph", "--format", "json", "--output", out], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8")).heads).toEqual(["a"]);
  });

  it('naming = "sequential": hash-named files get the next free numbers, in history order', async () => {
    const { code, stdout } = await runCli(["graph", "--format", "json"], path.join(FIXTURES, "sequential"));
    expect(code).toBe(0); // filename-convention warns by default
    const findings = JSON.parse(stdout).findings as { rule: string; severity: string; file: string; message: string }[];
    expect(findings.map((f) => [f.rule, f.severity, path.basename(f.file)])).toEqual([
      ["filename-convention", "warning", "11c8abf7ef5b_add_session_search_indexes.py"],
      ["filename-convention", "warning", "25b001abd0f7_merge_tree_sharing_and_session_indexes.py"],
      ["filename-convention", "warning", "4cdb5cba1aff_add_custom_steps_to_sessions.py"],
    ]);
    expect(findings.map((f) => /should be (\d+)_/.exec(f.message)?.[1])).toEqual(["013", "015", "014"]);
  });

  it('naming = "sequential": a number used twice, a number that does not increase, a number not padded', async () => {
    const dir = makeProject(
      {
        "001_a.py": rev("a", null),
        "002_b.py": rev("b", "a"),
        "003_c.py": rev("c", "b"),
        "003_d.py": rev("d", "c"),
        "2_e.py": rev("e", "d"),
        "06_f.py": rev("f", "e"),
      },
      { "alembic-guard.toml": 'naming = "sequential"\n' },
    );
    const { stdout } = await runCli(["graph", "--format", "json"], dir);
    const findings = JSON.parse(stdout).findings as { rule: string; file: string; help: string }[];
    expect(findings.map((f) => [path.basename(f.file), /Rename the file to (\S+?\.py)/.exec(f.help)?.[1]])).toEqual([
      ["003_d.py", "007_d.py"],
      ["06_f.py", "006_f.py"],
      ["2_e.py", "008_e.py"],
    ]);
  });
});
