// Metadata of the "python" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const PYTHON_RULE_METAS: readonly RuleMeta[] = [];
