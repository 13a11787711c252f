import { ruleTester } from "../helpers/rule-tester";
import { preferJsonbOverJson } from "../../src/rules/sql/prefer-jsonb-over-json";

ruleTester(preferJsonbOverJson, {
  valid: [
    "CREATE TABLE audit_logs (details jsonb);",
    "ALTER TABLE t ADD COLUMN payload jsonb NOT NULL DEFAULT '{}';",
    "ALTER TABLE t ALTER COLUMN payload TYPE json;",
    "SELECT '{}'::json;",
  ],
  invalid: [
    { sql: "CREATE TABLE audit_logs (details json);", line: 1, column: 34 },
    { sql: "SELECT 1;\nALTER TABLE t ADD COLUMN payload json;", line: 2, column: 34 },
    { sql: "CREATE TABLE t (a json, b json[]);", count: 2 },
    { sql: "CREATE TABLE t (a pg_catalog.json);", inTransaction: false },
  ],
});
