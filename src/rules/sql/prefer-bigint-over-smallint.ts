import { columnTypeRule, INT2_TYPES, isForeignKeyBoundByItsKey } from "./util-hygiene";

export const preferBigintOverSmallint = columnTypeRule(
  {
    id: "prefer-bigint-over-smallint",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New smallint (int2) columns overflow at 32,767.",
  },
  // A foreign key to a smallint lookup key stays smallint: the finding belongs on the key it references.
  (column, stmt, ctx) => INT2_TYPES.has(column.type) && !column.isArray && !isForeignKeyBoundByItsKey(column, stmt, ctx, 16),
  (column, where) => ({
    message:
      `${where} is a 16-bit ${column.type === "int2" ? "smallint" : column.type}: it overflows at 32,767 ("smallint out of range"), ` +
      "and widening it later rewrites the whole table under an ACCESS EXCLUSIVE lock",
    help: "Use bigint (sa.BigInteger()); padding usually eats the 6 bytes smallint saves.",
  }),
);
