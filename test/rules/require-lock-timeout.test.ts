import { beforeAll, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { requireLockTimeout } from "../../src/rules/sql/require-lock-timeout";

ruleTester(requireLockTimeout, {
  valid: [
    "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
    "SET LOCAL lock_timeout = 3000;\nCREATE INDEX ix_users_email ON users (email);",
    "SELECT set_config('lock_timeout', '2s', false);\nALTER TABLE users DROP COLUMN legacy;",
    // Only tables created in this migration.
    "CREATE TABLE tickets (id bigint);\nALTER TABLE tickets ADD COLUMN title text;\nCREATE INDEX ix ON tickets (title);",
    // Weak locks do not block writes while waiting.
    { sql: "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);", inTransaction: false },
    "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;",
    "SELECT count(*) FROM users;",
  ],
  invalid: [
    { sql: "ALTER TABLE users ADD COLUMN nickname text;", line: 1, column: 13 },
    // lock_timeout = 0 means wait forever.
    "SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN nickname text;",
    // A new table whose foreign key locks an existing one.
    { sql: "CREATE TABLE orders (id bigint, user_id bigint REFERENCES users (id));", line: 1, column: 59 },
    // Once per transaction: one SET fixes all of them.
    "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;\nDROP INDEX ix_users_old;",
    // SET LOCAL ends with its transaction.
    "BEGIN;\nSET LOCAL lock_timeout = '5s';\nCOMMIT;\nBEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;",
    // One SET at the top fixes the whole file, in a transaction or not: reported once.
    "ALTER TABLE users ADD COLUMN a text;\nCOMMIT;\nBEGIN;\nTRUNCATE audit_log;",
    { sql: "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;\nDROP INDEX ix_old;", inTransaction: false },
    // A timeout that lapsed (SET LOCAL ends at COMMIT) starts a new run.
    {
      sql: "ALTER TABLE users ADD COLUMN a text;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN b text;\nCOMMIT;\nALTER TABLE users ADD COLUMN c text;",
      count: 2,
    },
  ],
});

beforeAll(() => loadSqlParser());
it("help says what to do when env.py already sets the timeout for every migration", () => {
  const [finding] = lintWith(requireLockTimeout, "ALTER TABLE users ALTER COLUMN email TYPE bigint;");
  expect(finding.help).toContain('turn this rule off in alembic-guard.toml: [rules] "require-lock-timeout" = "off"');
});
