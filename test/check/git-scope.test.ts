// Scope, modified-migration and stale-down-revision on real git repositories: a base branch, a feature branch,
// commits on both, uncommitted and untracked files.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TempRepo } from "../git/temp-repo";
import { revisionSource, runCheck, runCli, SYSTEM_PYTHON, writeProject } from "./helpers";

const V = "migrations/versions";
const NO_DB = { "no-database": true, python: SYSTEM_PYTHON } as const;

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

function baseProject(extra: Record<string, string> = {}): TempRepo {
  repo = new TempRepo("ag-check-git-");
  writeProject(
    repo.root,
    {
      "0001_create_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("email", sa.Text()))`, `op.drop_table("users")`),
      "0002_add_name.py": revisionSource("0002", "0001", `op.add_column("users", sa.Column("name", sa.Text(), nullable=True))`, `op.drop_column("users", "name")`),
    },
    extra,
  );
  repo.commitAll("base history");
  return repo;
}

describe("scope from --base-ref", () => {
  it("lints only revisions added or changed since the base: committed, uncommitted and untracked", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_add_index.py`, revisionSource("0003", "0002", `op.create_index("ix_users_email", "users", ["email"])`, `op.drop_index("ix_users_email", table_name="users")`));
    r.commitAll("feature: index");
    r.write(`${V}/0004_untracked.py`, revisionSource("0004", "0003", `op.drop_column("users", "email")`, `op.add_column("users", sa.Column("email", sa.Text()))`));
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.revisions_in_scope).toEqual(["0003", "0004"]);
    expect(result.tierNote).toMatch(/2 revisions added or changed since main/);
    expect(new Set(result.findings.map((f) => f.revision))).toEqual(new Set(["0003", "0004"]));
    const rules = result.findings.map((f) => `${f.revision} ${f.rule}`);
    expect(rules).toContain("0003 require-concurrent-index-creation");
    expect(rules).toContain("0004 ban-drop-column");
    // The graph still covers the whole history.
    expect(result.graph.revisions.map((rev) => rev.revision)).toEqual(["0001", "0002", "0003", "0004"]);
  });

  it("a missing base ref: one error finding, every revision checked instead", async () => {
    const r = baseProject();
    r.write(`${V}/0003_add_index.py`, revisionSource("0003", "0002", `op.create_index("ix_users_email", "users", ["email"])`));
    const result = await runCheck(r.root, { "base-ref": "origin/main", ...NO_DB });
    const missing = result.findings.filter((f) => f.rule === "base-ref-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "error", file: "alembic.ini", line: 1 });
    expect(missing[0].message).toMatch(/`origin\/main` does not exist/);
    expect(missing[0].help).toMatch(/fetch-depth: 0/);
    expect(result.revisions_in_scope).toEqual(["0001", "0002", "0003"]);
    expect(result.findings.some((f) => f.rule === "require-concurrent-index-creation")).toBe(true);
  });

  it("--base-ref outside a git repository: a finding, not a crash", async () => {
    repo = new TempRepo("ag-check-nogit-");
    fs.rmSync(path.join(repo.root, ".git"), { recursive: true });
    writeProject(repo.root, { "0001_a.py": revisionSource("0001", null, "pass") });
    const { code, stdout, stderr } = await runCli(repo.root, ["--base-ref", "main", "--no-database", "--python", SYSTEM_PYTHON, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.findings.map((f: { rule: string }) => f.rule)).toEqual(["base-ref-missing"]);
    expect(result.findings[0].message).toMatch(/not inside a git repository/);
  });
});

describe("scope when run from outside the repository", () => {
  it("finds the repository from the config's folder (--config path/to/alembic.ini), not from the working directory", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_add_index.py`, revisionSource("0003", "0002", `op.create_index("ix_users_email", "users", ["email"])`));
    const elsewhere = fs.mkdtempSync(path.join(path.dirname(r.root), "ag-elsewhere-"));
    try {
      const result = await runCheck(elsewhere, { config: path.join(r.root, "alembic.ini"), "base-ref": "main", ...NO_DB });
      expect(result.findings.filter((f) => f.rule === "base-ref-missing")).toEqual([]);
      expect(result.revisions_in_scope).toEqual(["0003"]);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("modified-migration", () => {
  it("flags an edited revision from the base at its first changed line; a pure rename is not an edit", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    const file = path.join(r.root, V, "0002_add_name.py");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('sa.Column("name", sa.Text(), nullable=True)', 'sa.Column("name", sa.String(64), nullable=True)'));
    r.git("mv", `${V}/0001_create_users.py`, `${V}/0001_users.py`);
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    const modified = result.findings.filter((f) => f.rule === "modified-migration");
    expect(modified).toHaveLength(1);
    expect(modified[0]).toMatchObject({ file: `${V}/0002_add_name.py`, line: 12, severity: "warning", revision: "0002" });
    expect(modified[0].message).toMatch(/already exists on main and is edited here/);
    // The renamed 0001 has nothing new to lint: its old findings are not this change's.
    expect(result.revisions_in_scope).toEqual(["0002"]);
  });

  it("flags a deleted revision file and can be ignored per file", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_extra.py`, revisionSource("0003", "0002", "pass"));
    r.commitAll("add 0003");
    r.git("checkout", "-q", "main");
    r.write(`${V}/0003_extra.py`, revisionSource("0003", "0002", "pass"));
    r.commitAll("0003 on main too");
    r.git("checkout", "-q", "feature");
    r.git("rebase", "-q", "main");
    fs.rmSync(path.join(r.root, V, "0003_extra.py"));
    const file = path.join(r.root, V, "0002_add_name.py");
    fs.writeFileSync(file, "# alembic-guard: ignore-file[modified-migration] -- never deployed\n" + fs.readFileSync(file, "utf8") + "\n# trailing edit\n");
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    const modified = result.findings.filter((f) => f.rule === "modified-migration");
    expect(modified.map((f) => f.file)).toEqual([`${V}/0003_extra.py`]);
    expect(modified[0].message).toMatch(/is deleted here.*Can't locate revision 0003/);
    expect(result.findings.some((f) => f.rule === "unused-ignore")).toBe(false);
  });
});

describe("stale-down-revision", () => {
  it("names both heads and gives both fixes when the base branch moved on", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_feature.py`, revisionSource("f3a1", "0002", `op.add_column("users", sa.Column("bio", sa.Text()))`, `op.drop_column("users", "bio")`));
    r.commitAll("feature revision");
    r.git("checkout", "-q", "main");
    r.write(`${V}/0003_main.py`, revisionSource("m3b2", "0002", `op.add_column("users", sa.Column("age", sa.Integer()))`, `op.drop_column("users", "age")`));
    r.commitAll("someone else's revision merged first");
    r.git("checkout", "-q", "feature");
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.revisions_in_scope).toEqual(["f3a1"]);
    const stale = result.findings.filter((f) => f.rule === "stale-down-revision");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: "error", file: `${V}/0003_feature.py`, line: 6, revision: "f3a1" });
    expect(stale[0].message).toMatch(/down_revision = "0002", but main has moved on: its head is now m3b2/);
    expect(stale[0].message).toMatch(/two heads \(m3b2 and f3a1\)/);
    expect(stale[0].help).toContain('`alembic merge -m "merge heads" m3b2 f3a1`');
    expect(stale[0].help).toContain('set `down_revision = "m3b2"`');
  });

  it("in a pull request's merge commit (base merged in, two heads): stale-down-revision and multiple-heads", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_feature.py`, revisionSource("f3a1", "0002", "pass"));
    r.commitAll("feature revision");
    r.git("checkout", "-q", "main");
    r.write(`${V}/0003_main.py`, revisionSource("m3b2", "0002", "pass"));
    r.commitAll("main moved");
    // What actions/checkout gives a pull_request run: the PR merged into its base (refs/pull/N/merge).
    r.git("checkout", "-q", "-b", "pr-merge", "feature");
    r.git("merge", "-q", "--no-edit", "main");
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.revisions_in_scope).toEqual(["f3a1"]);
    expect(result.graph.heads).toEqual(["f3a1", "m3b2"]);
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["multiple-heads", "stale-down-revision"]));
    expect(result.findings.find((f) => f.rule === "stale-down-revision")?.help).toContain('`alembic merge -m "merge heads" m3b2 f3a1`');
  });

  it("accepts a new revision on the base head, a chain of new revisions, and a merge of both heads", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_a.py`, revisionSource("0003", "0002", "pass"));
    r.write(`${V}/0004_b.py`, revisionSource("0004", "0003", "pass"));
    let result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.findings.filter((f) => f.rule === "stale-down-revision")).toEqual([]);
    r.commitAll("feature chain");
    r.git("checkout", "-q", "main");
    r.write(`${V}/0003_main.py`, revisionSource("m003", "0002", "pass"));
    r.commitAll("main moved");
    r.git("checkout", "-q", "feature");
    r.write(`${V}/0005_merge.py`, revisionSource("0005", ["0004", "m003"], "pass"));
    // The feature branch does not have m003 yet: it must merge main first; after that the merge revision is fine.
    r.git("merge", "-q", "--no-edit", "main");
    result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.findings.filter((f) => f.rule === "stale-down-revision")).toEqual([]);
    expect(result.graph.heads).toEqual(["0005"]);
  });

  it("with naming = sequential, the fix also renames the file to the next free number", async () => {
    const r = baseProject({ "alembic-guard.toml": 'naming = "sequential"\n' });
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_feature.py`, revisionSource("0003f", "0002", "pass"));
    r.commitAll("feature");
    r.git("checkout", "-q", "main");
    r.write(`${V}/0003_main.py`, revisionSource("0003m", "0002", "pass"));
    r.commitAll("main");
    r.git("checkout", "-q", "feature");
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    const stale = result.findings.find((f) => f.rule === "stale-down-revision");
    expect(stale?.help).toContain(`\`git mv ${V}/0003_feature.py ${V}/0004_feature.py\``);
  });
});

describe("scope edge cases", () => {
  it("nothing changed since the base: no revision in scope, no Python started, the graph still checked", async () => {
    const r = baseProject();
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB, python: "/nonexistent/python3" });
    expect(result.revisions_in_scope).toEqual([]);
    expect(result.tier).toBe("static");
    expect(result.tierNote).toMatch(/0 revisions added or changed since main; no revision in scope/);
    // No python-unavailable finding: Python was never needed.
    expect(result.findings).toEqual([]);
    expect(result.graph.heads).toEqual(["0002"]);
  });

  it("--all with --base-ref lints everything and still runs the history policies", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_feature.py`, revisionSource("0003f", "0001", "pass"));
    const result = await runCheck(r.root, { "base-ref": "main", all: true, ...NO_DB });
    expect(result.revisions_in_scope).toEqual(["0001", "0002", "0003f"]);
    expect(result.tierNote).toMatch(/all revisions \(--all; 1 changed since main\)/);
    expect(result.findings.filter((f) => f.rule === "stale-down-revision").map((f) => f.revision)).toEqual(["0003f"]);
  });
});

describe("ignore comments in revision files outside the scope", () => {
  it("still suppress the whole-history findings that point into them, and are never reported unused", async () => {
    const reporting = "# alembic-guard: ignore-file[multiple-bases] -- the reporting schema is separate on purpose\n# alembic-guard: ignore[ban-drop-table]\n";
    const r = baseProject({ [`${V}/0100_reporting.py`]: reporting + revisionSource("0100", null, `op.execute("CREATE SCHEMA reporting")`, `op.execute("DROP SCHEMA reporting")`) });
    const all = await runCheck(r.root, { all: true, ...NO_DB });
    expect(all.findings.filter((f) => f.rule === "multiple-bases")).toEqual([]);
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0003_add_bio.py`, revisionSource("0003", "0002", `op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))`, `op.drop_column("users", "bio")`));
    const result = await runCheck(r.root, { "base-ref": "main", ...NO_DB });
    expect(result.revisions_in_scope).toEqual(["0003"]);
    expect(result.findings.filter((f) => f.rule === "multiple-bases" || f.rule === "unused-ignore")).toEqual([]);
  });
});

describe("paths through a symlink", () => {
  it("finds the changed revisions when the working directory is reached through a symlinked path", async () => {
    const r = baseProject();
    r.git("checkout", "-q", "-b", "feature");
    r.write(`${V}/0002_add_name.py`, revisionSource("0002", "0001", `op.add_column("users", sa.Column("name", sa.Text(), nullable=True))\nop.drop_column("users", "email")`));
    const link = `${r.root}-link`;
    fs.symlinkSync(r.root, link);
    try {
      const result = await runCheck(link, { "base-ref": "main", ...NO_DB });
      // An edited revision keeps its id: only the changed-file list can put it in scope.
      expect(result.revisions_in_scope).toEqual(["0002"]);
      expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(expect.arrayContaining([`${V}/0002_add_name.py:13 ban-drop-column`, `${V}/0002_add_name.py:13 modified-migration`]));
    } finally {
      fs.rmSync(link);
    }
  });
});
