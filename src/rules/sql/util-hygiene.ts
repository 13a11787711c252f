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

// A named function, not an arrow per call: asked by every column-type rule for every CREATE/ALTER TABLE.
const newColumnsByStatement = () => new Map<Statement, readonly NewColumn[]>();

/**
 * Columns newly defined by CREATE TABLE or ALTER TABLE … ADD COLUMN (not ALTER COLUMN … TYPE). Computed once per
 * statement (kept for the unit): every column-type rule asks for them.
 */
export function newColumns(stmt: Statement, ctx: LintContext): readonly NewColumn[] {
  const byStatement = ctx.memo("hygiene.newColumns", newColumnsByStatement);
  let columns = byStatement.get(stmt);
  if (!columns) byStatement.set(stmt, (columns = findNewColumns(stmt)));
  return columns;
}

// Plain loops throughout: this runs for every CREATE TABLE and ALTER TABLE, mostly before the code warms up.
function findNewColumns(stmt: Statement): NewColumn[] {
  const defs: PgNode[] = [];
  // Table-level FOREIGN KEY (a, b) REFERENCES t (x, y) in the same statement: column name → referenced key.
  let tableForeignKeys: Map<string, { table: QualifiedName; column?: string }> | undefined;
  const noteForeignKey = (c: PgNode | undefined) => {
    if (c?.contype !== "CONSTR_FOREIGN" || !c.pktable) return;
    const pk: PgNode[] = c.pk_attrs ?? [];
    const fk: PgNode[] = c.fk_attrs ?? [];
    tableForeignKeys ??= new Map();
    for (let i = 0; i < fk.length; i++) tableForeignKeys.set(fk[i].String?.sval, { table: qualifiedRelation(c.pktable), column: pk[i]?.String?.sval });
  };
  let table: QualifiedName | undefined;
  if (stmt.kind === "CreateStmt") {
    table = qualifiedRelation(stmt.body.relation);
    const elts: PgNode[] = stmt.body.tableElts ?? [];
    for (let i = 0; i < elts.length; i++) {
      const elt = elts[i];
      if (elt.ColumnDef) defs.push(elt.ColumnDef);
      if (elt.Constraint) noteForeignKey(elt.Constraint);
    }
  } else if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
    table = qualifiedRelation(stmt.body.relation);
    const cmds = alterTableCommands(stmt);
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) defs.push(cmd.def.ColumnDef);
      if (cmd.subtype === "AT_AddConstraint") noteForeignKey(cmd.def?.Constraint);
    }
  }
  const columns: NewColumn[] = [];
  if (!table) return columns;
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    if (!def.typeName) continue;
    let references: NewColumn["references"];
    const constraints: PgNode[] = def.constraints ?? [];
    for (let k = 0; k < constraints.length; k++) {
      const inline = constraints[k].Constraint;
      if (inline?.contype === "CONSTR_FOREIGN" && inline.pktable) {
        references = { table: qualifiedRelation(inline.pktable), column: inline.pk_attrs?.[0]?.String?.sval };
        break;
      }
    }
    columns.push({
      table,
      name: def.colname,
      type: typeNameOf(def.typeName).toLowerCase(),
      isArray: (def.typeName.arrayBounds ?? []).length > 0,
      def,
      location: def.location,
      typeLocation: def.typeName.location,
      references: references ?? tableForeignKeys?.get(def.colname),
    });
  }
  return columns;
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
    // For ALTER TABLE only ADD COLUMN defines a new column.
    subcommands: ["AT_AddColumn"],
    check(stmt, ctx) {
      const reports: RuleReport[] = [];
      const columns = newColumns(stmt, ctx);
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i];
        if (!matches(column, stmt, ctx)) continue;
        reports.push({
          ...describe(column, `column \`${column.name}\` of \`${displayName(column.table)}\``),
          location: column.typeLocation ?? column.location,
        });
      }
      return reports;
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
