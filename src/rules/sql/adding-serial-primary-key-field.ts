import type { RuleReport, SqlRule } from "../types";
import { displayName } from "../../sql/names";
import { indexBuildingConstraints } from "./util-locks";

const HELP =
  "Build the unique index first with op.create_index(..., unique=True, postgresql_concurrently=True) inside " +
  '`with op.get_context().autocommit_block():`, then op.execute("ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX ...").';

export const addingSerialPrimaryKeyField: SqlRule = {
  meta: {
    id: "adding-serial-primary-key-field",
    family: "locks",
    defaultSeverity: "error",
    summary: "ADD PRIMARY KEY without USING INDEX builds the unique index while an ACCESS EXCLUSIVE lock blocks reads and writes.",
  },
  kinds: ["AlterTableStmt"],
  subcommands: ["AT_AddConstraint", "AT_AddColumn"],
  check(stmt, ctx) {
    return indexBuildingConstraints(stmt, ctx, "CONSTR_PRIMARY").map(({ table, constraint: c, columns, column }): RuleReport =>
      column
        ? {
            message:
              `column \`${displayName(table)}.${column.colname}\` is added as PRIMARY KEY: PostgreSQL fills it for every row and builds the unique index ` +
              "while an ACCESS EXCLUSIVE lock blocks every read and write",
            help:
              "Add the column nullable, backfill it in batches, build a unique index CONCURRENTLY in an autocommit block, " +
              "make the column NOT NULL via a validated CHECK, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.",
            location: c.location,
          }
        : {
            message:
              `primary key ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${displayName(table)}\`${columns ? ` (${columns})` : ""} builds its unique index ` +
              "under an ACCESS EXCLUSIVE lock: every read and write waits for the whole build",
            help: HELP,
            location: c.location,
          },
    );
  },
};
