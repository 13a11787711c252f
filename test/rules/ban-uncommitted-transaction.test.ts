import { ruleTester } from "../helpers/rule-tester";
import { banUncommittedTransaction } from "../../src/rules/sql/ban-uncommitted-transaction";

ruleTester(banUncommittedTransaction, {
  valid: [
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;", inTransaction: false },
    { sql: "BEGIN;\nUPDATE users SET role = 'member' WHERE role IS NULL;\nROLLBACK;", inTransaction: false },
    { sql: "START TRANSACTION;\nSELECT 1;\nEND;", inTransaction: false },
    { sql: "ALTER TABLE users ADD COLUMN nickname text;", inTransaction: false },
    // Alembic's transaction: the COMMIT;…BEGIN; escape hack is committed by Alembic at the end (transaction-nesting reports the COMMIT).
    { sql: "COMMIT;\nCREATE INDEX CONCURRENTLY ix ON users (email);\nBEGIN;\nSELECT 1;", inTransaction: true },
  ],
  invalid: [
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;", inTransaction: false, line: 1, column: 1 },
    { sql: "SELECT 1;\n\n  START TRANSACTION;\nUPDATE users SET role = 'member' WHERE role IS NULL;", inTransaction: false, line: 3, column: 3 },
    // The first transaction is committed, the second is not.
    { sql: "BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;", inTransaction: false, line: 4 },
    { sql: "BEGIN;\nSELECT 1;\nSAVEPOINT a;\nRELEASE SAVEPOINT a;", inTransaction: false, pgVersion: 12 },
  ],
});
