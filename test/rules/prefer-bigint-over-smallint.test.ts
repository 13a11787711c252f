import { ruleTester } from "../helpers/rule-tester";
import { preferBigintOverSmallint } from "../../src/rules/sql/prefer-bigint-over-smallint";

ruleTester(preferBigintOverSmallint, {
  valid: [
    "CREATE TABLE t (a bigint, b integer);",
    "ALTER TABLE users ADD COLUMN priority bigint;",
    "ALTER TABLE users ALTER COLUMN priority TYPE smallint;",
    "CREATE TABLE t (flags smallint[]);",
    // A foreign key to a smallint lookup key (sa.SmallInteger + sa.ForeignKey("priorities.id")).
    "CREATE TABLE tickets (id bigint PRIMARY KEY, priority_id SMALLINT, FOREIGN KEY(priority_id) REFERENCES priorities (id));",
  ],
  invalid: [
    { sql: "CREATE TABLE t (priority smallint);", line: 1, column: 26 },
    { sql: "SELECT 1;\nALTER TABLE users ADD COLUMN priority int2;", line: 2, column: 39 },
    { sql: "CREATE TABLE t (id smallserial, p smallint);", count: 2 },
    { sql: "CREATE TABLE t (p int2);", inTransaction: false, pgVersion: 11 },
    // …but not to a wider key: it overflows once the key passes 32,767.
    { sql: "CREATE TABLE priorities (id integer PRIMARY KEY);\nALTER TABLE tickets ADD COLUMN priority_id smallint REFERENCES priorities;", line: 2 },
  ],
});
