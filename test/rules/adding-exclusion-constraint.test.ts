import { ruleTester } from "../helpers/rule-tester";
import { addingExclusionConstraint } from "../../src/rules/sql/adding-exclusion-constraint";

ruleTester(addingExclusionConstraint, {
  valid: [
    "CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));",
    "CREATE TABLE bookings (room int, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);",
    "ALTER TABLE bookings ADD CONSTRAINT uq UNIQUE USING INDEX ux;",
    "ALTER TABLE bookings DROP CONSTRAINT no_overlap;",
  ],
  invalid: [
    { sql: "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);", line: 1, column: 26 },
    "ALTER TABLE app.bookings ADD EXCLUDE USING gist (during WITH &&);",
    "CREATE TABLE rooms (id int);\nALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled);",
  ],
});
