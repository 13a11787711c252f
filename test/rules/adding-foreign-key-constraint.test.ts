import { ruleTester } from "../helpers/rule-tester";
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
