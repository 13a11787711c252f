import { ruleTester } from "../helpers/rule-tester";
import { banDropColumn } from "../../src/rules/sql/ban-drop-column";

ruleTester(banDropColumn, {
  valid: [
    "ALTER TABLE users ADD COLUMN nickname text;",
    // Created in the same migration: no running code reads it yet.
    "CREATE TABLE tickets (id bigint PRIMARY KEY, legacy text);\nALTER TABLE tickets DROP COLUMN legacy;",
    "CREATE TABLE app.tickets (id bigint, legacy text);\nALTER TABLE app.tickets DROP COLUMN legacy;",
    // Dropping a constraint or an index is not dropping a column.
    "ALTER TABLE users DROP CONSTRAINT users_email_key;",
    "DROP INDEX ix_users_email;",
  ],
  invalid: [
    { sql: "ALTER TABLE users DROP COLUMN email;", line: 1, column: 13 },
    { sql: "SELECT 1;\nALTER TABLE public.users DROP COLUMN IF EXISTS email;", line: 2, column: 13 },
    // Two columns in one ALTER: one finding each.
    { sql: "ALTER TABLE users DROP COLUMN a, DROP COLUMN b CASCADE;", count: 2 },
    // A different table was created earlier.
    "CREATE TABLE tickets (id bigint);\nALTER TABLE users DROP COLUMN legacy;",
    { sql: "ALTER TABLE users DROP COLUMN email;", inTransaction: false, pgVersion: 11 },
  ],
});
