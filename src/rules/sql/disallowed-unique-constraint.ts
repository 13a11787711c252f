import type { RuleReport, SqlRule } from "../types";
import { displayName } from "../../sql/names";
import { indexBuildingConstraints } from "./util-locks";

const HELP =
  "Build the index first with op.create_index(..., unique=True, postgresql_concurrently=True) inside " +
  '`with op.get_context().autocommit_block():`, then op.execute("ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX ...").';

export const disallowedUniqueConstraint: SqlRule = {
  meta: {
    id: "disallowed-unique-constraint",
    family: "locks",
    defaultSeverity: "error",
    summary: "ADD UNIQUE without USING INDEX builds the unique index while an ACCESS EXCLUSIVE lock blocks reads and writes.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddConstraint", "AT_AddColumn"],
  check(stmt, ctx) {
    return indexBuildingConstraints(stmt, ctx, "CONSTR_UNIQUE").map(({ table, constraint: c, columns, column }): RuleReport =>
      column
        ? {
            message: `column \`${displayName(table)}.${column.colname}\` is added UNIQUE: the unique index is built while an ACCESS EXCLUSIVE lock blocks every read and write`,
            help: "Add the column without UNIQUE (op.add_column), then " + HELP[0].toLowerCase() + HELP.slice(1),
            location: c.location,
          }
        : {
            message:
              `unique constraint ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${displayName(table)}\`${columns ? ` (${columns})` : ""} builds its index ` +
              "under an ACCESS EXCLUSIVE lock: every read and write waits for the whole build",
            help: HELP,
            location: c.location,
          },
    );
  },
};
