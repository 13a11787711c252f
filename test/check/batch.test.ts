// batch_alter_table: Alembic runs the batch's operations when the `with` block exits, so offline and live SQL
// point at the `with` line; the Alembic-level findings at the calls must still replace their SQL twins.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { located, revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-batch-"));
  writeProject(dir, {
    "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("email", sa.Text()), sa.Column("name", sa.Text()))`, `op.drop_table("users")`),
    "0002_batch.py": revisionSource(
      "0002",
      "0001",
      [
        `with op.batch_alter_table("users") as batch_op:`,
        `    batch_op.add_column(sa.Column("tenant_id", sa.BigInteger(), nullable=False))`,
        `    batch_op.create_index("ix_users_email", ["email"])`,
        `    batch_op.create_index(op.f("ix_users_name"), ["name"])`,
        `    batch_op.drop_column("email")`,
      ].join("\n"),
      `pass`,
    ),
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports each batch operation once, at its own line, in the offline and static tiers alike", async () => {
  const rules = ["adding-required-field", "require-concurrent-index-creation", "ban-drop-column"];
  const offline = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
  const staticTier = await runCheck(dir, { all: true, "no-database": true, python: "/nonexistent/python3" });
  expect(offline.tier).toBe("offline");
  const expected = [
    "0002_batch.py:13 adding-required-field",
    "0002_batch.py:14 require-concurrent-index-creation",
    "0002_batch.py:15 require-concurrent-index-creation",
    "0002_batch.py:16 ban-drop-column",
  ];
  expect(located(staticTier, rules)).toEqual(expected);
  expect(located(offline, rules)).toEqual(expected);
  // SQL-only findings (timeouts, lock spans) land on the batch call that emitted the statement, not on the `with`.
  expect(offline.findings.filter((f) => f.revision === "0002" && f.line === 12).map((f) => f.rule)).toEqual([]);
  expect(offline.findings.some((f) => f.line === 14 && f.rule === "require-statement-timeout")).toBe(true);
  const second = offline.findings.find((f) => f.line === 15);
  expect(second?.sql).toMatch(/CREATE INDEX ix_users_name ON users \(name\)/);
});
