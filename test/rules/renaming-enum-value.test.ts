import { ruleTester } from "../helpers/rule-tester";
import { renamingEnumValue } from "../../src/rules/sql/renaming-enum-value";

ruleTester(renamingEnumValue, {
  valid: [
    "CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';",
    "CREATE TYPE app.mood AS ENUM ('sad', 'ok');\nALTER TYPE app.mood RENAME VALUE 'sad' TO 'unhappy';",
    "ALTER TYPE mood ADD VALUE 'great';",
    "ALTER TYPE mood RENAME TO feeling;",
    // RENAME VALUE does not exist before PostgreSQL 10: the rule does not apply there.
    { sql: "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", pgVersion: 9 },
  ],
  invalid: [
    { sql: "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", line: 1, column: 1 },
    { sql: "SELECT 1;\n  ALTER TYPE public.user_role RENAME VALUE 'admin' TO 'owner';", line: 2, column: 3 },
    "CREATE TYPE other AS ENUM ('a');\nALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';",
    { sql: "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", inTransaction: false, pgVersion: 10 },
  ],
});
