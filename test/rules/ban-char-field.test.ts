import { ruleTester } from "../helpers/rule-tester";
import { banCharField } from "../../src/rules/sql/ban-char-field";

ruleTester(banCharField, {
  valid: [
    "CREATE TABLE t (code text, name varchar(100));",
    "ALTER TABLE t ADD COLUMN country_code text CHECK (length(country_code) = 2);",
    // The single-byte internal "char" type is a different type.
    'CREATE TABLE t (kind "char");',
    "ALTER TABLE t ALTER COLUMN code TYPE char(3);",
  ],
  invalid: [
    { sql: "CREATE TABLE t (code char(3));", line: 1, column: 22 },
    { sql: "SELECT 1;\nALTER TABLE users ADD COLUMN country character(2);", line: 2, column: 38 },
    { sql: "CREATE TABLE t (a char, b bpchar);", count: 2 },
    { sql: "CREATE TABLE t (a character(10));", inTransaction: false },
  ],
});
