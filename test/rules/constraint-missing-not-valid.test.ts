import { beforeAll, expect, it } from "vitest";
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
