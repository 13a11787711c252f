import { columnTypeRule } from "./util-hygiene";

export const preferTimestamptz = columnTypeRule(
  {
    id: "prefer-timestamptz",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New timestamp (without time zone) columns: use timestamptz.",
  },
  (column) => column.type === "timestamp",
  (_column, where) => ({
    message:
      `${where} is timestamp without time zone: it stores wall-clock time with no zone, so values written from servers or sessions ` +
      "in different time zones (or across a DST change) cannot be compared correctly",
    help: "Use timestamptz: sa.DateTime(timezone=True). It takes the same 8 bytes and stores an absolute instant.",
  }),
);
