import type { SqlRule } from "../types";
import { alterTableCommands, displayName, qualifiedRelation } from "../../sql/names";
import { existingAlteredTable } from "./util-locks";

export const requireConcurrentPartitionDetach: SqlRule = {
  meta: {
    id: "require-concurrent-partition-detach",
    family: "locks",
    defaultSeverity: "error",
    summary: "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table (PG ≥ 14 has a concurrent form).",
    minPgVersion: 14,
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_DetachPartition"],
  check(stmt, ctx) {
    const parent = existingAlteredTable(stmt, ctx);
    if (!parent) return [];
    const reports = [];
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      if (cmd.subtype !== "AT_DetachPartition" || cmd.def?.PartitionCmd?.concurrent) continue;
      const partition = cmd.def?.PartitionCmd?.name;
      reports.push({
        message:
          `partition \`${displayName(qualifiedRelation(partition))}\` is detached from \`${displayName(parent)}\` without CONCURRENTLY: ` +
          "the ACCESS EXCLUSIVE lock on the partitioned table blocks every query on all of its partitions",
        help:
          "Run ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY with op.execute() inside " +
          "`with op.get_context().autocommit_block():` (it cannot run in a transaction block).",
        location: partition?.location,
      });
    }
    return reports;
  },
};
