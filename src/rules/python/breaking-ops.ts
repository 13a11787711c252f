// The Alembic forms of the breaking-change SQL rules: drop_column, drop_table, rename_table and
// alter_column(new_column_name=...) in upgrade() break application code that still uses the old name.
import type { PythonRule } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, stringValue } from "./ast";
import { argumentAfterTable, tableArgument, tablesCreatedInUpgrade } from "./tables";

export const pythonBanDropColumn: PythonRule = {
  id: "ban-drop-column",
  sameAs: ["ban-drop-column"],
  check(input) {
    return upgradeCalls(input, "drop_column").flatMap((c) => {
      const table = tableArgument(c, 0);
      const column = stringValue(callArgs(c.node).keywords.get("column_name") ?? argumentAfterTable(c, 1, 0));
      if (!table || tablesCreatedInUpgrade(input, c.line).has(table)) return [];
      return [
        {
          message: `op.drop_column() drops column \`${column ?? "?"}\` from \`${table}\`: application code still running the previous release selects or writes it and fails`,
          help: "Deploy code that no longer uses the column first (expand/contract); drop it in a later revision once nothing reads it.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};

export const pythonBanDropTable: PythonRule = {
  id: "ban-drop-table",
  sameAs: ["ban-drop-table"],
  check(input) {
    return upgradeCalls(input, "drop_table").flatMap((c) => {
      const table = tableArgument(c, 0);
      if (!table || tablesCreatedInUpgrade(input, c.line).has(table)) return [];
      return [
        {
          message: `op.drop_table() drops table \`${table}\` and its data: code still running the previous release that uses it fails`,
          help: "Stop using the table in a released version first, keep a backup, then drop it in a later revision.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};

export const pythonRenamingTable: PythonRule = {
  id: "renaming-table",
  sameAs: ["renaming-table"],
  check(input) {
    return upgradeCalls(input, "rename_table").flatMap((c) => {
      const { positional, keywords } = callArgs(c.node);
      const from = stringValue(keywords.get("old_table_name") ?? positional[0]);
      const to = stringValue(keywords.get("new_table_name") ?? positional[1]);
      if (!from || tablesCreatedInUpgrade(input, c.line).has(from)) return [];
      return [
        {
          message: `op.rename_table() renames \`${from}\` to \`${to ?? "?"}\`: code still running the previous release queries the old name and fails`,
          help: "Expand/contract: create the new table (or a view under the old name), migrate the code, then remove the old name in a later revision.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};

export const pythonRenamingColumn: PythonRule = {
  id: "renaming-column",
  sameAs: ["renaming-column"],
  check(input) {
    return upgradeCalls(input, "alter_column").flatMap((c) => {
      const { keywords } = callArgs(c.node);
      const to = stringValue(keywords.get("new_column_name"));
      if (!to) return [];
      const table = tableArgument(c, 0);
      if (!table || tablesCreatedInUpgrade(input, c.line).has(table)) return [];
      const from = stringValue(keywords.get("column_name") ?? argumentAfterTable(c, 1, 0));
      return [
        {
          message: `op.alter_column(new_column_name=...) renames \`${table}.${from ?? "?"}\` to \`${to}\`: code still running the previous release uses the old name and fails`,
          help: "Expand/contract: add the new column, write both, backfill, switch reads, then drop the old column in a later revision.",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};
