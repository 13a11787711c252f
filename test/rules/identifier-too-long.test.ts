import { ruleTester } from "../helpers/rule-tester";
import { identifierTooLong } from "../../src/rules/sql/identifier-too-long";

const name63 = "n".repeat(63);
const name70 = "fk_ticket_assignments_assigned_team_member_id_team_memberships_id_x";
ruleTester(identifierTooLong, {
  valid: [
    "CREATE TABLE tickets (id bigint);",
    // Exactly 63 bytes is allowed.
    `CREATE TABLE ${name63} (id bigint);`,
    `CREATE INDEX ${name63} ON t (a);`,
    // A reference to an existing long name is truncated the same way and still matches.
    `SELECT * FROM ${"r".repeat(70)};`,
    // 31 two-byte characters = 62 bytes.
    `CREATE TABLE "${"é".repeat(31)}" (id bigint);`,
  ],
  invalid: [
    { sql: `CREATE TABLE ${"t".repeat(70)} (id bigint);`, line: 1, column: 14 },
    { sql: `SELECT 1;\nALTER TABLE tickets ADD CONSTRAINT ${name70} FOREIGN KEY (a) REFERENCES team_memberships (id);`, line: 2, column: 25 },
    `CREATE INDEX ${"Ix_".repeat(22)} ON t (a);`,
    // Column and table-level constraint.
    { sql: `CREATE TABLE t ("${"Col ".repeat(17)}" int, CONSTRAINT ${"c".repeat(64)} CHECK (true));`, count: 2 },
    // Multibyte: 40 × 'é' = 80 bytes, cut at a character boundary.
    `CREATE TABLE t (${"é".repeat(40)} int);`,
    `ALTER TABLE t RENAME COLUMN a TO ${"z".repeat(64)};`,
  ],
});
