import { ruleTester } from "../helpers/rule-tester";
import { requireTableSchema } from "../../src/rules/sql/require-table-schema";

ruleTester(requireTableSchema, {
  valid: [
    "CREATE TABLE app.tickets (id bigint);",
    "CREATE TABLE public.tickets AS SELECT 1 AS id;",
    "CREATE TEMP TABLE scratch (id bigint);",
    "ALTER TABLE tickets ADD COLUMN title text;",
  ],
  invalid: [
    { sql: "CREATE TABLE tickets (id bigint);", line: 1, column: 14 },
    { sql: "SELECT 1;\nCREATE TABLE IF NOT EXISTS tickets (id bigint);", line: 2, column: 28 },
    "CREATE TABLE ticket_totals AS SELECT 1 AS n;",
    { sql: "CREATE UNLOGGED TABLE staging (id bigint);", inTransaction: false },
  ],
});
