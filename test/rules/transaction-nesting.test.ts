import { ruleTester } from "../helpers/rule-tester";
import { transactionNesting } from "../../src/rules/sql/transaction-nesting";

ruleTester(transactionNesting, {
  valid: [
    // A .sql file run outside any transaction may manage its own.
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;", inTransaction: false },
    { sql: "BEGIN;\nSELECT 1;\nROLLBACK;\nBEGIN;\nSELECT 2;\nCOMMIT;", inTransaction: false },
    // Savepoints nest legitimately.
    "SAVEPOINT before_backfill;\nUPDATE users SET role = 'member' WHERE role IS NULL;\nRELEASE SAVEPOINT before_backfill;",
    "ROLLBACK TO SAVEPOINT before_backfill;",
    "ALTER TABLE users ADD COLUMN nickname text;",
  ],
  invalid: [
    // Under Alembic (in a transaction by default) a BEGIN nests, and the COMMIT ends Alembic's transaction.
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;", count: 2, line: 1, column: 1 },
    // The op.execute("COMMIT") hack to get out of Alembic's transaction.
    { sql: "ALTER TABLE users ADD COLUMN nickname text;\n  COMMIT;", line: 2, column: 3 },
    { sql: "SELECT 1;\nROLLBACK;" },
    // Nested BEGIN inside an explicit transaction of a plain .sql file.
    { sql: "BEGIN;\nSELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;", inTransaction: false, line: 3 },
    { sql: "START TRANSACTION;", pgVersion: 11 },
  ],
});
