// The same unsafe revision must give the same rule at the same Python line whichever tier produced the SQL;
// broken inputs (env.py raising, a syntax error, no Python) become findings while everything else still runs.
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/types";
import { FIXTURES, located, runCheck, runCli, SYSTEM_PYTHON } from "./helpers";

const UNSAFE = path.join(FIXTURES, "unsafe");
const UNSAFE_FILE = "migrations/versions/0002_unsafe_changes.py";

// What the unsafe revision must yield in every tier: the Python-level rules, and SQL rules on op.execute() strings.
const EXPECTED_EVERY_TIER = [
  "0002_unsafe_changes.py:17 adding-required-field",
  "0002_unsafe_changes.py:18 require-concurrent-index-creation",
  "0002_unsafe_changes.py:19 concurrently-outside-autocommit-block",
  "0002_unsafe_changes.py:25 require-concurrent-index-creation",
  "0002_unsafe_changes.py:26 ban-drop-column",
  "0002_unsafe_changes.py:30 enum-not-dropped-in-downgrade",
  "0002_unsafe_changes.py:33 multi-statement-execute",
  "0002_unsafe_changes.py:33 update-without-where",
  "0003_reads_database.py:19 update-without-where",
  "0003_reads_database.py:20 delete-without-where",
  "0003_reads_database.py:23 empty-downgrade",
];
const RULES = [...new Set(EXPECTED_EVERY_TIER.map((e) => e.split(" ")[1]))];

describe("SQL tiers on the unsafe fixture", () => {
  let offline: CheckResult;
  let staticTier: CheckResult;
  beforeAll(async () => {
    offline = await runCheck(UNSAFE, { all: true, "no-database": true, python: SYSTEM_PYTHON });
    staticTier = await runCheck(UNSAFE, { all: true, "no-database": true, python: "/nonexistent/python3" });
  });

  it("runs the offline tier with real Alembic and says so", () => {
    expect(offline.tier).toBe("offline");
    expect(offline.revisions_in_scope).toEqual(["0001", "0002", "0003"]);
    expect(offline.tierNote).toMatch(/1 revision linted statically: 0003/);
    expect(offline.tierNote).toMatch(/Alembic 1\.8\.1 via \/usr\/bin\/python3/);
  });

  it("falls back to the static tier without Python, with a finding for the --python given", () => {
    expect(staticTier.tier).toBe("static");
    expect(staticTier.tierNote).toMatch(/no Python with alembic importable \(\/nonexistent\/python3: not found\)/);
    const finding = staticTier.findings.find((f) => f.rule === "python-unavailable");
    expect(finding).toMatchObject({ file: "alembic.ini", line: 1, severity: "warning" });
  });

  it("gives the same rules at the same Python lines in both tiers", () => {
    expect(located(offline, RULES)).toEqual(EXPECTED_EVERY_TIER);
    expect(located(staticTier, RULES)).toEqual(EXPECTED_EVERY_TIER);
  });

  it("keeps the Alembic-level finding and drops the SQL twin at the same line, carrying its SQL", () => {
    const index = offline.findings.filter((f) => f.file === UNSAFE_FILE && f.line === 18 && f.rule === "require-concurrent-index-creation");
    expect(index).toHaveLength(1);
    expect(index[0].message).toMatch(/^op\.create_index\(\)/);
    expect(index[0].sql).toMatch(/CREATE INDEX ix_users_tenant ON users \(tenant_id\)/);
    // The concurrent build in a transaction: the Python rule, not ban-concurrent-index-creation-in-transaction.
    expect(offline.findings.some((f) => f.line === 19 && f.rule === "ban-concurrent-index-creation-in-transaction")).toBe(false);
  });

  it("does not flag an index on a table the same revision created, in either tier", () => {
    for (const result of [offline, staticTier]) {
      expect(result.findings.some((f) => f.line === 31 && f.file === UNSAFE_FILE)).toBe(false);
    }
  });

  it("reports a revision that cannot render offline as info and lints it statically", () => {
    const info = offline.findings.find((f) => f.rule === "offline-sql-unavailable");
    expect(info).toMatchObject({ severity: "info", revision: "0003", file: "migrations/versions/0003_reads_database.py" });
    expect(info!.message).toMatch(/cannot be rendered in offline \(--sql\) mode.*read statically from op.execute\(\) strings instead/);
  });

  it("puts the revision id on every finding in a revision file", () => {
    for (const f of offline.findings.filter((f) => f.file.includes("versions/"))) expect(f.revision).toBeDefined();
  });
});

describe("broken inputs become findings, the rest still runs", () => {
  it("env.py that raises on import: a finding at env.py's line with the traceback, static tier for the revisions", async () => {
    const result = await runCheck(path.join(FIXTURES, "broken_env"), { all: true, "no-database": true, python: SYSTEM_PYTHON });
    expect(result.tier).toBe("static");
    expect(result.tierNote).toMatch(/Alembic could not load env\.py \(KeyError/);
    const env = result.findings.find((f) => f.rule === "env-import-failed");
    expect(env).toMatchObject({ file: "migrations/env.py", line: 7, severity: "warning" });
    expect(env!.message).toMatch(/HELPDESK_SETTINGS_MODULE_FOR_ALEMBIC_GUARD_TEST/);
    expect(env!.message).toMatch(/env\.py", line 7/);
    expect(located(result, RULES).map((l) => l.replace(/^[^:]+:/, ""))).toEqual(
      EXPECTED_EVERY_TIER.map((l) => l.replace(/^[^:]+:/, "")),
    );
  });

  it("a revision with a syntax error: a parse-error finding, the other revisions still linted", async () => {
    const result = await runCheck(path.join(FIXTURES, "syntax_error"), { all: true, "no-database": true, python: SYSTEM_PYTHON });
    const parse = result.findings.filter((f) => f.rule === "parse-error");
    expect(parse).toHaveLength(1);
    expect(parse[0].file).toBe("migrations/versions/b2_broken.py");
    expect(parse[0].line).toBeGreaterThanOrEqual(11);
    // Alembic cannot load a history with a file that does not compile: static tier, said in the note.
    expect(result.tier).toBe("static");
    expect(result.tierNote).toMatch(/could not load revision b2/);
    expect(result.findings.some((f) => f.rule === "env-import-failed")).toBe(false);
    expect(located(result, ["require-concurrent-index-creation"])).toEqual(["c3_index.py:11 require-concurrent-index-creation"]);
  });

  it("a history Alembic cannot load (missing parent): the graph finding, no env.py blame, static SQL still linted", async () => {
    const result = await runCheck(path.join(FIXTURES, "missing_parent"), { all: true, "no-database": true, python: SYSTEM_PYTHON });
    expect(result.tier).toBe("static");
    expect(result.tierNote).toMatch(/Alembic could not load the revision history \(KeyError: 'a6_deleted_meanwhile'\); see the graph findings/);
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(["5 missing-parent", "11 delete-without-where", "14 empty-downgrade"]);
  });

  it("--python /nonexistent on the CLI: findings and exit 1, never a stack trace", async () => {
    const { code, stdout, stderr } = await runCli(UNSAFE, ["--all", "--no-database", "--python", "/nonexistent"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/SQL tier: static — .*no Python with alembic importable/);
    expect(stdout).toMatch(/warning\[python-unavailable\]/);
  });
});
