import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName } from "../../sql/names";
import { columnDefOf, columnTypeDefinedEarlier, columnTypeOf, existingAlteredTable, formatColumnType, alterTypeIsRewriteFree, usingChangesContents, type ColumnType } from "./util-locks";

/** Where a change *to* this type can be free, so the message can say which current types would make it safe. */
function freeSourcesFor(to: ColumnType): string | undefined {
  if (to.array) return undefined;
  switch (to.name) {
    case "text":
      return "varchar or varchar(n)";
    case "varchar":
      return to.mods.length ? `varchar(n) with n ≤ ${to.mods[0]}` : "varchar(n) or text";
    case "numeric":
      return to.mods.length ? `numeric(p,${to.mods[1] ?? 0}) with p ≤ ${to.mods[0]}` : "numeric(p,s)";
    case "inet":
      return "cidr";
    case "timestamptz":
      return "timestamp, with PostgreSQL 12+ and SET TimeZone = 'UTC' earlier in the migration";
    case "timestamp":
      return "timestamptz, with PostgreSQL 12+ and SET TimeZone = 'UTC' earlier in the migration";
    default:
      return undefined;
  }
}

export const changingColumnType: SqlRule = {
  meta: {
    id: "changing-column-type",
    family: "locks",
    defaultSeverity: "error",
    summary: "ALTER COLUMN ... TYPE rewrites the table and its indexes under ACCESS EXCLUSIVE, except for binary-compatible changes.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AlterColumnType"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      if (cmd.subtype !== "AT_AlterColumnType" || !cmd.name) continue;
      const def = columnDefOf(cmd);
      const to = columnTypeOf(def?.typeName);
      const from = columnTypeDefinedEarlier(ctx, table, cmd.name, stmt.index);
      const column = `\`${displayName(table)}.${cmd.name}\``;
      const collationChange = Boolean(def?.collClause);
      if (alterTypeIsRewriteFree(ctx, stmt.index, table, cmd)) {
        if (!collationChange) continue;
        reports.push({
          message:
            `${column} changes collation: the table is not rewritten, but every index on the column is rebuilt ` +
            "while an ACCESS EXCLUSIVE lock blocks every read and write",
          help:
            "Build the index with the new collation CONCURRENTLY first (op.create_index(..., postgresql_concurrently=True) in an autocommit block), " +
            "or change the collation on a new column (expand/contract).",
          location: def?.collClause?.location ?? def?.typeName?.location,
        });
        continue;
      }
      const usingRewrites = usingChangesContents(def?.raw_default, cmd.name, def?.typeName);
      const target = to ? formatColumnType(to) : "the new type";
      const why = usingRewrites
        ? "the USING expression computes a new value for every row"
        : from
            ? `${formatColumnType(from)} → ${target} is not binary compatible`
            : undefined;
      const sources = to && !usingRewrites && !collationChange && !from ? freeSourcesFor(to) : undefined;
      const expandContract =
        "add a new column with the new type (op.add_column), write to both from the application, " +
        "backfill in batches, switch reads, then drop the old column in a later revision.";
      reports.push({
        // The SQL does not say what the column is now (Alembic's existing_type never reaches it): when a common
        // current type makes the change free, say "unless" rather than claim a rewrite that may not happen.
        message:
          `${column} changes type to ${target}: ` +
          (sources ? `unless the column is currently ${sources} (the existing_type of op.alter_column), ` : "") +
          (why ? `${why}, so PostgreSQL rewrites the table and rebuilds its indexes` : "PostgreSQL rewrites the table and rebuilds its indexes") +
          " while an ACCESS EXCLUSIVE lock blocks every read and write",
        help: sources
          ? `If the column is currently ${sources}, the change only updates the catalog: say so with ` +
            "`# alembic-guard: ignore[changing-column-type]` above the op.alter_column call (`-- alembic-guard: ignore changing-column-type` in SQL). " +
            `Otherwise expand/contract: ${expandContract}`
          : `Expand/contract instead: ${expandContract}`,
        location: def?.typeName?.location ?? def?.location,
      });
    }
    return reports;
  },
};
