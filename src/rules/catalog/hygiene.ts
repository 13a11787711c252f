// The "hygiene" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";
import { banCharField } from "../sql/ban-char-field";
import { banDuplicateColumnAssignments } from "../sql/ban-duplicate-column-assignments";
import { identifierTooLong } from "../sql/identifier-too-long";
import { preferBigintOverInt } from "../sql/prefer-bigint-over-int";
import { preferBigintOverSmallint } from "../sql/prefer-bigint-over-smallint";
import { preferIdentity } from "../sql/prefer-identity";
import { preferJsonbOverJson } from "../sql/prefer-jsonb-over-json";
import { preferTimestamptz } from "../sql/prefer-timestamptz";
import { requireEnumValueOrdering } from "../sql/require-enum-value-ordering";
import { requireTableSchema } from "../sql/require-table-schema";

export const HYGIENE_RULES: readonly SqlRule[] = [
  banCharField,
  banDuplicateColumnAssignments,
  identifierTooLong,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferJsonbOverJson,
  preferTimestamptz,
  requireEnumValueOrdering,
  requireTableSchema,
];
