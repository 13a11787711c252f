import { ruleTester } from "../helpers/rule-tester";
import { updateWithoutWhere } from "../../src/rules/sql/update-without-where";

ruleTester(updateWithoutWhere, {
  valid: [
    "UPDATE users SET role = 'member' WHERE role IS NULL;",
    "UPDATE users SET role = 'member' WHERE id BETWEEN 1 AND 5000;",
    // From a user's migration guide: a conditional data update.
    "UPDATE products SET normalized_price = CAST(price AS NUMERIC) WHERE price ~ '^[0-9.]+$';",
    // A table created (and filled) earlier in the same migration: nobody else sees it yet.
    "CREATE TABLE tickets (id bigint, status text);\nINSERT INTO tickets SELECT id, NULL FROM legacy_tickets;\nUPDATE tickets SET status = 'open';",
    "CREATE TABLE app.tickets (id bigint, status text);\nUPDATE app.tickets SET status = 'open';",
    "WITH moved AS (UPDATE users SET team_id = 2 WHERE team_id = 1 RETURNING id) SELECT count(*) FROM moved;",
  ],
  invalid: [
    { sql: "UPDATE users SET is_active = true;", line: 1, column: 8 },
    { sql: "SELECT 1;\nUPDATE public.users u SET nickname = t.name FROM teams t;", line: 2, column: 8 },
    // WHERE true filters nothing.
    "UPDATE users SET is_active = true WHERE true;",
    // A data-modifying CTE.
    { sql: "WITH moved AS (UPDATE users SET team_id = 2 RETURNING id) SELECT count(*) FROM moved;", line: 1, column: 23 },
    { sql: "UPDATE users SET is_active = true;", inTransaction: false },
    // From a user's migration guide: the backfill step of a column rename, written as one statement.
    "ALTER TABLE users ADD COLUMN email_new text;\nUPDATE users SET email_new = email;",
  ],
});
