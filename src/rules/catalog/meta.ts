// Metadata of the "meta" findings (their checks live outside src/rules; docs and config validation need the metadata).
// syntax-error is raised by the SQL engine (src/rules/engine.ts), unused-ignore by src/sql/suppress.ts.
import type { RuleMeta } from "../types";

export const META_RULE_METAS: readonly RuleMeta[] = [
  {
    id: "syntax-error",
    family: "meta",
    defaultSeverity: "error",
    summary: "PostgreSQL cannot parse a statement (or the file has NUL bytes or invalid UTF-8); the other statements are still checked.",
  },
  {
    id: "unused-ignore",
    family: "meta",
    defaultSeverity: "warning",
    summary: "An `alembic-guard: ignore` comment names an unknown rule or suppresses nothing.",
  },
];
