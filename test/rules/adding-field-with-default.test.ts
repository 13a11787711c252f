import { ruleTester } from "../helpers/rule-tester";
import { addingFieldWithDefault } from "../../src/rules/sql/adding-field-with-default";

ruleTester(addingFieldWithDefault, {
  valid: [
    // PG 11+: a constant (or stable) default is stored in the catalog, no rewrite.
    "ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;",
    "ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();",
    "ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT CURRENT_TIMESTAMP;",
    "ALTER TABLE users ADD COLUMN tags jsonb DEFAULT '{}'::jsonb;",
    { sql: "ALTER TABLE users ADD COLUMN nickname text DEFAULT NULL;", pgVersion: 10 },
    { sql: "ALTER TABLE users ADD COLUMN active boolean DEFAULT true;", pgVersion: 11 },
    // A virtual generated column (PG 18) is computed on read.
    "ALTER TABLE users ADD COLUMN double_score int GENERATED ALWAYS AS (score * 2) VIRTUAL;",
    // Table created in the same migration.
    "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
  ],
  invalid: [
    { sql: "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();", line: 1, column: 49 },
    "ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();",
    "ALTER TABLE users ADD COLUMN score float8 DEFAULT random() * 10;",
    "ALTER TABLE users ADD COLUMN seq bigint DEFAULT nextval('users_seq'::regclass);",
    "ALTER TABLE users ADD COLUMN double_score int GENERATED ALWAYS AS (score * 2) STORED;",
    "ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;",
    "ALTER TABLE users ADD COLUMN n bigserial;",
    // Before PG 11 every non-null default rewrites.
    { sql: "ALTER TABLE users ADD COLUMN active boolean DEFAULT true;", pgVersion: 10, line: 1, column: 45 },
    // An unknown function may be volatile.
    "ALTER TABLE users ADD COLUMN code text DEFAULT app.make_code();",
  ],
});
