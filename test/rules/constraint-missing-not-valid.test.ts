import { beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/rules/engine";
import type { SqlRule } from "../../src/rules/types";
import { addingForeignKeyConstraint } from "../../src/rules/sql/adding-foreign-key-constraint";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { constraintMissingNotValid } from "../../src/rules/sql/constraint-missing-not-valid";

ruleTester(constraintMissingNotValid, {
  valid: [
    "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;",
    "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
    // Validation in its own transaction (after COMMIT) is the safe second step.
    "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;\nCOMMIT;\nBEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT ck_total;",
    // The second step alone (a later revision).
    "ALTER TABLE orders VALIDATE CONSTRAINT ck_total;",
    // Table created in the same migration: empty, nothing to scan.
    "CREATE TABLE orders (id bigint, total numeric);\nALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0);",
    // Autocommit: each statement commits on its own.
    { sql: "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT ck_total;", inTransaction: false },
    // UNIQUE has no NOT VALID form: other rules cover it.
    "ALTER TABLE users ADD CONSTRAINT uq_email UNIQUE (email);",
  ],
  invalid: [
    // BEGIN inside the migration's transaction opens nothing: the VALIDATE still runs under the add's lock.
    { sql: "ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;\nBEGIN;\nALTER TABLE t VALIDATE CONSTRAINT c;", line: 3 },
    { sql: "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0);", line: 1, column: 24 },
    "ALTER TABLE public.orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);",
    // Validated in the same (Alembic) transaction as the NOT VALID add.
    {
      sql: "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT ck_total;",
      line: 2,
      column: 13,
    },
    "BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk_u FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nUPDATE orders SET total = 0 WHERE total IS NULL;\nALTER TABLE orders VALIDATE CONSTRAINT fk_u;\nCOMMIT;",
    // A different table was created earlier: still existing.
    "CREATE TABLE invoices (id bigint);\nALTER TABLE orders ADD CHECK (total >= 0);",
    { sql: "ALTER TABLE orders ADD CONSTRAINT a CHECK (x > 0), ADD CONSTRAINT b CHECK (y > 0);", count: 2 },
  ],
});

beforeAll(() => loadSqlParser());
it("help names Alembic's NOT VALID form for the constraint kind and the VALIDATE to run later", () => {
  const [check] = lintWith(constraintMissingNotValid, "ALTER TABLE tickets ADD CONSTRAINT ck_tickets_priority CHECK (priority >= 0);");
  expect(check.help).toContain("op.create_check_constraint(..., postgresql_not_valid=True)");
  expect(check.help).toContain('op.execute("ALTER TABLE tickets VALIDATE CONSTRAINT ck_tickets_priority")');
  const [fk] = lintWith(constraintMissingNotValid, "ALTER TABLE tickets ADD CONSTRAINT fk_t_u FOREIGN KEY(user_id) REFERENCES users (id);");
  expect(fk.help).toContain("op.create_foreign_key(..., postgresql_not_valid=True)");
});

describe("a foreign key added without NOT VALID gets one error, not two", () => {
  beforeAll(() => loadSqlParser());
  const sql = "ALTER TABLE tickets ADD CONSTRAINT fk_tickets_user FOREIGN KEY(user_id) REFERENCES users (id);\nALTER TABLE tickets ADD CONSTRAINT ck_p CHECK (p >= 0);";
  const lint = (rules: SqlRule[]) =>
    lintSources([{ text: sql, file: "migration.sql", inTransaction: true }], { pgVersion: 15, rules, only: rules.map((r) => r.meta.id) }).map((f) => `${f.rule}:${f.line}`);
  it("leaves the foreign key to adding-foreign-key-constraint when that rule runs", () => {
    expect(lint([addingForeignKeyConstraint, constraintMissingNotValid]).sort()).toEqual(["adding-foreign-key-constraint:1", "constraint-missing-not-valid:2"]);
  });
  it("still reports it when adding-foreign-key-constraint is off", () => {
    expect(lint([constraintMissingNotValid])).toEqual(["constraint-missing-not-valid:1", "constraint-missing-not-valid:2"]);
  });
});
