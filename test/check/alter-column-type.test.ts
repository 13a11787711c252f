// op.alter_column(type_=..., existing_type=...) through the offline tier (real Alembic renders the SQL): the SQL
// changing-column-type finding cannot see the current type, the revision can. existing_type that makes the change
// free (varchar(n) → text) removes the SQL finding; one that makes it rewrite replaces it with a precise one;
// without existing_type the SQL finding stays.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/types";
import { located, revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

let dir: string;
let offline: CheckResult;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-altertype-"));
  writeProject(dir, {
    "0001_users.py": revisionSource(
      "0001",
      null,
      `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("bio", sa.String(200)), sa.Column("note", sa.String(200)), sa.Column("code", sa.String(20)), sa.Column("tag", sa.String(20)))`,
      `op.drop_table("users")`,
    ),
    "0002_types.py": revisionSource(
      "0002",
      "0001",
      [
        `op.alter_column("users", "bio", type_=sa.Text(), existing_type=sa.String(200))`,
        `op.alter_column("users", "note", type_=sa.Text())`,
        `op.alter_column("users", "code", type_=sa.Integer(), existing_type=sa.String(20), postgresql_using="code::integer")`,
        `op.alter_column("users", "id", type_=sa.BigInteger(), existing_type=sa.Integer())`,
        `with op.batch_alter_table("users") as batch_op:`,
        `    batch_op.alter_column("tag", existing_type=sa.String(20), type_=sa.String(100))`,
      ].join("\n"),
    ),
  });
  offline = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("drops the SQL finding for a change existing_type proves free and keeps it where the revision does not say", () => {
  expect(offline.tier).toBe("offline");
  expect(located(offline, ["changing-column-type"]).filter((l) => l.startsWith("0002"))).toEqual([
    "0002_types.py:13 changing-column-type",
    "0002_types.py:14 changing-column-type",
    "0002_types.py:15 changing-column-type",
  ]);
});

it("keeps the hedged SQL finding without existing_type, and words a known rewrite in Alembic terms with the SQL", () => {
  const at = (line: number) => offline.findings.filter((f) => f.rule === "changing-column-type" && f.line === line && f.file.endsWith("0002_types.py"));
  expect(at(13)[0].message).toMatch(/unless the column is currently varchar/);
  // postgresql_using: the SQL rule judges the rendered statement.
  expect(at(14)[0].message).toMatch(/^`users\.code` changes type to integer: PostgreSQL rewrites the table/);
  expect(at(15)).toHaveLength(1);
  expect(at(15)[0].message).toMatch(/^changing `users\.id` from INTEGER to BIGINT rewrites the table/);
  expect(at(15)[0].severity).toBe("error");
  expect(at(15)[0].sql).toMatch(/ALTER TABLE users ALTER COLUMN id TYPE BIGINT/);
});

it("in the static tier (no SQL rendered), an ignore above an alter_column the Python form cannot judge is not 'unused'", async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-altertype-static-"));
  try {
    writeProject(project, {
      "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("bio", sa.String(200)))`),
      "0002_types.py": revisionSource(
        "0002",
        "0001",
        [`# alembic-guard: ignore[changing-column-type]`, `op.alter_column("users", "bio", type_=sa.Text())`].join("\n"),
      ),
    });
    const staticTier = await runCheck(project, { all: true, "no-database": true, python: "/nonexistent/python3" });
    expect(staticTier.tier).toBe("static");
    expect(located(staticTier, ["unused-ignore", "changing-column-type"])).toEqual([]);
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});

it("in the static tier, a rewriting change with postgresql_using (left to the SQL rule when SQL is rendered) is still reported", async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-altertype-using-"));
  try {
    writeProject(project, {
      "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("code", sa.String(20)))`),
      "0002_types.py": revisionSource("0002", "0001", `op.alter_column("users", "code", type_=sa.Integer(), existing_type=sa.String(20), postgresql_using="code::integer")`),
    });
    const staticTier = await runCheck(project, { all: true, "static-only": true });
    const found = staticTier.findings.filter((f) => f.rule === "changing-column-type");
    expect(found.map((f) => `${f.file.split("/").pop()}:${f.line}`)).toEqual(["0002_types.py:12"]);
    expect(found[0].message).toMatch(/^changing `users\.code` from VARCHAR\(20\) to INTEGER rewrites the table/);
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});
