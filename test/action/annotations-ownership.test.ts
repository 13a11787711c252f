// Annotations (repository-relative, errors first, per-level quota) and the migration_owners policy on a real git repository.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/action/annotations";
import { ownershipFindings } from "../../src/action/ownership";
import type { CheckResult } from "../../src/check/types";
import { resolveSettings } from "../../src/settings";
import { baseResult, finding } from "../report/markdown-fixtures";

describe("planAnnotations", () => {
  it("puts errors first, paths relative to the repository root, and keeps GitHub's per-level quota", () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding("ban-drop-column", "warning", "migrations/versions/a.py", i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding("ban-drop-table", "error", "migrations/versions/b.py", i + 1, { column: 3 })),
      finding("renaming-column", "info", "migrations/versions/c.py", 4),
    ];
    const { annotations, omitted } = planAnnotations(findings, "/repo/backend", "/repo", 10);
    expect(annotations.slice(0, 10).every((a) => a.level === "error")).toBe(true);
    expect(annotations.filter((a) => a.level === "warning")).toHaveLength(10);
    expect(annotations.filter((a) => a.level === "notice")).toHaveLength(1);
    expect(omitted).toBe(2 + 5);
    expect(annotations[0]).toEqual({
      level: "error",
      title: "alembic-guard: ban-drop-table",
      message: "ban-drop-table at migrations/versions/b.py:1\n\nfix ban-drop-table",
      file: "backend/migrations/versions/b.py",
      startLine: 1,
      startColumn: 3,
    });
  });
});

it("spreads the quota over files: every file with an error is annotated before a second error of any", () => {
  const findings = [
    ...Array.from({ length: 20 }, (_, i) => finding("ban-drop-table", "error", "migrations/versions/a.py", i + 1)),
    finding("ban-drop-table", "error", "migrations/versions/z.py", 3),
  ];
  const { annotations } = planAnnotations(findings, "/repo", "/repo", 10);
  expect(annotations.map((a) => a.file).slice(0, 2)).toEqual(["migrations/versions/a.py", "migrations/versions/z.py"]);
  expect(annotations.map((a) => a.startLine).slice(0, 3)).toEqual([1, 3, 2]);
});

describe("migration-ownership", () => {
  let repo: string;
  let base: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  const revisionFile = (rev: string, down: string | null) =>
    `revision = "${rev}"\ndown_revision = ${down ? `"${down}"` : "None"}\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n`;

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), "ag-owners-"));
    fs.mkdirSync(path.join(repo, "migrations/versions"), { recursive: true });
    fs.writeFileSync(path.join(repo, "alembic-guard.toml"), 'migration_owners = ["Alice", "bob"]\n');
    fs.writeFileSync(path.join(repo, "migrations/versions/0001_users.py"), revisionFile("0001", null));
    fs.writeFileSync(path.join(repo, "migrations/versions/0002_index_email.py"), revisionFile("0002", "0001"));
    fs.writeFileSync(path.join(repo, "app.py"), "print('hi')\n");
    git("init", "-q", "-b", "main");
    git("-c", "user.name=Alice", "-c", "user.email=a@example.com", "add", ".");
    git("-c", "user.name=Alice", "-c", "user.email=a@example.com", "commit", "-qm", "base");
    base = git("rev-parse", "HEAD");
    // The pull request: edits 0002, adds 0003, touches a non-migration file.
    fs.appendFileSync(path.join(repo, "migrations/versions/0002_index_email.py"), "# edited\n");
    fs.writeFileSync(path.join(repo, "migrations/versions/0003_drop_nickname.py"), revisionFile("0003", "0002"));
    fs.appendFileSync(path.join(repo, "app.py"), "print('more')\n");
    git("add", ".");
    git("-c", "user.name=Carol", "-c", "user.email=c@example.com", "commit", "-qm", "pr");
  });
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  const result = (): CheckResult => baseResult({ findings: [], revisions_in_scope: ["0002", "0003"] });

  it("flags each revision file a PR author outside migration_owners adds or edits", () => {
    const settings = resolveSettings("check", { "base-ref": base }, [], repo);
    const findings = ownershipFindings(result(), settings, "carol");
    expect(findings.map((f) => [f.file, f.line, f.revision, f.severity])).toEqual([
      ["migrations/versions/0002_index_email.py", 8, "0002", "error"],
      ["migrations/versions/0003_drop_nickname.py", 8, "0003", "error"],
    ]);
    expect(findings[0].message).toContain("@carol, who is not in migration_owners (@Alice, @bob)");
    expect(findings[0].docs).toMatch(/migration-ownership\.md$/);
  });

  it("lets listed owners through, case-insensitively", () => {
    const settings = resolveSettings("check", { "base-ref": base }, [], repo);
    expect(ownershipFindings(result(), settings, "alice")).toEqual([]);
    expect(ownershipFindings(result(), settings, "BOB")).toEqual([]);
  });

  it("does nothing without a policy, without an author, or when the rule is off", () => {
    const noPolicy = resolveSettings("check", { "base-ref": base }, [], path.join(repo, "migrations"));
    expect(ownershipFindings(result(), noPolicy, "carol")).toEqual([]);
    const settings = resolveSettings("check", { "base-ref": base }, [], repo);
    expect(ownershipFindings(result(), settings, undefined)).toEqual([]);
    expect(ownershipFindings(result(), { ...settings, rules: { "migration-ownership": "off" } }, "carol")).toEqual([]);
    expect(ownershipFindings(result(), { ...settings, rules: { "migration-ownership": "warning" } }, "carol")[0].severity).toBe("warning");
  });

  it("compares with the fork point: revisions the base branch edited after the PR branched are not the author's", () => {
    const head = git("rev-parse", "HEAD");
    git("checkout", "-q", "-b", "base-moved-on", base);
    fs.appendFileSync(path.join(repo, "migrations/versions/0001_users.py"), "# edited on the base branch\n");
    git("-c", "user.name=Alice", "-c", "user.email=a@example.com", "commit", "-qam", "base: comment on 0001");
    git("checkout", "-q", head);
    try {
      const settings = resolveSettings("check", { "base-ref": "base-moved-on" }, [], repo);
      expect(ownershipFindings(result(), settings, "carol").map((f) => f.file)).toEqual(["migrations/versions/0002_index_email.py", "migrations/versions/0003_drop_nickname.py"]);
    } finally {
      git("checkout", "-q", "main");
    }
  });

  it("without a usable base ref, falls back to the revisions check put in scope", () => {
    const settings = resolveSettings("check", { "base-ref": "no-such-ref" }, [], repo);
    const findings = ownershipFindings(baseResult({ findings: [], revisions_in_scope: ["0003"] }), settings, "carol");
    expect(findings.map((f) => f.file)).toEqual(["migrations/versions/0003_drop_nickname.py"]);
  });
});
