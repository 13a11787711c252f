// Python ignore comments, unused ones, config severities, and the check output contract (JSON, formats, exit codes).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisionSource, runCheck, runCli, SYSTEM_PYTHON, writeProject } from "./helpers";

const NO_DB = { all: true, "no-database": true, python: SYSTEM_PYTHON } as const;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-ignores-"));
  writeProject(dir, {
    "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("email", sa.Text()), sa.Column("old", sa.Text()))`, `op.drop_table("users")`),
    "0002_changes.py": revisionSource(
      "0002",
      "0001",
      [
        `op.drop_column("users", "old")  # alembic-guard: ignore[ban-drop-column] -- contract step, code deployed`,
        `# alembic-guard: ignore[require-concurrent-index-creation, require-statement-timeout]`,
        `op.create_index(`,
        `    "ix_users_email", "users", ["email"],`,
        `)`,
        `# alembic-guard: ignore[renaming-table, no-such-rule]`,
        `op.execute("SELECT 1")`,
        `op.create_index("ix_users_id_email", "users", ["id", "email"])`,
      ].join("\n"),
      `op.drop_index("ix_users_id_email", table_name="users")\nop.drop_index("ix_users_email", table_name="users")\nop.add_column("users", sa.Column("old", sa.Text()))`,
    ),
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("ignore comments in revision files", () => {
  it("suppress findings on their line or the statement below, and report the unused ones", async () => {
    const result = await runCheck(dir, NO_DB);
    const in0002 = result.findings.filter((f) => f.revision === "0002").map((f) => `${f.line} ${f.rule}`);
    // Line numbers inside the revision body: upgrade() starts at line 12 of revisionSource's template.
    expect(in0002).not.toContain("12 ban-drop-column");
    expect(in0002).not.toContain("14 require-concurrent-index-creation");
    expect(in0002).toContain("19 require-concurrent-index-creation");
    const unused = result.findings.filter((f) => f.rule === "unused-ignore");
    expect(unused.map((f) => `${f.line} ${f.message}`)).toEqual([
      expect.stringMatching(/^17 .*`renaming-table` suppresses nothing/),
      expect.stringMatching(/^17 .*names unknown rule `no-such-rule`/),
    ]);
  });

  it("in the static tier, an ignore of a SQL-only rule the offline tier needs is not reported as unused", async () => {
    const result = await runCheck(dir, { ...NO_DB, python: "/nonexistent/python3" });
    expect(result.tier).toBe("static");
    const unused = result.findings.filter((f) => f.rule === "unused-ignore").map((f) => `${f.line} ${f.message}`);
    expect(unused.some((u) => u.includes("require-statement-timeout"))).toBe(false);
    expect(unused).toEqual([expect.stringMatching(/^17 .*`renaming-table` suppresses nothing/), expect.stringMatching(/^17 .*unknown rule `no-such-rule`/)]);
  });

  it("config severities apply to Python-level findings: off drops, a severity replaces", async () => {
    fs.writeFileSync(path.join(dir, "alembic-guard.toml"), '[rules]\nrequire-concurrent-index-creation = "off"\nempty-downgrade = "error"\n');
    try {
      const result = await runCheck(dir, NO_DB);
      expect(result.findings.some((f) => f.rule === "require-concurrent-index-creation")).toBe(false);
    } finally {
      fs.rmSync(path.join(dir, "alembic-guard.toml"));
    }
  });
});

describe("check output", () => {
  it("JSON: tier, graph, revisions_in_scope, findings with revision; exit 1 on errors", async () => {
    const { code, stdout, stderr } = await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ config: "alembic.ini", tier: "offline", revisions_in_scope: ["0001", "0002"], roundtrip_skipped: "--no-database" });
    expect(json.graph).toMatchObject({ heads: ["0002"], bases: ["0001"] });
    expect(json.graph.revisions[1]).toMatchObject({ revision: "0002", down_revisions: ["0001"], file: "migrations/versions/0002_changes.py" });
    for (const f of json.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(["rule", "severity", "message", "file", "line", "help", "docs", "revision"]));
  });

  it("--fail-on never exits 0; sarif, gitlab and markdown render; gcc is refused with one line", async () => {
    expect((await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--fail-on", "never"])).code).toBe(0);
    const sarif = JSON.parse((await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "sarif"])).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const gitlab = JSON.parse((await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "gitlab"])).stdout);
    expect(gitlab.length).toBeGreaterThan(0);
    const markdown = (await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "markdown"])).stdout;
    expect(markdown).toMatch(/require-concurrent-index-creation/);
    const gcc = await runCli(dir, ["--all", "--format", "gcc"]);
    expect(gcc.code).toBe(2);
    expect(gcc.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--output writes the report to a file; a missing --config is a one-line error", async () => {
    const out = path.join(dir, "report.json");
    const { stdout } = await runCli(dir, ["--all", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json", "--output", out]);
    expect(stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8")).tier).toBe("offline");
    fs.rmSync(out);
    const missing = await runCli(dir, ["--config", "nope/alembic.ini"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
