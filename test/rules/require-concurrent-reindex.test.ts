import { ruleTester } from "../helpers/rule-tester";
import { requireConcurrentReindex } from "../../src/rules/sql/require-concurrent-reindex";

ruleTester(requireConcurrentReindex, {
  valid: [
    "REINDEX INDEX CONCURRENTLY ix_users_email;",
    "REINDEX (CONCURRENTLY) TABLE users;",
    "REINDEX TABLE CONCURRENTLY public.users;",
    // Before PostgreSQL 12 there is no CONCURRENTLY to ask for.
    { sql: "REINDEX TABLE users;", pgVersion: 11 },
    // A table created in the same migration.
    "CREATE TABLE tickets (id bigint);\nREINDEX TABLE tickets;",
    // SYSTEM cannot be reindexed concurrently.
    "REINDEX SYSTEM app;",
  ],
  invalid: [
    { sql: "REINDEX TABLE users;", line: 1, column: 15 },
    { sql: "REINDEX INDEX ix_users_email;", pgVersion: 12 },
    "REINDEX (CONCURRENTLY false) TABLE users;",
    "REINDEX SCHEMA app;",
    "CREATE TABLE tickets (id bigint);\nREINDEX TABLE users;",
  ],
});
