// op.alter_column(..., nullable=False) on an existing table: the static tier (no SQL rendered) reports it through the
// rule's Alembic form; where Alembic renders the SQL, the SQL rule alone decides (one finding, or none after the
// validated-CHECK recipe), whatever the Alembic form would have said.
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp";
import { revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

function project(): string {
  const dir = tempDir("ag-not-null-");
  writeProject(dir, {
    "0001_users.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("email", sa.Text()))`, `op.drop_table("users")`),
    "0002_email_required.py": revisionSource("0002", "0001", `op.alter_column("users", "email", existing_type=sa.Text(), nullable=False)`, `op.alter_column("users", "email", existing_type=sa.Text(), nullable=True)`),
    "0003_proven.py": revisionSource(
      "0003",
      "0002",
      [
        `op.alter_column("users", "email", existing_type=sa.Text(), nullable=True)`,
        `op.create_check_constraint("ck_users_email_not_null", "users", "email IS NOT NULL", postgresql_not_valid=True)`,
        `op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null")`,
        `op.alter_column("users", "email", existing_type=sa.Text(), nullable=False)`,
      ].join("\n"),
    ),
  });
  return dir;
}

const notNull = (findings: Array<{ rule: string; revision?: string; line: number }>) =>
  findings.filter((f) => f.rule === "adding-not-nullable-field").map((f) => `${f.revision}:${f.line}`);

describe("adding-not-nullable-field across tiers", () => {
  it("static tier: the Alembic form reports the plain alter_column, not the proven one", async () => {
    const result = await runCheck(project(), { all: true, "static-only": true });
    expect(result.tier).toBe("static");
    expect(notNull(result.findings)).toEqual(["0002:12"]);
  });

  it("offline tier: the SQL rule alone, once, and nothing after the validated CHECK", async () => {
    const result = await runCheck(project(), { all: true, "no-database": true, python: SYSTEM_PYTHON });
    expect(result.tier).toBe("offline");
    expect(notNull(result.findings)).toEqual(["0002:12"]);
  });
});
