// The "hygiene" family of SQL rules. One import per rule module, sorted by id.
import type { SqlRule } from "../types";

export const HYGIENE_RULES: readonly SqlRule[] = [];
