// Metadata of the "policy" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const POLICY_RULE_METAS: readonly RuleMeta[] = [];
