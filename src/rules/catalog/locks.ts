// The "locks" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { addingFieldWithDefault } from "../sql/adding-field-with-default";
import { addingForeignKeyConstraint } from "../sql/adding-foreign-key-constraint";
import { addingNotNullableField } from "../sql/adding-not-nullable-field";
import { addingRequiredField } from "../sql/adding-required-field";
import { constraintMissingNotValid } from "../sql/constraint-missing-not-valid";
import { requireConcurrentIndexCreation } from "../sql/require-concurrent-index-creation";
import { requireConcurrentIndexDeletion } from "../sql/require-concurrent-index-deletion";
import { requireConcurrentPartitionDetach } from "../sql/require-concurrent-partition-detach";
import { requireConcurrentReindex } from "../sql/require-concurrent-reindex";

export const LOCK_RULES: readonly SqlRule[] = [
  addingFieldWithDefault,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingRequiredField,
  constraintMissingNotValid,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentPartitionDetach,
  requireConcurrentReindex,
];
