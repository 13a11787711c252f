import { beforeAll, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { requireStatementTimeout } from "../../src/rules/sql/require-statement-timeout";

ruleTester(requireStatementTimeout, {
  valid: [
    "SET statement_timeout = '30s';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // Catalog-only changes hold their lock for a moment: lock_timeout matters, statement_timeout does not.
    "ALTER TABLE users ADD COLUMN nickname text;",
    "ALTER TABLE users DROP COLUMN legacy;",
    "ALTER TABLE orders ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID;",
    // VALIDATE scans but lets writes through.
    "ALTER TABLE orders VALIDATE CONSTRAINT ck;",
    { sql: "CREATE INDEX CONCURRENTLY ix ON users (email);", inTransaction: false },
    "CREATE TABLE tickets (id bigint);\nCREATE INDEX ix ON tickets (id);",
  ],
  invalid: [
    { sql: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;", line: 1, column: 13 },
    { sql: "SELECT 1;\nCREATE INDEX ix_users_email ON users (email);", line: 2, column: 32 },
    "ALTER TABLE users ALTER COLUMN id TYPE bigint;",
    "SET statement_timeout = 0;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);",
    { sql: "VACUUM FULL users;", inTransaction: false },
  ],
});

beforeAll(() => loadSqlParser());
it("help says what to do when env.py already sets the timeout for every migration", () => {
  const [finding] = lintWith(requireStatementTimeout, "ALTER TABLE users ALTER COLUMN email TYPE bigint;");
  expect(finding.help).toContain('turn this rule off in alembic-guard.toml: [rules] "require-statement-timeout" = "off"');
});
