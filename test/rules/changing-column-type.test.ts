import { lintWith, ruleTester } from "../helpers/rule-tester";
import { loadSqlParser } from "../../src/sql/parse";
import { changingColumnType } from "../../src/rules/sql/changing-column-type";
import { typeChangeIsRewriteFree, type ColumnType } from "../../src/rules/sql/util-locks";
import { beforeAll, describe, expect, it } from "vitest";

const ADD = "ALTER TABLE users ADD COLUMN c ";

ruleTester(changingColumnType, {
  valid: [
    // Old type known from an earlier statement, and the change is binary compatible.
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE varchar(100);",
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE text;",
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE varchar;",
    ADD + "numeric(10,2);\nALTER TABLE users ALTER COLUMN c TYPE numeric(12,2);",
    ADD + "cidr;\nALTER TABLE users ALTER COLUMN c TYPE inet;",
    // timestamp → timestamptz: free from PG 12 when the session TimeZone is UTC.
    "SET TIME ZONE 'UTC';\n" + ADD + "timestamp;\nALTER TABLE users ALTER COLUMN c TYPE timestamptz;",
    // USING that only applies the implicit cast to the new type.
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE varchar(100) USING c::varchar(100);",
    // Table created in the same migration.
    "CREATE TABLE users (id int);\nALTER TABLE users ALTER COLUMN id TYPE bigint;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ALTER COLUMN id TYPE bigint;", line: 1, column: 40 },
    // Old type unknown: even a likely widening is reported (the message names the safe case).
    "ALTER TABLE users ALTER COLUMN email TYPE varchar(320);",
    ADD + "varchar(100);\nALTER TABLE users ALTER COLUMN c TYPE varchar(50);",
    ADD + "text;\nALTER TABLE users ALTER COLUMN c TYPE varchar(50);",
    ADD + "numeric(10,2);\nALTER TABLE users ALTER COLUMN c TYPE numeric(12,4);",
    // Not free before PG 12, or without a UTC session time zone.
    { sql: "SET TIME ZONE 'UTC';\n" + ADD + "timestamp;\nALTER TABLE users ALTER COLUMN c TYPE timestamptz;", pgVersion: 11 },
    "SET TIME ZONE 'Europe/Berlin';\n" + ADD + "timestamp;\nALTER TABLE users ALTER COLUMN c TYPE timestamptz;",
    // USING that computes a value, and a collation change.
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE text USING lower(c);",
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE text COLLATE \"C\";",
    ADD + "varchar(50);\nALTER TABLE users ALTER COLUMN c TYPE varchar(100) USING c::text;",
  ],
});

describe("typeChangeIsRewriteFree", () => {
  const t = (name: string, ...mods: number[]): ColumnType => ({ name, mods, array: false });
  const opts = { pgVersion: 15, timeZoneIsUtc: false };
  it.each([
    [t("varchar", 10), t("varchar", 20), true],
    [t("varchar", 20), t("varchar", 10), false],
    [t("varchar"), t("varchar", 10), false],
    [t("varchar", 10), t("text"), true],
    [t("text"), t("varchar"), true],
    [t("text"), t("varchar", 10), false],
    [t("numeric", 10, 2), t("numeric"), true],
    [t("numeric", 10), t("numeric", 12, 0), true],
    [t("bpchar", 5), t("bpchar", 10), false],
    [t("int4"), t("int8"), false],
    [t("timestamp", 0), t("timestamp", 3), true],
    [t("timestamp"), t("timestamptz"), false],
  ])("%o → %o is free: %s", (from, to, free) => {
    expect(typeChangeIsRewriteFree(from, to, opts)).toBe(free);
  });
  it("timestamp → timestamptz only with PG 12+ and UTC", () => {
    expect(typeChangeIsRewriteFree(t("timestamp"), t("timestamptz"), { pgVersion: 12, timeZoneIsUtc: true })).toBe(true);
    expect(typeChangeIsRewriteFree(t("timestamp"), t("timestamptz"), { pgVersion: 11, timeZoneIsUtc: true })).toBe(false);
  });
});

describe("changing-column-type message when the current type is not in the SQL", () => {
  beforeAll(() => loadSqlParser());
  // op.alter_column("tickets", "title", existing_type=sa.String(200), type_=sa.Text()) renders only the target type.
  it("says the change is free unless…, instead of claiming a rewrite, and says how to mark it reviewed", () => {
    const [finding] = lintWith(changingColumnType, "ALTER TABLE tickets ALTER COLUMN title TYPE TEXT;");
    expect(finding.message).toMatch(/^`tickets\.title` changes type to text: unless the column is currently varchar or varchar\(n\) \(the existing_type of op\.alter_column\), PostgreSQL rewrites/);
    expect(finding.help).toContain("# alembic-guard: ignore[changing-column-type]");
  });
  it("keeps the plain statement when no current type would make it free", () => {
    const [finding] = lintWith(changingColumnType, "ALTER TABLE tickets ALTER COLUMN priority TYPE BIGINT;");
    expect(finding.message).toBe("`tickets.priority` changes type to bigint: PostgreSQL rewrites the table and rebuilds its indexes while an ACCESS EXCLUSIVE lock blocks every read and write");
    expect(finding.help).toMatch(/^Expand\/contract instead/);
  });
});
