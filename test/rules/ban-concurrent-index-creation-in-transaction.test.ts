import { ruleTester } from "../helpers/rule-tester";
import { banConcurrentIndexCreationInTransaction } from "../../src/rules/sql/ban-concurrent-index-creation-in-transaction";

ruleTester(banConcurrentIndexCreationInTransaction, {
  valid: [
    // autocommit_block(): outside Alembic's transaction.
    { sql: "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);", inTransaction: false },
    { sql: "DROP INDEX CONCURRENTLY IF EXISTS ix_users_email;", inTransaction: false },
    { sql: "REINDEX INDEX CONCURRENTLY ix_users_email;", inTransaction: false },
    // Not concurrent: allowed in a transaction (other rules judge its locks).
    "CREATE INDEX ix_users_email ON users (email);",
    // The COMMIT ends the transaction before the concurrent build.
    { sql: "BEGIN;\nSELECT 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY ix ON users (email);", inTransaction: false },
  ],
  invalid: [
    { sql: "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);", line: 1, column: 45 },
    { sql: "SELECT 1;\nDROP INDEX CONCURRENTLY ix_users_email;", line: 2, column: 1 },
    "REINDEX TABLE CONCURRENTLY users;",
    // An explicit BEGIN in a file that otherwise runs outside a transaction.
    { sql: "BEGIN;\nCREATE UNIQUE INDEX CONCURRENTLY ux ON users (email);\nCOMMIT;", inTransaction: false, line: 2 },
    // Even for a table created in the same transaction PostgreSQL refuses it.
    "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY ix_t ON t (id);",
  ],
});
