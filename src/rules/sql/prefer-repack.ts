import type { RuleReport, SqlRule } from "../types";
import { displayName, qualifiedRelation } from "../../sql/names";
import { hasOption } from "./util-locks";

const HELP =
  "Reclaim space online with pg_repack (or pg_squeeze), run outside the migration; a plain VACUUM (without FULL) " +
  "marks space reusable without blocking reads or writes.";

export const preferRepack: SqlRule = {
  meta: {
    id: "prefer-repack",
    family: "locks",
    defaultSeverity: "error",
    summary: "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock; use pg_repack instead.",
  },
  kinds: ["VacuumStmt", "ClusterStmt"],
  check(stmt, ctx) {
    const reports: RuleReport[] = [];
    if (stmt.kind === "VacuumStmt") {
      if (!stmt.body.is_vacuumcmd || !hasOption(stmt.body.options, "full")) return [];
      const relations = (stmt.body.rels ?? []).map((r: { VacuumRelation?: { relation?: { relname?: string; schemaname?: string; location?: number } } }) => r.VacuumRelation?.relation).filter(Boolean);
      if (relations.length === 0)
        return [
          {
            message: "VACUUM FULL of the whole database rewrites every table, each under an ACCESS EXCLUSIVE lock that blocks all reads and writes",
            help: HELP,
          },
        ];
      for (const relation of relations) {
        const table = qualifiedRelation(relation);
        if (ctx.tableCreatedEarlier(table, stmt.index)) continue;
        reports.push({
          message: `VACUUM FULL rewrites table \`${displayName(table)}\` under an ACCESS EXCLUSIVE lock: every read and write waits until the copy is done`,
          help: HELP,
          location: relation.location,
        });
      }
      return reports;
    }
    const relation = stmt.body.relation;
    if (!relation) {
      return [{ message: "CLUSTER without a table rewrites every previously clustered table, each under an ACCESS EXCLUSIVE lock", help: HELP }];
    }
    const table = qualifiedRelation(relation);
    if (ctx.tableCreatedEarlier(table, stmt.index)) return [];
    return [
      {
        message: `CLUSTER rewrites table \`${displayName(table)}\` in index order under an ACCESS EXCLUSIVE lock: every read and write waits until the copy is done`,
        help: "Use pg_repack --order-by (or pg_repack -i) outside the migration to reorder the table online.",
        location: relation.location,
      },
    ];
  },
};
