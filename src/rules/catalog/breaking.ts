// The "breaking" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";

export const BREAKING_RULES: readonly SqlRule[] = [];
