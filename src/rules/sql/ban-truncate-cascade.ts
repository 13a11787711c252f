import type { SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";

export const banTruncateCascade: SqlRule = {
  meta: {
    id: "ban-truncate-cascade",
    family: "breaking",
    defaultSeverity: "error",
    summary: "TRUNCATE … CASCADE also empties every table that references the truncated ones.",
  },
  kinds: ["TruncateStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "TruncateStmt" || stmt.body.behavior !== "DROP_CASCADE") return [];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tables = (stmt.body.relations ?? []).map((r: any) => r.RangeVar);
    // Tables created in this same migration can only be referenced by tables created after them here: nothing else to lose.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const existing = tables.filter((r: any) => !ctx.tableCreatedEarlier(qualifiedRelation(r), stmt.index));
    if (existing.length === 0) return [];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const names = existing.map((r: any) => `\`${displayName(qualifiedRelation(r))}\``).join(", ");
    return [
      {
        message:
          `TRUNCATE ${names} CASCADE also empties every table with a foreign key to ${existing.length > 1 ? "them" : "it"}, recursively — ` +
          "tables the migration never names lose all their rows, under an ACCESS EXCLUSIVE lock",
        help:
          "Name every table you mean to empty explicitly (TRUNCATE without CASCADE fails if another table still references them), " +
          "or delete the rows you mean to remove with op.execute(\"DELETE ... WHERE ...\") in batches.",
        location: existing[0].location,
      },
    ];
  },
};
