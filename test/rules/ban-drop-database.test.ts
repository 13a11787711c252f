import { ruleTester } from "../helpers/rule-tester";
import { banDropDatabase } from "../../src/rules/sql/ban-drop-database";

ruleTester(banDropDatabase, {
  valid: [
    "DROP TABLE users;",
    "DROP SCHEMA staging;",
    "CREATE DATABASE analytics;",
  ],
  invalid: [
    { sql: "DROP DATABASE app;", line: 1, column: 1 },
    { sql: "SELECT 1;\nDROP DATABASE IF EXISTS app_test;", line: 2, column: 1 },
    { sql: "DROP DATABASE app WITH (FORCE);", inTransaction: false },
  ],
});
