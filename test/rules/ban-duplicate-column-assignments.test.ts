import { ruleTester } from "../helpers/rule-tester";
import { banDuplicateColumnAssignments } from "../../src/rules/sql/ban-duplicate-column-assignments";

ruleTester(banDuplicateColumnAssignments, {
  valid: [
    "UPDATE users SET role = 'member', is_active = true WHERE role IS NULL;",
    "INSERT INTO users (id, role) VALUES (1, 'member');",
    // Different array elements / composite fields of one column are legal.
    "UPDATE t SET tags[1] = 'a', tags[2] = 'b' WHERE id = 1;",
    "INSERT INTO t (tags[1], tags[2]) VALUES ('a', 'b');",
    "INSERT INTO users (id, role) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET role = excluded.role;",
  ],
  invalid: [
    { sql: "UPDATE users SET role = 'member', role = 'admin' WHERE id = 1;", line: 1, column: 35 },
    { sql: "SELECT 1;\nINSERT INTO users (id, role, id) VALUES (1, 'x', 2);", line: 2, column: 30 },
    "UPDATE users SET (role, is_active) = ('a', true), role = 'b' WHERE id = 1;",
    "INSERT INTO users (id, role) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET role = 'a', role = 'b';",
    "WITH u AS (UPDATE users SET role = 'a', role = 'b' WHERE id = 1 RETURNING id) SELECT * FROM u;",
    // Data-modifying CTEs under an INSERT or UPDATE of their own.
    "WITH n AS (INSERT INTO audit (id, id) VALUES (1, 2) RETURNING id) INSERT INTO log (id) SELECT id FROM n;",
    "WITH n AS (UPDATE users SET role = 'a', role = 'b' RETURNING id) UPDATE log SET seen = true WHERE id IN (SELECT id FROM n);",
  ],
});
