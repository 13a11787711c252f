import { ruleTester } from "../helpers/rule-tester";
import { banTruncateCascade } from "../../src/rules/sql/ban-truncate-cascade";

ruleTester(banTruncateCascade, {
  valid: [
    "TRUNCATE sessions;",
    "TRUNCATE TABLE sessions, session_events RESTRICT;",
    // Only tables created in this migration: nothing existing can reference them.
    "CREATE TABLE tmp_import (id bigint);\nTRUNCATE tmp_import CASCADE;",
    "DELETE FROM sessions WHERE ended_at < now() - interval '90 days';",
  ],
  invalid: [
    { sql: "TRUNCATE users CASCADE;", line: 1, column: 10 },
    { sql: "SELECT 1;\nTRUNCATE TABLE ONLY public.teams, users CASCADE;", line: 2, column: 21 },
    // The scratch table is skipped; the existing one is reported at its own position.
    { sql: "CREATE TABLE tmp (id int);\nTRUNCATE tmp, users CASCADE;", line: 2, column: 15 },
    { sql: "TRUNCATE users CASCADE;", inTransaction: false },
  ],
});
