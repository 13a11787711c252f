// Metadata of the "meta" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const META_RULE_METAS: readonly RuleMeta[] = [];
