// Round-trip observations attach to the lint finding about the same op.* call ("confirmed on PostgreSQL 15: …")
// and are not reported twice; observations no lint finding predicted stand alone; brief-lock evidence never does.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachObservations, joinEvidence } from "../../src/check/observations";
import type { CheckResult } from "../../src/check/types";
import { docsUrl, type Finding } from "../../src/findings";
import { renderFindings } from "../../src/report";
import { renderMarkdown } from "../../src/report/markdown";
import { revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

const at = (rule: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: "error",
  message: `${rule} message`,
  file: "versions/r2.py",
  line,
  help: "help",
  docs: docsUrl(rule),
  ...extra,
});

describe("attachObservations", () => {
  const lock = at("access-exclusive-lock-observed", 12, { severity: "info", confirmed: "confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `users` held until commit" });
  const rewrite = at("table-rewrite-observed", 12, { severity: "warning", confirmed: "confirmed on PostgreSQL 15: table `users` rewritten (new storage)" });

  it("puts the evidence on every lock-family finding at the same line and drops the observations", () => {
    const out = attachObservations([at("changing-column-type", 12), at("prefer-bigint-over-int", 12, { severity: "warning" }), rewrite, lock]);
    expect(out.map((f) => [f.rule, f.confirmed])).toEqual([
      ["changing-column-type", "confirmed on PostgreSQL 15: table `users` rewritten (new storage); ACCESS EXCLUSIVE lock on `users` held until commit"],
      ["prefer-bigint-over-int", undefined],
    ]);
  });

  it("keeps an observation no lint finding predicted, and drops evidence nobody predicted", () => {
    const evidence = at("access-exclusive-lock-observed", 20, { severity: "info", confirmed: "confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `notes` held until commit" });
    const out = attachObservations([at("adding-required-field", 30), lock], [evidence]);
    expect(out.map((f) => [f.rule, f.line, f.confirmed])).toEqual([
      ["adding-required-field", 30, undefined],
      ["access-exclusive-lock-observed", 12, lock.confirmed],
    ]);
  });

  it("brief-lock evidence confirms the lint finding at its line", () => {
    const out = attachObservations([at("adding-required-field", 12)], [lock]);
    expect(out).toEqual([{ ...at("adding-required-field", 12), confirmed: lock.confirmed }]);
  });

  it("joins evidence lines under one prefix", () => {
    expect(joinEvidence(["confirmed on PostgreSQL 15: a", "confirmed on PostgreSQL 15: b"])).toBe("confirmed on PostgreSQL 15: a; b");
    expect(joinEvidence(["seen: a", "other: b"])).toBe("seen: a; other: b");
  });
});

describe("check on a real PostgreSQL: observations and lint findings", () => {
  let dir: string;
  let result: CheckResult;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-observed-"));
    writeProject(dir, {
      "0001_users.py": revisionSource("0001", null, 'op.create_table("users", sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.Text))', 'op.drop_table("users")'),
      // A nullable column: no lint finding; the slow statement after it keeps users locked for 150 ms.
      "0002_nickname.py": revisionSource("0002", "0001", 'op.add_column("users", sa.Column("nickname", sa.Text))\nop.execute("SELECT pg_sleep(0.15)")', 'op.drop_column("users", "nickname")'),
      // A type change that rewrites the table: changing-column-type predicts it.
      "0003_email_varchar.py": revisionSource("0003", "0002", 'op.alter_column("users", "email", type_=sa.String(200), postgresql_using="email::varchar(200)")', 'op.alter_column("users", "email", type_=sa.Text)'),
      // Instant ADD COLUMN: neither a lint finding nor a report of its own.
      "0004_note.py": revisionSource("0004", "0003", 'op.add_column("users", sa.Column("note", sa.Text))', 'op.drop_column("users", "note")'),
    }, {
      // Off here so that 0002's lock has no lint finding to confirm (on, they would carry the evidence too).
      "alembic-guard.toml": '[rules]\n"require-lock-timeout" = "off"\n"require-statement-timeout" = "off"\n',
    });
    result = await runCheck(dir, { all: true, python: SYSTEM_PYTHON });
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("confirms the type change with the rewrite and the lock, and reports the long-held lock alone", () => {
    expect(result.tier).toBe("live");
    const observedOrConfirmed = result.findings.filter((f) => f.confirmed).map((f) => [f.rule, path.basename(f.file), f.line, f.confirmed]);
    expect(observedOrConfirmed).toEqual([
      ["access-exclusive-lock-observed", "0002_nickname.py", 12, expect.stringMatching(/^confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `users` held for \d+ ms until commit$/)],
      ["changing-column-type", "0003_email_varchar.py", 12, "confirmed on PostgreSQL 15: table `users` rewritten (new storage); ACCESS EXCLUSIVE lock on `users` held until commit"],
    ]);
    expect(result.findings.filter((f) => f.file.endsWith("0004_note.py"))).toEqual([]);
  });

  it("every report format shows the evidence", () => {
    const confirmed = result.findings.filter((f) => f.rule === "changing-column-type");
    const evidence = confirmed[0].confirmed!;
    expect(renderFindings("text", confirmed)).toContain(`  = ${evidence}\n`);
    expect(JSON.parse(renderFindings("json", confirmed)).findings[0].confirmed).toBe(evidence);
    const sarif = JSON.parse(renderFindings("sarif", confirmed)).runs[0].results[0];
    expect(sarif.properties.confirmed).toBe(evidence);
    expect(sarif.message.text).toContain(evidence);
    expect(JSON.parse(renderFindings("gitlab", confirmed))[0].content.body).toContain(evidence);
    expect(renderMarkdown(result, { failOn: "error" })).toContain(`🐘 ${evidence}`);
  });
});
