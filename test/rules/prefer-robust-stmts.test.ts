import { beforeAll, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { preferRobustStmts } from "../../src/rules/sql/prefer-robust-stmts";

const out = { inTransaction: false };
ruleTester(preferRobustStmts, {
  valid: [
    // Inside a transaction a failure rolls everything back: re-running is safe.
    "CREATE TABLE tickets (id bigint PRIMARY KEY);\nALTER TABLE users ADD COLUMN nickname text;\nDROP TABLE legacy;",
    { sql: "CREATE INDEX IF NOT EXISTS ix_users_email ON users (email);", ...out },
    { sql: "CREATE TABLE IF NOT EXISTS tickets (id bigint);\nALTER TABLE tickets ADD COLUMN IF NOT EXISTS title text;", ...out },
    { sql: "DROP INDEX CONCURRENTLY IF EXISTS ix_users_email;\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);", ...out },
    { sql: "ALTER TABLE users DROP CONSTRAINT IF EXISTS ck_age;\nALTER TABLE users ADD CONSTRAINT ck_age CHECK (age >= 0) NOT VALID;", ...out },
    { sql: "ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'owner';\nDROP TABLE IF EXISTS legacy;", ...out },
    // An explicit transaction in the file.
    { sql: "BEGIN;\nCREATE TABLE tickets (id bigint);\nCOMMIT;", ...out },
  ],
  invalid: [
    { sql: "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);", ...out, line: 1, column: 45 },
    { sql: "SELECT 1;\nALTER TABLE users ADD COLUMN nickname text;", ...out, line: 2, column: 30 },
    { sql: "CREATE TABLE tickets (id bigint);\nDROP TABLE legacy;", ...out, count: 2 },
    { sql: "ALTER TABLE users DROP COLUMN legacy, DROP CONSTRAINT ck_age, ADD CONSTRAINT ck_age2 CHECK (age > 0);", ...out, count: 3 },
    { sql: "ALTER TYPE user_role ADD VALUE 'owner';", ...out, pgVersion: 12 },
    { sql: "CREATE INDEX CONCURRENTLY ON users (email);", ...out },
    // A failed concurrent build leaves an INVALID index that IF NOT EXISTS would silently keep: only drop-then-create is robust.
    { sql: "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (email);", ...out, line: 1, column: 59 },
    { sql: "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_email ON users (email);", ...out },
    // After the COMMIT the rest runs outside the transaction.
    { sql: "CREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);", line: 3 },
  ],
});

beforeAll(() => loadSqlParser());
it("says what a re-run does to the INVALID index a failed concurrent build leaves", () => {
  const [plain] = lintWith(preferRobustStmts, "CREATE INDEX CONCURRENTLY ix_a ON t (a);", out);
  expect(plain.message).toContain('leaves an INVALID index `ix_a` behind, and a re-run stops with "already exists"');
  const [ifNotExists] = lintWith(preferRobustStmts, "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON t (a);", out);
  expect(ifNotExists.message).toContain("on a re-run IF NOT EXISTS skips the build and keeps the invalid index");
  expect(ifNotExists.message).not.toContain("already exists");
  expect(ifNotExists.help).toContain('op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_a")');
});
