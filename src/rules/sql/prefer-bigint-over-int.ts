import { columnTypeRule, INT4_TYPES, isForeignKeyBoundByItsKey } from "./util-hygiene";

export const preferBigintOverInt = columnTypeRule(
  {
    id: "prefer-bigint-over-int",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New integer (int4) columns overflow at 2,147,483,647; bigint costs 4 bytes more and never does.",
  },
  // A foreign key to an integer key stays integer: the finding belongs on the key it references.
  (column, stmt, ctx) => INT4_TYPES.has(column.type) && !column.isArray && !isForeignKeyBoundByItsKey(column, stmt, ctx, 32),
  (column, where) => ({
    message:
      `${where} is a 32-bit ${column.type === "int4" ? "integer" : column.type}: ids and counters overflow at 2,147,483,647, and widening it later ` +
      "rewrites the whole table under an ACCESS EXCLUSIVE lock",
    help: "Use bigint (sa.BigInteger(); for keys sa.BigInteger() with sa.Identity()) for ids, foreign keys and counters.",
  }),
);
