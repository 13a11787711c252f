import { ruleTester } from "../helpers/rule-tester";
import { banDropSchema } from "../../src/rules/sql/ban-drop-schema";

ruleTester(banDropSchema, {
  valid: [
    // Created earlier in the same migration.
    "CREATE SCHEMA staging;\nDROP SCHEMA staging;",
    "CREATE SCHEMA IF NOT EXISTS staging;\nDROP SCHEMA staging CASCADE;",
    "DROP TABLE staging.users;",
    "CREATE SCHEMA reporting;",
  ],
  invalid: [
    { sql: "DROP SCHEMA reporting CASCADE;", line: 1, column: 1 },
    { sql: "SELECT 1;\nDROP SCHEMA IF EXISTS reporting;", line: 2, column: 1 },
    // Another schema was created earlier: the existing one is still reported.
    "CREATE SCHEMA staging;\nDROP SCHEMA reporting;",
    { sql: "DROP SCHEMA a, b;", count: 2 },
  ],
});
