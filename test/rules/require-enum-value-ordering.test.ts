import { ruleTester } from "../helpers/rule-tester";
import { requireEnumValueOrdering } from "../../src/rules/sql/require-enum-value-ordering";

ruleTester(requireEnumValueOrdering, {
  valid: [
    "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';",
    // Labels added or renamed earlier in the same migration count.
    "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';\nALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';",
    "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood RENAME VALUE 'ok' TO 'fine';\nALTER TYPE mood ADD VALUE 'happy' AFTER 'fine';",
    // An enum created in an earlier revision: its labels are unknown here, nothing to check.
    "ALTER TYPE status ADD VALUE 'archived' AFTER 'closed';",
    "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';",
  ],
  invalid: [
    { sql: "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'happy' AFTER 'okay';", line: 2, column: 1 },
    "CREATE TYPE app.mood AS ENUM ('sad', 'ok');\nALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'Sad';",
    // Renamed away earlier in the same migration.
    "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood RENAME VALUE 'ok' TO 'fine';\nALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';",
    { sql: "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy' AFTER 'glad';", inTransaction: false, pgVersion: 11 },
  ],
});
