import { ruleTester } from "../helpers/rule-tester";
import { banDropNotNull } from "../../src/rules/sql/ban-drop-not-null";

ruleTester(banDropNotNull, {
  valid: [
    "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    "CREATE TABLE tickets (id bigint, title text NOT NULL);\nALTER TABLE tickets ALTER COLUMN title DROP NOT NULL;",
    "CREATE TABLE app.tickets (id bigint, title text NOT NULL);\nALTER TABLE app.tickets ALTER title DROP NOT NULL;",
    "ALTER TABLE users ALTER COLUMN email DROP DEFAULT;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;", line: 1, column: 13 },
    { sql: "SELECT 1;\nALTER TABLE public.sessions ALTER started_at DROP NOT NULL, ALTER ended_at DROP NOT NULL;", line: 2, column: 13, count: 2 },
    "CREATE TABLE tickets (id bigint);\nALTER TABLE users ALTER COLUMN team_id DROP NOT NULL;",
    { sql: "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;", inTransaction: false },
  ],
});
