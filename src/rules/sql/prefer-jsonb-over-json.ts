import { columnTypeRule } from "./util-hygiene";

export const preferJsonbOverJson = columnTypeRule(
  {
    id: "prefer-jsonb-over-json",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New json columns: use jsonb.",
  },
  (column) => column.type === "json",
  (_column, where) => ({
    message:
      `${where} is json: it stores the raw text and re-parses it on every access, cannot be indexed with GIN, ` +
      "and has no equality operator (SELECT DISTINCT, GROUP BY and UNION on it fail)",
    help: "Use jsonb: sa.Column(..., postgresql.JSONB()) (from sqlalchemy.dialects import postgresql).",
  }),
);
