// Shared by the "hygiene" family: the column definitions a statement creates, and a factory for column-type rules.
import type { RuleMeta, RuleReport, SqlRule } from "../types";
import type { PgNode, QualifiedName, Statement } from "../../sql/types";
import { qualifiedRelation, typeNameOf } from "../../sql/names";
import { alterTableCmds, displayName } from "./util-breaking";

export interface NewColumn {
  table: QualifiedName;
  name: string;
  /** Normalised type name without pg_catalog, e.g. "int4", "timestamp", "bpchar", "serial". */
  type: string;
  isArray: boolean;
  def: PgNode;
  location?: number;
  /** The column's type as written starts here. */
  typeLocation?: number;
}

const newColumnsOf = new WeakMap<Statement, readonly NewColumn[]>();

/**
 * Columns newly defined by CREATE TABLE or ALTER TABLE … ADD COLUMN (not ALTER COLUMN … TYPE). Computed once per
 * statement: every column-type rule asks for them.
 */
export function newColumns(stmt: Statement): readonly NewColumn[] {
  let columns = newColumnsOf.get(stmt);
  if (!columns) newColumnsOf.set(stmt, (columns = findNewColumns(stmt)));
  return columns;
}

function findNewColumns(stmt: Statement): NewColumn[] {
  const defs: Array<{ table: QualifiedName; def: PgNode }> = [];
  if (stmt.kind === "CreateStmt") {
    const table = qualifiedRelation(stmt.body.relation);
    for (const elt of stmt.body.tableElts ?? []) if (elt.ColumnDef) defs.push({ table, def: elt.ColumnDef });
  } else if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
    const table = qualifiedRelation(stmt.body.relation);
    for (const cmd of alterTableCmds(stmt)) if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) defs.push({ table, def: cmd.def.ColumnDef });
  }
  return defs
    .filter(({ def }) => def.typeName)
    .map(({ table, def }) => ({
      table,
      name: def.colname,
      type: typeNameOf(def.typeName).toLowerCase(),
      isArray: (def.typeName.arrayBounds ?? []).length > 0,
      def,
      location: def.location,
      typeLocation: def.typeName.location,
    }));
}

export const INT4_TYPES = new Set(["int4", "serial", "serial4"]);
export const INT2_TYPES = new Set(["int2", "smallserial", "serial2"]);
export const SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);

/** A rule that reports new columns of certain types, one finding per column, pointing at the type. */
export function columnTypeRule(
  meta: RuleMeta,
  matches: (column: NewColumn) => boolean,
  describe: (column: NewColumn, where: string) => { message: string; help: string },
): SqlRule {
  return {
    meta,
    kinds: ["CreateStmt", "AlterTableStmt"],
    check(stmt) {
      return newColumns(stmt)
        .filter(matches)
        .map((column): RuleReport => ({
          ...describe(column, `column \`${column.name}\` of \`${displayName(column.table)}\``),
          location: column.typeLocation ?? column.location,
        }));
    },
  };
}
