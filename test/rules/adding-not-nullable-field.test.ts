import { beforeAll, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { addingNotNullableField } from "../../src/rules/sql/adding-not-nullable-field";

const PROVEN =
  "ALTER TABLE users ADD CONSTRAINT ck_email_nn CHECK (email IS NOT NULL) NOT VALID;\n" +
  "ALTER TABLE users VALIDATE CONSTRAINT ck_email_nn;\n" +
  "ALTER TABLE users ALTER COLUMN email SET NOT NULL;";

ruleTester(addingNotNullableField, {
  valid: [
    PROVEN,
    // A CHECK added without NOT VALID is validated at once (constraint-missing-not-valid flags that, not this rule).
    "ALTER TABLE users ADD CONSTRAINT ck CHECK (email IS NOT NULL AND email <> '');\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    "CREATE TABLE users (id bigint, email text);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;",
    // PostgreSQL 18: a NOT NULL constraint added NOT VALID is catalog-only.
    "ALTER TABLE users ADD CONSTRAINT users_email_nn NOT NULL email NOT VALID;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;", line: 1, column: 13 },
    // Before PG 12 the CHECK does not help.
    { sql: PROVEN, pgVersion: 11, line: 3 },
    // NOT VALID but never validated.
    "ALTER TABLE users ADD CONSTRAINT ck CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // The CHECK is about another column.
    "ALTER TABLE users ADD CONSTRAINT ck CHECK (name IS NOT NULL);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // Added in the same statement: not yet validated when SET NOT NULL looks for it.
    "ALTER TABLE users ADD CONSTRAINT ck CHECK (email IS NOT NULL), ALTER COLUMN email SET NOT NULL;",
    // PostgreSQL 18 table-level NOT NULL constraint, validated at once.
    { sql: "ALTER TABLE users ADD CONSTRAINT users_email_nn NOT NULL email;", line: 1, column: 23 },
  ],
});

beforeAll(() => loadSqlParser());
it("help spells out the CHECK proof with this table and column, validated in a separate transaction", () => {
  const [finding] = lintWith(addingNotNullableField, "ALTER TABLE tickets ALTER COLUMN normalized_price SET NOT NULL;");
  expect(finding.help).toContain('op.create_check_constraint("ck_tickets_normalized_price_not_null", "tickets", "normalized_price IS NOT NULL", postgresql_not_valid=True)');
  expect(finding.help).toContain("in the next revision (or an autocommit block)");
});
