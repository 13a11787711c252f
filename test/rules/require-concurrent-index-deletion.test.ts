import { ruleTester } from "../helpers/rule-tester";
import { requireConcurrentIndexDeletion } from "../../src/rules/sql/require-concurrent-index-deletion";

ruleTester(requireConcurrentIndexDeletion, {
  valid: [
    "DROP INDEX CONCURRENTLY ix_users_email;",
    "DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email;",
    // Index built earlier in the same migration on a table created in it: nobody else can use the table.
    "CREATE TABLE tickets (id bigint, team_id bigint);\nCREATE INDEX ix_tickets_team ON tickets (team_id);\nDROP INDEX ix_tickets_team;",
    // Not an index.
    "DROP TABLE IF EXISTS ix_users_email;",
  ],
  invalid: [
    { sql: "DROP INDEX ix_users_email;", line: 1, column: 1 },
    { sql: "SELECT 1;\n  DROP INDEX IF EXISTS public.ix_users_email;", line: 2, column: 3 },
    // Two indexes, two findings.
    { sql: "DROP INDEX ix_a, ix_b;", count: 2 },
    // Created earlier, but on an existing table: dropping it still locks `users`.
    "CREATE INDEX CONCURRENTLY ix_users_team ON users (team_id);\nDROP INDEX ix_users_team;",
  ],
});
