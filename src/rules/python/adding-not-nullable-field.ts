// The Alembic form of the SQL rule adding-not-nullable-field, for revisions linted statically (where no SQL is
// rendered): op.alter_column(table, column, nullable=False) on an existing table. Where SQL is rendered, the SQL
// rule judges the ALTER with what the revision did before it in view (a validated CHECK (col IS NOT NULL) lets
// PostgreSQL 12+ skip the scan), so this form reports in the static tier only and keeps out of the way of any
// revision that mentions such a CHECK.
import type { PythonRule } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, descendants, isFalse, stringValue } from "./ast";
import { argumentAfterTable, tableArgument, tablesCreatedInUpgrade } from "./tables";
import { notNullProofHelp } from "../sql/adding-not-nullable-field";

/** Does a SQL string of the revision create the table (`op.execute("CREATE TABLE tags (...)")`)? Then it is new and empty. */
function createdBySql(strings: readonly string[], table: string): boolean {
  const name = table.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const creates = new RegExp(`\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:"?\\w+"?\\.)?"?${name}"?(?![\\w"])`, "i");
  return strings.some((s) => creates.test(s));
}

export const pythonAddingNotNullableField: PythonRule = {
  id: "adding-not-nullable-field",
  sameAs: ["adding-not-nullable-field"],
  check(input) {
    const calls = upgradeCalls(input, "alter_column");
    if (calls.length === 0) return [];
    const strings = descendants(input.root, "string").map((s) => s.text);
    // A revision that spells out an IS NOT NULL check may be doing the safe recipe: leave it to the SQL tiers.
    if (strings.some((s) => /\bis\s+not\s+null\b/i.test(s))) return [];
    return calls.flatMap((c) => {
      const { keywords } = callArgs(c.node);
      if (!isFalse(keywords.get("nullable"))) return [];
      const table = tableArgument(c, 0);
      const columnNode = argumentAfterTable(c, 1, 0) ?? keywords.get("column_name");
      const column = columnNode ? stringValue(columnNode) : undefined;
      if (!table || !column || tablesCreatedInUpgrade(input, c.line).has(table) || createdBySql(strings, table)) return [];
      return [
        {
          message: `op.alter_column() sets \`${table}.${column}\` NOT NULL: PostgreSQL scans every row to check it while the ACCESS EXCLUSIVE lock blocks all reads and writes`,
          help: notNullProofHelp(table, table, column),
          line: c.line,
          column: c.column,
          staticOnly: true,
        },
      ];
    });
  },
};
