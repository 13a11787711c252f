// The "locks" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { addingExclusionConstraint } from "../sql/adding-exclusion-constraint";
import { addingFieldWithDefault } from "../sql/adding-field-with-default";
import { addingForeignKeyConstraint } from "../sql/adding-foreign-key-constraint";
import { addingNotNullableField } from "../sql/adding-not-nullable-field";
import { addingRequiredField } from "../sql/adding-required-field";
import { addingSerialPrimaryKeyField } from "../sql/adding-serial-primary-key-field";
import { banAlterDomainWithAddConstraint } from "../sql/ban-alter-domain-with-add-constraint";
import { banCreateDomainWithConstraint } from "../sql/ban-create-domain-with-constraint";
import { changingColumnType } from "../sql/changing-column-type";
import { constraintMissingNotValid } from "../sql/constraint-missing-not-valid";
import { disallowedUniqueConstraint } from "../sql/disallowed-unique-constraint";
import { preferRepack } from "../sql/prefer-repack";
import { preferTextField } from "../sql/prefer-text-field";
import { requireConcurrentIndexCreation } from "../sql/require-concurrent-index-creation";
import { requireConcurrentIndexDeletion } from "../sql/require-concurrent-index-deletion";
import { requireConcurrentPartitionDetach } from "../sql/require-concurrent-partition-detach";
import { requireConcurrentReindex } from "../sql/require-concurrent-reindex";
import { requireLockTimeout } from "../sql/require-lock-timeout";
import { requireStatementTimeout } from "../sql/require-statement-timeout";
import { statementsAfterAccessExclusive } from "../sql/statements-after-access-exclusive";

export const LOCK_RULES: readonly SqlRule[] = [
  addingExclusionConstraint,
  addingFieldWithDefault,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingRequiredField,
  addingSerialPrimaryKeyField,
  banAlterDomainWithAddConstraint,
  banCreateDomainWithConstraint,
  changingColumnType,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  preferRepack,
  preferTextField,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentPartitionDetach,
  requireConcurrentReindex,
  requireLockTimeout,
  requireStatementTimeout,
  statementsAfterAccessExclusive,
];
