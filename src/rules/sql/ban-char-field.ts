import { columnTypeRule } from "./util-hygiene";

export const banCharField = columnTypeRule(
  {
    id: "ban-char-field",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New char(n) columns: blank-padded, no faster than text; use text or varchar.",
  },
  (column) => column.type === "bpchar",
  (_column, where) => ({
    message:
      `${where} is char(n): values are blank-padded to n characters, trailing spaces are ignored in comparisons but not by ` +
      "the application, and it is no faster or smaller than text",
    help: "Use text (sa.Text()) or varchar(n) (sa.String(n)); add a CHECK (length(col) = n) if the length must be exact.",
  }),
);
