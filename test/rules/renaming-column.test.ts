import { ruleTester } from "../helpers/rule-tester";
import { renamingColumn } from "../../src/rules/sql/renaming-column";

ruleTester(renamingColumn, {
  valid: [
    "CREATE TABLE tickets (id bigint, titel text);\nALTER TABLE tickets RENAME COLUMN titel TO title;",
    "CREATE TABLE app.tickets (id bigint, titel text);\nALTER TABLE app.tickets RENAME titel TO title;",
    // Renaming a constraint or an index is not a column rename.
    "ALTER TABLE users RENAME CONSTRAINT users_email_key TO uq_users_email;",
    "ALTER INDEX ix_a RENAME TO ix_b;",
    "ALTER TABLE users ADD COLUMN display_name text;",
  ],
  invalid: [
    { sql: "ALTER TABLE users RENAME COLUMN name TO display_name;", line: 1, column: 13 },
    { sql: "SELECT 1;\nALTER TABLE IF EXISTS public.users RENAME name TO display_name;", line: 2, column: 23 },
    "CREATE TABLE tickets (id bigint);\nALTER TABLE users RENAME COLUMN name TO display_name;",
    { sql: "ALTER TABLE users RENAME COLUMN name TO display_name;", inTransaction: false, pgVersion: 12 },
  ],
});
