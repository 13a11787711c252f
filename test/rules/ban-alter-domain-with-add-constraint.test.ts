import { ruleTester } from "../helpers/rule-tester";
import { banAlterDomainWithAddConstraint } from "../../src/rules/sql/ban-alter-domain-with-add-constraint";

ruleTester(banAlterDomainWithAddConstraint, {
  valid: [
    // NOT VALID: catalog-only, existing values are not checked.
    "ALTER DOMAIN email ADD CONSTRAINT ck_email CHECK (VALUE LIKE '%@%') NOT VALID;",
    "ALTER DOMAIN email DROP CONSTRAINT ck_email;",
    "ALTER DOMAIN email DROP NOT NULL;",
    // Domain created in the same migration: no existing column uses it.
    "CREATE DOMAIN email AS text;\nALTER DOMAIN email ADD CONSTRAINT ck_email CHECK (VALUE LIKE '%@%');",
  ],
  invalid: [
    { sql: "ALTER DOMAIN email ADD CONSTRAINT ck_email CHECK (VALUE LIKE '%@%');", line: 1, column: 24 },
    "ALTER DOMAIN app.email SET NOT NULL;",
    "CREATE DOMAIN other AS text;\nALTER DOMAIN email ADD CHECK (length(VALUE) < 300);",
  ],
});
