import { ruleTester } from "../helpers/rule-tester";
import { deleteWithoutWhere } from "../../src/rules/sql/delete-without-where";

ruleTester(deleteWithoutWhere, {
  valid: [
    "DELETE FROM sessions WHERE ended_at < now() - interval '90 days';",
    "DELETE FROM invite_codes WHERE code = 'WELCOME';",
    "CREATE TABLE tmp_import (id bigint);\nDELETE FROM tmp_import;",
    "CREATE TABLE app.tmp (id bigint);\nDELETE FROM app.tmp;",
    "WITH gone AS (DELETE FROM sessions WHERE user_id = 7 RETURNING id) SELECT count(*) FROM gone;",
  ],
  invalid: [
    { sql: "DELETE FROM sessions;", line: 1, column: 13 },
    { sql: "SELECT 1;\nDELETE FROM ONLY public.sessions s USING users u;", line: 2, column: 18 },
    "DELETE FROM sessions WHERE true;",
    "WITH gone AS (DELETE FROM sessions RETURNING id) INSERT INTO audit_logs (n) SELECT count(*) FROM gone;",
    { sql: "CREATE TABLE tmp (id int);\nDELETE FROM sessions;", inTransaction: false, line: 2 },
  ],
});
