// Metadata of the "roundtrip" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const ROUNDTRIP_RULE_METAS: readonly RuleMeta[] = [];
