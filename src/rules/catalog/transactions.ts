// The "transactions" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";

export const TRANSACTION_RULES: readonly SqlRule[] = [];
