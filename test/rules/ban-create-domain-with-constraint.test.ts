import { ruleTester } from "../helpers/rule-tester";
import { banCreateDomainWithConstraint } from "../../src/rules/sql/ban-create-domain-with-constraint";

ruleTester(banCreateDomainWithConstraint, {
  valid: [
    "CREATE DOMAIN email AS text;",
    "CREATE DOMAIN email AS text DEFAULT '';",
    "CREATE DOMAIN email AS text NULL COLLATE \"C\";",
    "ALTER TABLE users ADD CONSTRAINT ck_email CHECK (email LIKE '%@%') NOT VALID;",
  ],
  invalid: [
    { sql: "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');", line: 1, column: 29 },
    "CREATE DOMAIN positive_int AS integer NOT NULL;",
    { sql: "CREATE DOMAIN app.percent AS numeric CONSTRAINT pct CHECK (VALUE >= 0) CHECK (VALUE <= 100);", count: 2 },
  ],
});
