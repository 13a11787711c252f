import { ruleTester } from "../helpers/rule-tester";
import { preferTextField } from "../../src/rules/sql/prefer-text-field";

ruleTester(preferTextField, {
  valid: [
    "CREATE TABLE users (id bigint, email text CHECK (char_length(email) <= 320));",
    "ALTER TABLE users ADD COLUMN nickname text;",
    // Unlimited varchar has no limit to change.
    "CREATE TABLE users (id bigint, email varchar);",
    "ALTER TABLE users ALTER COLUMN nickname TYPE text;",
    // Alembic's own version table, at the top of every `alembic upgrade --sql` script (also with a custom version_table).
    "BEGIN;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\nCOMMIT;",
    "CREATE TABLE myapp_versions (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT myapp_versions_pkc PRIMARY KEY (version_num)\n);",
  ],
  invalid: [
    { sql: "CREATE TABLE users (id bigint, email varchar(255));", line: 1, column: 38 },
    { sql: 'CREATE TABLE "core_bar" ("id" serial NOT NULL PRIMARY KEY, "alpha" varchar(100) NOT NULL, "beta" character varying(20));', count: 2 },
    "ALTER TABLE users ADD COLUMN nickname varchar(40);",
    // A new table is still a new definition: the limit will be hard to change later.
    "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN code varchar(8);",
    // A user table that merely has a version_num column is still the user's.
    "CREATE TABLE releases (version_num varchar(32) NOT NULL, CONSTRAINT releases_pkey PRIMARY KEY (version_num));",
  ],
});
