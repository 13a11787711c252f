import { ruleTester } from "../helpers/rule-tester";
import { enumAddValueInTransaction } from "../../src/rules/sql/enum-add-value-in-transaction";

ruleTester(enumAddValueInTransaction, {
  valid: [
    // PostgreSQL 12+: adding in a transaction is fine as long as nothing uses the label before COMMIT.
    "ALTER TYPE user_role ADD VALUE 'owner';",
    "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = 'member' WHERE role IS NULL;",
    // autocommit_block(): the ADD is committed on its own.
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = 'owner' WHERE role = 'admin';", inTransaction: false },
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';", inTransaction: false, pgVersion: 11 },
    // Committed in between.
    { sql: "BEGIN;\nALTER TYPE user_role ADD VALUE 'owner';\nCOMMIT;\nUPDATE users SET role = 'owner' WHERE role = 'admin';", inTransaction: false },
    // Before 12, adding to an enum created in the same transaction was allowed.
    { sql: "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';", pgVersion: 11 },
  ],
  invalid: [
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = 'owner' WHERE role = 'admin';", line: 2, column: 25 },
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';", pgVersion: 11, line: 1, column: 1 },
    { sql: "ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'archived' AFTER 'done';\nALTER TABLE tickets ALTER COLUMN status SET DEFAULT 'archived';" },
    // PostgreSQL 12+ refuses the use even when the enum was created in the same transaction.
    { sql: "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\nSELECT 'happy'::mood;", line: 3, column: 8 },
    { sql: "BEGIN;\nALTER TYPE user_role ADD VALUE 'owner';\nINSERT INTO users (role) VALUES ('owner');\nCOMMIT;", inTransaction: false, line: 3 },
    // The label spelt other than as written in ADD VALUE: escapes, a constant continued over a line break, quotes doubled.
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = E'\\x6fwner';", line: 2, column: 25 },
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = U&'\\006Fwner';", line: 2, column: 25 },
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = 'ow'\n  'ner';", line: 2, column: 25 },
    { sql: "ALTER TYPE user_role ADD VALUE $$o'neil$$;\nUPDATE users SET role = 'o''neil';", line: 2, column: 25 },
    // A vertical tab is horizontal white space before the line break of a continued constant.
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';\nUPDATE users SET role = 'ow'\v\n'ner';", line: 2, column: 25 },
    // A quoted identifier the parser turns into a string constant, with its double quote doubled.
    { sql: "ALTER TYPE user_role ADD VALUE 'o\"neil';\nSET search_path TO \"o\"\"neil\";", line: 2 },
    // A constant made of several keywords, whatever white space or comments stand between them.
    { sql: "ALTER TYPE level ADD VALUE 'read committed';\nSET TRANSACTION ISOLATION LEVEL READ\n  COMMITTED;", line: 2 },
    { sql: "ALTER TYPE level ADD VALUE 'repeatable read';\nSET TRANSACTION ISOLATION LEVEL repeatable /* sic */ read;", line: 2 },
    // A keyword the parser turns into a string constant (EXTRACT's field), written in capitals.
    { sql: "ALTER TYPE part ADD VALUE 'year';\nSELECT extract(YEAR FROM now());", line: 2, column: 16 },
    // Unquoted identifiers fold ASCII letters only, also around other letters.
    { sql: "ALTER TYPE part ADD VALUE 'Ärger';\nSELECT extract(ÄRGER FROM now());", line: 2, column: 16 },
  ],
});
