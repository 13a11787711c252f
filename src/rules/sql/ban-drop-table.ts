import type { SqlRule } from "../types";
import { displayName } from "../../sql/names";
import type { QualifiedName } from "../../sql/types";
import { dropObjectName } from "./util-breaking";

export const banDropTable: SqlRule = {
  meta: {
    id: "ban-drop-table",
    family: "breaking",
    defaultSeverity: "warning",
    summary: "DROP TABLE on an existing table breaks application code that still uses it and destroys its data.",
  },
  kinds: ["DropStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_TABLE") return [];
    const cascade = stmt.body.behavior === "DROP_CASCADE";
    const tables: QualifiedName[] = (stmt.body.objects ?? []).map(dropObjectName);
    return tables
      // A table created earlier in the same migration (a scratch table) has no readers and no data worth keeping.
      .filter((table) => !ctx.tableCreatedEarlier(table, stmt.index))
      .map((table) => ({
        message:
          `dropping existing table \`${displayName(table)}\` breaks every running application instance that still queries it, and its data is gone` +
          (cascade ? "; CASCADE also drops the views and foreign keys that depend on it" : ""),
        help:
          "First deploy code that no longer uses the table, keep a backup (or rename it aside for one release), " +
          "then drop it with op.drop_table() in a later revision.",
      }));
  },
};
