import { beforeAll, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { addingForeignKeyConstraint } from "../../src/rules/sql/adding-foreign-key-constraint";

ruleTester(addingForeignKeyConstraint, {
  valid: [
    "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
    "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;",
    // New table: empty, nothing to validate.
    "CREATE TABLE orders (id bigint, user_id bigint REFERENCES users (id));",
    "CREATE TABLE orders (id bigint, user_id bigint);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);",
    "CREATE TABLE orders (id bigint);\nALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);",
    "ALTER TABLE orders ADD CONSTRAINT ck CHECK (total > 0);",
  ],
  invalid: [
    { sql: "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);", line: 1, column: 24 },
    { sql: "ALTER TABLE orders\n  ADD COLUMN user_id bigint REFERENCES users (id);", line: 2, column: 29 },
    "ALTER TABLE app.orders ADD FOREIGN KEY (user_id) REFERENCES app.users (id) ON DELETE CASCADE;",
    "CREATE TABLE users (id bigint PRIMARY KEY);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);",
  ],
});

beforeAll(() => loadSqlParser());
it("help names Alembic's NOT VALID form (op.create_foreign_key(..., postgresql_not_valid=True)) and the VALIDATE to run later", () => {
  const [finding] = lintWith(addingForeignKeyConstraint, "ALTER TABLE tickets ADD CONSTRAINT fk_tickets_user FOREIGN KEY(user_id) REFERENCES users (id);");
  expect(finding.help).toContain("op.create_foreign_key(..., postgresql_not_valid=True)");
  expect(finding.help).toContain('op.execute("ALTER TABLE tickets VALIDATE CONSTRAINT fk_tickets_user")');
});

it("a self-referencing foreign key (parent_id → id) names its one locked table once", () => {
  const [constraint] = lintWith(addingForeignKeyConstraint, "ALTER TABLE nodes ADD CONSTRAINT fk_nodes_parent FOREIGN KEY (parent_id) REFERENCES nodes (id);");
  expect(constraint.message).toContain("is validated immediately: a SHARE ROW EXCLUSIVE lock on `nodes` blocks its writes while every row is checked");
  const [column] = lintWith(addingForeignKeyConstraint, "ALTER TABLE nodes ADD COLUMN parent_id bigint REFERENCES nodes (id);");
  expect(column.message).toMatch(/while `nodes` is locked ACCESS EXCLUSIVE$/);
  const [other] = lintWith(addingForeignKeyConstraint, "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);");
  expect(other.message).toContain("SHARE ROW EXCLUSIVE locks on both `orders` and `users`");
});
