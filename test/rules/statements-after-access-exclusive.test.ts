import { ruleTester } from "../helpers/rule-tester";
import { statementsAfterAccessExclusive } from "../../src/rules/sql/statements-after-access-exclusive";

ruleTester(statementsAfterAccessExclusive, {
  valid: [
    // op.alter_column(..., comment=...) / op.create_table_comment() on the table already held: catalog only.
    "SET lock_timeout = '5s';\nALTER TABLE tickets ALTER COLUMN source DROP DEFAULT;\nCOMMENT ON COLUMN tickets.closed_at IS 'when closed';\nCOMMENT ON TABLE tickets IS 'support tickets';",
    "SET lock_timeout = '5s';\nALTER TABLE app.tickets ADD COLUMN x text;\nCOMMENT ON COLUMN app.tickets.x IS 'x';",
    // The ACCESS EXCLUSIVE statement is the last one before COMMIT.
    "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
    // Alembic's own bookkeeping at the end of every migration.
    "ALTER TABLE users ADD COLUMN nickname text;\nUPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1';",
    // Committed before the next statement.
    "ALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\nUPDATE users SET nickname = name WHERE id < 1000;",
    // Autocommit: every statement is its own transaction.
    { sql: "ALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = name;", inTransaction: false },
    // Table created in the same migration: nobody else is waiting for it.
    "CREATE TABLE tickets (id bigint);\nALTER TABLE tickets ADD COLUMN title text;\nINSERT INTO tickets VALUES (1, 'x');",
    // More catalog-only changes to the table already locked: nothing more to wait for, no time spent.
    "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;\nALTER TABLE users RENAME COLUMN c TO d;",
    // Weaker locks (SHARE for CREATE INDEX, SHARE ROW EXCLUSIVE for a foreign key).
    "CREATE INDEX ix ON users (email);\nSELECT 1;",
  ],
  invalid: [
    // A comment on another table is not covered by the lock already held.
    { sql: "ALTER TABLE tickets ALTER COLUMN source DROP DEFAULT;\nCOMMENT ON TABLE users IS 'people';", line: 2 },
    { sql: "ALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = name;", line: 2, column: 1 },
    "ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX ix_users_nickname ON users (nickname);\nALTER TABLE orders ADD COLUMN note text;",
    "BEGIN;\nDROP INDEX ix_users_old;\nSET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
    "LOCK TABLE users IN ACCESS EXCLUSIVE MODE;\nDELETE FROM users WHERE deleted;",
    // Same table, but the next change scans it (SET NOT NULL) while the lock is held.
    { sql: "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ALTER COLUMN b SET NOT NULL;", line: 2 },
    // "a.b".c and a."b.c" are different tables (a dot can be part of a quoted name): the comment waits for a lock.
    { sql: 'ALTER TABLE "a.b".c ADD COLUMN x text;\nCOMMENT ON TABLE a."b.c" IS \'other table\';', line: 2 },
    { sql: 'ALTER TABLE a."b.c" ADD COLUMN x text;\nALTER TABLE "a.b".c ADD COLUMN y text;', line: 2 },
    // A BEGIN inside the migration's transaction only draws a WARNING: the lock is still held for the UPDATE.
    { sql: "ALTER TABLE users ADD COLUMN a text;\nBEGIN;\nUPDATE users SET a = 'x';", line: 3 },
    // Another table's lock is requested while `users` stays locked.
    { sql: "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;\nALTER TABLE orders ADD COLUMN note text;", line: 3 },
  ],
});
