// Shared by the "hygiene" family: the column definitions a statement creates, and a factory for column-type rules.
import type { RuleMeta, RuleReport, SqlRule } from "../types";
import type { LintContext, PgNode, QualifiedName, Statement } from "../../sql/types";
import { alterTableCommands, displayName, qualifiedRelation, typeNameOf } from "../../sql/names";

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
  /** The foreign key this statement gives the column (column-level REFERENCES or a FOREIGN KEY naming it), if any. */
  references?: { table: QualifiedName; column?: string };
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
  // Table-level FOREIGN KEY (a, b) REFERENCES t (x, y) in the same statement: column name → referenced key.
  const tableForeignKeys = new Map<string, { table: QualifiedName; column?: string }>();
  const noteForeignKey = (c: PgNode | undefined) => {
    if (c?.contype !== "CONSTR_FOREIGN" || !c.pktable) return;
    const names = (list: PgNode[] | undefined) => (list ?? []).map((n: PgNode) => n.String?.sval as string);
    const pk = names(c.pk_attrs);
    names(c.fk_attrs).forEach((name, i) => tableForeignKeys.set(name, { table: qualifiedRelation(c.pktable), column: pk[i] }));
  };
  if (stmt.kind === "CreateStmt") {
    const table = qualifiedRelation(stmt.body.relation);
    for (const elt of stmt.body.tableElts ?? []) {
      if (elt.ColumnDef) defs.push({ table, def: elt.ColumnDef });
      noteForeignKey(elt.Constraint);
    }
  } else if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
    const table = qualifiedRelation(stmt.body.relation);
    for (const cmd of alterTableCommands(stmt)) {
      if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) defs.push({ table, def: cmd.def.ColumnDef });
      if (cmd.subtype === "AT_AddConstraint") noteForeignKey(cmd.def?.Constraint);
    }
  }
  const referencesOf = (def: PgNode): NewColumn["references"] => {
    const inline = (def.constraints ?? []).map((c: PgNode) => c.Constraint).find((c: PgNode | undefined) => c?.contype === "CONSTR_FOREIGN" && c.pktable);
    if (inline) return { table: qualifiedRelation(inline.pktable), column: inline.pk_attrs?.[0]?.String?.sval };
    return tableForeignKeys.get(def.colname);
  };
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
      references: referencesOf(def),
    }));
}

export const INT4_TYPES = new Set(["int4", "serial", "serial4"]);
export const INT2_TYPES = new Set(["int2", "smallserial", "serial2"]);
export const SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);

/** A rule that reports new columns of certain types, one finding per column, pointing at the type. */
export function columnTypeRule(
  meta: RuleMeta,
  matches: (column: NewColumn, stmt: Statement, ctx: LintContext) => boolean,
  describe: (column: NewColumn, where: string) => { message: string; help: string },
): SqlRule {
  return {
    meta,
    kinds: ["CreateStmt", "AlterTableStmt"],
    check(stmt, ctx) {
      return newColumns(stmt)
        .filter((column) => matches(column, stmt, ctx))
        .map((column): RuleReport => ({
          ...describe(column, `column \`${column.name}\` of \`${displayName(column.table)}\``),
          location: column.typeLocation ?? column.location,
        }));
    },
  };
}

/**
 * A new foreign-key column whose width is the referenced key's business: its values can only be the referenced
 * key's values, so widening it alone gains nothing (and mismatches the key). False when the referenced column is
 * known, from a CREATE TABLE earlier in the unit, to be wider than `ownBits` (then the narrow column will overflow).
 */
export function isForeignKeyBoundByItsKey(column: NewColumn, stmt: Statement, ctx: LintContext, ownBits: number): boolean {
  if (!column.references || SERIAL_TYPES.has(column.type)) return false;
  const { table, column: referencedName } = column.references;
  for (let i = stmt.index - 1; i >= 0; i--) {
    const earlier = ctx.statements[i];
    if (earlier.kind !== "CreateStmt") continue;
    const created = qualifiedRelation(earlier.body.relation);
    if (created.name !== table.name || (table.schema !== undefined && created.schema !== undefined && created.schema !== table.schema)) continue;
    const elts: PgNode[] = earlier.body.tableElts ?? [];
    const primaryKeys = new Set<string>();
    for (const e of elts) if (e.Constraint?.contype === "CONSTR_PRIMARY") for (const k of e.Constraint.keys ?? []) primaryKeys.add(k.String?.sval);
    const referenced = elts
      .map((e) => e.ColumnDef)
      .find((d: PgNode | undefined) =>
        d && (referencedName !== undefined
          ? d.colname === referencedName
          : primaryKeys.has(d.colname) || (d.constraints ?? []).some((c: PgNode) => c.Constraint?.contype === "CONSTR_PRIMARY")),
      );
    if (!referenced?.typeName) return true;
    return (INTEGER_BITS[typeNameOf(referenced.typeName).toLowerCase()] ?? 0) <= ownBits;
  }
  return true;
}

const INTEGER_BITS: Record<string, number> = {
  int2: 16, smallserial: 16, serial2: 16,
  int4: 32, serial: 32, serial4: 32,
  int8: 64, bigserial: 64, serial8: 64,
};
