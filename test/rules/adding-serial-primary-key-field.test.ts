import { ruleTester } from "../helpers/rule-tester";
import { addingSerialPrimaryKeyField } from "../../src/rules/sql/adding-serial-primary-key-field";

ruleTester(addingSerialPrimaryKeyField, {
  valid: [
    "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id_idx;",
    "CREATE TABLE items (id bigint);\nALTER TABLE items ADD PRIMARY KEY (id);",
    "CREATE TABLE items (id bigserial PRIMARY KEY, name text);",
    "CREATE TABLE items (name text);\nALTER TABLE items ADD COLUMN id bigserial PRIMARY KEY;",
    "ALTER TABLE items ADD COLUMN id bigserial;",
  ],
  invalid: [
    { sql: "ALTER TABLE items ADD PRIMARY KEY (id);", line: 1, column: 23 },
    { sql: "ALTER TABLE items ADD COLUMN id bigserial PRIMARY KEY;", line: 1, column: 43 },
    "ALTER TABLE app.items ADD CONSTRAINT items_pkey PRIMARY KEY (tenant_id, id);",
    "ALTER TABLE items ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;",
    "CREATE TABLE other (id bigint);\nALTER TABLE items ADD PRIMARY KEY (id);",
  ],
});
