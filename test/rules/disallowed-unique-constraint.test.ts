import { ruleTester } from "../helpers/rule-tester";
import { disallowedUniqueConstraint } from "../../src/rules/sql/disallowed-unique-constraint";

ruleTester(disallowedUniqueConstraint, {
  valid: [
    "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ux_users_email;",
    "CREATE UNIQUE INDEX CONCURRENTLY ux_users_email ON users (email);",
    "CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);",
    "CREATE TABLE users (id bigint, email text UNIQUE);",
    "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN email text UNIQUE;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);", line: 1, column: 23 },
    { sql: "ALTER TABLE users\n  ADD COLUMN token text UNIQUE;", line: 2, column: 25 },
    "ALTER TABLE public.users ADD UNIQUE (tenant_id, email);",
    "CREATE TABLE sessions (id bigint);\nALTER TABLE users ADD UNIQUE (email);",
  ],
});
