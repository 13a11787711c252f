// The "locks" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { requireConcurrentIndexCreation } from "../sql/require-concurrent-index-creation";

export const LOCK_RULES: readonly SqlRule[] = [requireConcurrentIndexCreation];
