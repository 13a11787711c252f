// The Alembic form of the SQL rule adding-required-field: op.add_column(table, sa.Column(..., nullable=False))
// without a server_default on an existing table.
import type { PythonRule } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, calleeName, hasSplat, isFalse, isNone, lastName, stringValue } from "./ast";
import { argumentAfterTable, tableArgument, tablesCreatedInUpgrade } from "./tables";

export const pythonAddingRequiredField: PythonRule = {
  id: "adding-required-field",
  sameAs: ["adding-required-field"],
  check(input) {
    return upgradeCalls(input, "add_column").flatMap((c) => {
      const table = tableArgument(c, 0);
      const column = argumentAfterTable(c, 1, 0) ?? callArgs(c.node).keywords.get("column");
      if (!table || column?.type !== "call" || lastName(calleeName(column)) !== "Column" || hasSplat(column)) return [];
      const { positional, keywords } = callArgs(column);
      if (!isFalse(keywords.get("nullable"))) return [];
      const serverDefault = keywords.get("server_default");
      if (serverDefault && !isNone(serverDefault)) return [];
      // sa.Identity() / sa.Computed(...) give every row a value: not a required field without default.
      if (positional.some((a) => a.type === "call" && ["Identity", "Computed"].includes(lastName(calleeName(a)) ?? ""))) return [];
      if (tablesCreatedInUpgrade(input, c.line).has(table)) return [];
      const name = stringValue(positional[0]) ?? stringValue(keywords.get("name"));
      const what = name ? `column \`${name}\`` : "a column";
      return [
        {
          message: `op.add_column() adds NOT NULL ${what} without server_default to existing table \`${table}\`: the ALTER fails with "column contains null values" as soon as the table has rows`,
          help:
            "Add it nullable, backfill it in batches, then op.alter_column(..., nullable=False) in a later revision; " +
            "or give it a constant server_default (no table rewrite since PostgreSQL 11).",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};
