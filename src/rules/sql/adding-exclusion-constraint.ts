import type { RuleReport, SqlRule } from "../types";
import { alterTableCommands, displayName } from "../../sql/names";
import { existingAlteredTable } from "./util-locks";

export const addingExclusionConstraint: SqlRule = {
  meta: {
    id: "adding-exclusion-constraint",
    family: "locks",
    defaultSeverity: "error",
    summary: "ADD CONSTRAINT ... EXCLUDE builds its index and checks every row under an ACCESS EXCLUSIVE lock; it has no concurrent form.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddConstraint"],
  check(stmt, ctx) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table) return [];
    const reports: RuleReport[] = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      const c = cmd.def?.Constraint;
      if (cmd.subtype !== "AT_AddConstraint" || c?.contype !== "CONSTR_EXCLUSION") continue;
      reports.push({
        message:
          `exclusion constraint ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${displayName(table)}\` builds its index and checks every row ` +
          "under an ACCESS EXCLUSIVE lock: every read and write waits, and there is no CONCURRENTLY or NOT VALID form",
        help:
          "Add exclusion constraints when the table is created, or run this in a maintenance window with SET lock_timeout; " +
          "for a large table, consider enforcing the rule with a trigger-checked unique index built CONCURRENTLY instead.",
        location: c.location,
      });
    }
    return reports;
  },
};
