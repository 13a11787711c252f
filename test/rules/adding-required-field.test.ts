import { ruleTester } from "../helpers/rule-tester";
import { addingRequiredField } from "../../src/rules/sql/adding-required-field";

ruleTester(addingRequiredField, {
  valid: [
    "ALTER TABLE users ADD COLUMN nickname text;",
    "ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;",
    "ALTER TABLE users ADD COLUMN n bigint NOT NULL GENERATED ALWAYS AS IDENTITY;",
    "ALTER TABLE users ADD COLUMN total int NOT NULL GENERATED ALWAYS AS (a + b) STORED;",
    "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN nickname text NOT NULL;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ADD COLUMN nickname text NOT NULL;", line: 1, column: 44 },
    "ALTER TABLE users ADD COLUMN nickname text NOT NULL DEFAULT NULL;",
    "ALTER TABLE public.users ADD COLUMN org_id bigint PRIMARY KEY;",
    "CREATE TABLE orgs (id bigint);\nALTER TABLE users ADD COLUMN org_id bigint NOT NULL;",
  ],
});
