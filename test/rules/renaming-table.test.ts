import { ruleTester } from "../helpers/rule-tester";
import { renamingTable } from "../../src/rules/sql/renaming-table";

ruleTester(renamingTable, {
  valid: [
    "CREATE TABLE tickts (id bigint);\nALTER TABLE tickts RENAME TO tickets;",
    "CREATE TABLE app.tickts (id bigint);\nALTER TABLE app.tickts RENAME TO tickets;",
    "ALTER TABLE users RENAME COLUMN name TO display_name;",
    "ALTER INDEX ix_a RENAME TO ix_b;",
    "ALTER VIEW v_users RENAME TO v_people;",
  ],
  invalid: [
    { sql: "ALTER TABLE users RENAME TO accounts;", line: 1, column: 13 },
    { sql: "SELECT 1;\nALTER TABLE IF EXISTS public.users RENAME TO accounts;", line: 2, column: 23 },
    "CREATE TABLE tickets (id bigint);\nALTER TABLE users RENAME TO accounts;",
    { sql: "ALTER TABLE users RENAME TO accounts;", inTransaction: false },
  ],
});
