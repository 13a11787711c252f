// Metadata of the "graph" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const GRAPH_RULE_METAS: readonly RuleMeta[] = [];
