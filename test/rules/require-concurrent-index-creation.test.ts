import { ruleTester } from "../helpers/rule-tester";
import { requireConcurrentIndexCreation } from "../../src/rules/sql/require-concurrent-index-creation";

ruleTester(requireConcurrentIndexCreation, {
  valid: [
    "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);",
    // Created in the same migration: empty, nobody else can see it yet.
    "CREATE TABLE tickets (id bigint PRIMARY KEY, team_id bigint);\nCREATE INDEX ix_tickets_team ON tickets (team_id);",
    "CREATE TABLE app.tickets (id bigint);\nCREATE INDEX ix_t ON app.tickets (id);",
    "CREATE UNIQUE INDEX CONCURRENTLY ux_sessions_token ON sessions (token);",
    // Partitioned table: the parent index ON ONLY builds nothing; partitions are indexed concurrently and attached.
    "CREATE INDEX ix_measurements_at ON ONLY measurements (at);\nALTER INDEX ix_measurements_at ATTACH PARTITION ix_measurements_2024_at;",
  ],
  invalid: [
    { sql: "CREATE INDEX ix_users_email ON users (email);", line: 1, column: 32 },
    { sql: "SELECT 1;\n\nCREATE UNIQUE INDEX ux ON public.users USING btree (lower(email));", line: 3, column: 27 },
    "CREATE INDEX ix_trees_fts ON trees USING gin (to_tsvector('english', title));",
    // A different table was created earlier: still an existing table.
    "CREATE TABLE tickets (id bigint);\nCREATE INDEX ix_users_team ON users (team_id);",
    // Non-ASCII text before the statement must not shift the column (byte vs character offsets).
    { sql: "-- café ünïcode\nCREATE INDEX ix ON üsers (email);", line: 2, column: 20 },
  ],
});
