// The live tier (the round trip's first upgrade on a real PostgreSQL 15 started by the test run) must agree
// with the offline and static tiers: same rule, same Python line.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/types";
import { FIXTURES, located, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

const RULES = [
  "adding-required-field",
  "require-concurrent-index-creation",
  "ban-drop-column",
  "enum-not-dropped-in-downgrade",
  "multi-statement-execute",
  "update-without-where",
  "delete-without-where",
];

describe("live, offline and static tiers agree", () => {
  let dir: string;
  let live: CheckResult;
  let offline: CheckResult;
  let staticTier: CheckResult;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-live-"));
    const versions = path.join(FIXTURES, "unsafe/migrations/versions");
    // The unsafe revision without its CONCURRENTLY-in-a-transaction index, which PostgreSQL refuses to run
    // (the live tier lints what really executed, so the upgrade has to succeed).
    const lines = fs.readFileSync(path.join(versions, "0002_unsafe_changes.py"), "utf8").split("\n");
    const from = lines.findIndex((l) => l.includes('"ix_users_created",')) - 1;
    expect(lines[from]).toBe("    op.create_index(");
    lines.splice(from, 6);
    const runnable = lines.filter((l) => !l.includes('op.drop_index("ix_users_created"')).join("\n");
    writeProject(dir, {
      "0001_create_users.py": fs.readFileSync(path.join(versions, "0001_create_users.py"), "utf8"),
      "0002_unsafe_changes.py": runnable,
    });
    live = await runCheck(dir, { all: true, python: SYSTEM_PYTHON });
    offline = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
    staticTier = await runCheck(dir, { all: true, "no-database": true, python: "/nonexistent/python3" });
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("ran the round trip and linted its captured SQL", () => {
    expect(live.roundtrip?.server).toMatch(/PostgreSQL 15/);
    expect(live.tier).toBe("live");
    expect(offline.tier).toBe("offline");
    expect(staticTier.tier).toBe("static");
  });

  it("reports the same rules at the same Python lines in all three tiers", () => {
    const expected = located(staticTier, RULES);
    expect(expected).toEqual([
      "0002_unsafe_changes.py:17 adding-required-field",
      "0002_unsafe_changes.py:18 require-concurrent-index-creation",
      "0002_unsafe_changes.py:19 require-concurrent-index-creation",
      "0002_unsafe_changes.py:20 ban-drop-column",
      "0002_unsafe_changes.py:24 enum-not-dropped-in-downgrade",
      "0002_unsafe_changes.py:27 multi-statement-execute",
      "0002_unsafe_changes.py:27 update-without-where",
    ]);
    expect(located(offline, RULES)).toEqual(expected);
    expect(located(live, RULES)).toEqual(expected);
  });

  it("live SQL carries what PostgreSQL really ran (the SQL of the Alembic-level finding)", () => {
    const index = live.findings.find((f) => f.rule === "require-concurrent-index-creation" && f.line === 18);
    expect(index?.sql).toMatch(/^CREATE INDEX ix_users_tenant ON users \(tenant_id\)/);
  });

  it("attaches what the round trip observed to the lint finding at the same op.* call, and does not report it again", () => {
    const required = live.findings.find((f) => f.rule === "adding-required-field");
    expect(required).toMatchObject({ line: 17, confirmed: "confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `users` held until commit" });
    expect(live.findings.filter((f) => f.rule === "access-exclusive-lock-observed" || f.rule === "table-rewrite-observed")).toEqual([]);
    // Not a lock or rewrite finding: no evidence on it. Offline there is nothing to confirm with.
    expect(live.findings.find((f) => f.rule === "ban-drop-column")?.confirmed).toBeUndefined();
    expect(offline.findings.some((f) => f.confirmed)).toBe(false);
  });
});
