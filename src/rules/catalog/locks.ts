// The "locks" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { requireConcurrentIndexCreation } from "../sql/require-concurrent-index-creation";
import { requireConcurrentIndexDeletion } from "../sql/require-concurrent-index-deletion";
import { requireConcurrentPartitionDetach } from "../sql/require-concurrent-partition-detach";
import { requireConcurrentReindex } from "../sql/require-concurrent-reindex";

export const LOCK_RULES: readonly SqlRule[] = [
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentPartitionDetach,
  requireConcurrentReindex,
];
