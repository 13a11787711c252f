// The "transactions" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { banConcurrentIndexCreationInTransaction } from "../sql/ban-concurrent-index-creation-in-transaction";
import { banUncommittedTransaction } from "../sql/ban-uncommitted-transaction";
import { enumAddValueInTransaction } from "../sql/enum-add-value-in-transaction";
import { preferRobustStmts } from "../sql/prefer-robust-stmts";
import { transactionNesting } from "../sql/transaction-nesting";

export const TRANSACTION_RULES: readonly SqlRule[] = [
  banConcurrentIndexCreationInTransaction,
  banUncommittedTransaction,
  enumAddValueInTransaction,
  preferRobustStmts,
  transactionNesting,
];
