import { ruleTester } from "../helpers/rule-tester";
import { banDropTable } from "../../src/rules/sql/ban-drop-table";

ruleTester(banDropTable, {
  valid: [
    // A scratch table created earlier in the same migration.
    "CREATE TABLE tmp_backfill (id bigint);\nDROP TABLE tmp_backfill;",
    "CREATE TABLE app.tmp (id bigint);\nDROP TABLE IF EXISTS app.tmp;",
    "DROP VIEW active_users;",
    "DROP INDEX ix_users_email;",
  ],
  invalid: [
    { sql: "DROP TABLE users;", line: 1, column: 1 },
    { sql: "SELECT 1;\n  DROP TABLE IF EXISTS public.audit_logs CASCADE;", line: 2, column: 3 },
    // One finding per existing table; the scratch table is not reported.
    { sql: "CREATE TABLE tmp (id int);\nDROP TABLE tmp, sessions, attachments;", count: 2 },
    { sql: "DROP TABLE users;", inTransaction: false },
  ],
});
