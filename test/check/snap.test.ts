// Where SQL findings land in the revision file: on the op.* call that emitted the statement, also when another
// op.* call (op.f(), op.get_bind()) sits inside its arguments.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-snap-"));
  writeProject(dir, {
    "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("email", sa.Text()))`, `op.drop_table("users")`),
    "0002_index.py": revisionSource("0002", "0001", `op.create_index(op.f("ix_users_email"), "users", ["email"])`, `op.drop_index(op.f("ix_users_email"), table_name="users")`),
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQL findings on a one-line op.* call with op.f() inside", () => {
  it("point at the op.* call's column, as the Python-level findings on the same call do", async () => {
    const result = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
    const inIndex = result.findings.filter((f) => f.file.endsWith("0002_index.py"));
    expect(inIndex.length).toBeGreaterThan(1);
    // `    op.create_index(op.f(...` : the call starts at column 5 of line 12.
    expect(inIndex.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(inIndex.map((f) => `${f.rule} 12:5`));
  });
});
