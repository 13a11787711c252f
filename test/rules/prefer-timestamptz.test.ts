import { ruleTester } from "../helpers/rule-tester";
import { preferTimestamptz } from "../../src/rules/sql/prefer-timestamptz";

ruleTester(preferTimestamptz, {
  valid: [
    "CREATE TABLE t (created_at timestamptz NOT NULL DEFAULT now());",
    "ALTER TABLE t ADD COLUMN deleted_at timestamp with time zone;",
    "ALTER TABLE t ALTER COLUMN created_at TYPE timestamp;",
    "CREATE TABLE t (d date, tm time);",
  ],
  invalid: [
    { sql: "CREATE TABLE t (created_at timestamp NOT NULL);", line: 1, column: 28 },
    { sql: "SELECT 1;\nALTER TABLE users ADD COLUMN last_login timestamp without time zone;", line: 2, column: 41 },
    { sql: "CREATE TABLE t (a timestamp(3), b timestamp);", count: 2 },
    { sql: "CREATE TABLE t (a timestamp);", inTransaction: false },
  ],
});
