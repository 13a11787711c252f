// --with-rows: one synthetic row in every empty table before a revision runs, so a migration that only works
// on empty tables (ADD COLUMN ... NOT NULL without a default, SET NOT NULL without a backfill, a data UPDATE
// that casts badly) fails here as it would in production. Best effort: a table whose row cannot be made
// (a CHECK we cannot satisfy, a required reference to an empty table) is skipped, never an error.
import type { Client } from "pg";

export interface SeedResult {
  /** schema-qualified names of the tables that got a row. */
  seeded: string[];
  skipped: Array<{ table: string; reason: string }>;
}

const USER_NAMESPACE = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

const SEED_QUERIES = [
  // 0 tables (partitions are filled through their parent)
  `SELECT c.oid::int8 AS oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_NAMESPACE}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
  // 1 columns, with the type a domain stands for and an enum's first label
  `SELECT a.attrelid::int8 AS oid, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull OR t.typnotnull AS attnotnull, a.atthasdef,
          a.attidentity, a.attgenerated, et.typname AS base, et.typcategory AS category, et.typtype,
          CASE WHEN et.typtype = 'e' THEN (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = et.oid ORDER BY e.enumsortorder LIMIT 1) END AS label
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid
     JOIN pg_type et ON et.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_NAMESPACE}`,
  // 2 foreign keys, column by column
  `SELECT con.conrelid::int8 AS oid, con.confrelid::int8 AS ref, rn.nspname AS ref_schema, r.relname AS ref_table,
          con.conkey::int2[] AS cols, (SELECT array_agg(ra.attname::text ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, i)
            JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.attnum) AS ref_cols
     FROM pg_constraint con JOIN pg_class r ON r.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
    WHERE con.contype = 'f'`,
];
// One prepared statement, one round trip: each query's rows as a JSON array.
const SEED_CATALOG_SQL = `SELECT ${SEED_QUERIES.map((q, i) => `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${q}) q) AS r${i}`).join(", ")}`;

interface TableInfo {
  oid: string;
  name: string;
  sql: string;
  columns: ColumnInfo[];
  /** Column name → [referenced table oid, its sql name, referenced column]. */
  references: Map<string, { ref: string; refSql: string; refColumn: string }>;
}

interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  identity: boolean;
  generated: boolean;
  base: string;
  category: string;
  typtype: string;
  label: string | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A value for a NOT NULL column of this type, as text the type accepts; undefined: we have none. */
function sampleValue(column: ColumnInfo): string | undefined {
  if (column.typtype === "e") return column.label ?? undefined;
  const byName: Record<string, string> = {
    uuid: "00000000-0000-4000-8000-000000000001",
    json: "{}",
    jsonb: "{}",
    bytea: "\\x00",
    xml: "<x/>",
    inet: "127.0.0.1",
    cidr: "10.0.0.0/8",
    macaddr: "08:00:2b:01:02:03",
    macaddr8: "08:00:2b:01:02:03:04:05",
    date: "2000-01-01",
    timestamp: "2000-01-01 00:00:00",
    timestamptz: "2000-01-01 00:00:00+00",
    time: "00:00:00",
    timetz: "00:00:00+00",
    interval: "1 day",
    bool: "true",
    money: "1",
    tsvector: "x",
    tsquery: "x",
    point: "(0,0)",
    bit: "1",
    varbit: "1",
  };
  if (byName[column.base] !== undefined) return byName[column.base];
  switch (column.category) {
    case "N":
      return "1";
    case "S":
      return "x";
    case "A":
      return "{}";
    case "R":
      return "empty";
    case "B":
      return "true";
    default:
      return undefined;
  }
}

/** Put one row into every user table that has none. */
export async function seedEmptyTables(client: Client, opts: { versionTable?: string } = {}): Promise<SeedResult> {
  const versionTable = opts.versionTable ?? "alembic_version";
  const row = (await client.query({ name: "alembic_guard_seed_catalog", text: SEED_CATALOG_SQL })).rows[0] as Record<string, Record<string, unknown>[]>;
  const tablesRes = { rows: row.r0 };
  const columnsRes = { rows: [...row.r1].sort((a, b) => Number(a.oid) - Number(b.oid) || Number(a.attnum) - Number(b.attnum)) };
  const fksRes = { rows: row.r2 };
  const tables = new Map<string, TableInfo>();
  for (const r of tablesRes.rows) {
    if (r.relname === versionTable) continue;
    const schema = String(r.nspname);
    const name = String(r.relname);
    tables.set(String(r.oid), {
      oid: String(r.oid),
      name: schema === "public" ? name : `${schema}.${name}`,
      sql: `${ident(schema)}.${ident(name)}`,
      columns: [],
      references: new Map(),
    });
  }
  if (tables.size === 0) return { seeded: [], skipped: [] };
  for (const r of columnsRes.rows) {
    const table = tables.get(String(r.oid));
    if (!table) continue;
    table.columns.push({
      name: String(r.attname),
      type: String(r.type),
      notNull: Boolean(r.attnotnull),
      hasDefault: Boolean(r.atthasdef),
      identity: Boolean(r.attidentity),
      generated: Boolean(r.attgenerated),
      base: String(r.base),
      category: String(r.category),
      typtype: String(r.typtype),
      label: r.label === null ? null : String(r.label),
    });
  }
  for (const r of fksRes.rows) {
    const table = tables.get(String(r.oid));
    if (!table) continue;
    const cols = r.cols as number[];
    const refCols = r.ref_cols as string[];
    cols.forEach((attnum, i) => {
      const name = columnNameByAttnum(columnsRes.rows, String(r.oid), attnum);
      if (name) table.references.set(name, { ref: String(r.ref), refSql: `${ident(String(r.ref_schema))}.${ident(String(r.ref_table))}`, refColumn: refCols[i] });
    });
  }

  // Which tables are empty: one query for all of them.
  const list = [...tables.values()];
  const emptiness = await client.query(
    list.map((t, i) => `SELECT ${i} AS i, NOT EXISTS (SELECT 1 FROM ${t.sql}) AS empty`).join(" UNION ALL "),
  );
  const empty = new Set<string>();
  for (const row of emptiness.rows) if (row.empty) empty.add(list[Number(row.i)].oid);

  const result: SeedResult = { seeded: [], skipped: [] };
  for (const table of referencedFirst(list)) {
    if (!empty.has(table.oid)) continue;
    const names: string[] = [];
    const values: string[] = [];
    let missing: string | undefined;
    for (const column of table.columns) {
      if (column.identity || column.generated) continue;
      const reference = table.references.get(column.name);
      if (reference && reference.ref !== table.oid) {
        // Point at the row the referenced table has (seeded just before, or real).
        names.push(ident(column.name));
        values.push(`(SELECT ${ident(reference.refColumn)} FROM ${reference.refSql} LIMIT 1)`);
        continue;
      }
      // Defaults and nullable columns are left to the table: production rows have NULLs in nullable columns,
      // which is what a SET NOT NULL without a backfill trips over.
      if (column.hasDefault || !column.notNull) continue;
      const value = sampleValue(column);
      if (value === undefined) {
        missing = `no sample value for column ${column.name} of type ${column.type}`;
        break;
      }
      names.push(ident(column.name));
      values.push(`${literal(value)}::${column.type}`);
    }
    if (missing) {
      result.skipped.push({ table: table.name, reason: missing });
      continue;
    }
    const sql = names.length
      ? `INSERT INTO ${table.sql} (${names.join(", ")}) VALUES (${values.join(", ")})`
      : `INSERT INTO ${table.sql} DEFAULT VALUES`;
    try {
      await client.query(sql);
      result.seeded.push(table.name);
    } catch (error) {
      result.skipped.push({ table: table.name, reason: (error as Error).message });
    }
  }
  return result;
}

function columnNameByAttnum(rows: Record<string, unknown>[], oid: string, attnum: number): string | undefined {
  const row = rows.find((r) => String(r.oid) === oid && Number(r.attnum) === attnum);
  return row ? String(row.attname) : undefined;
}

/** Tables ordered so that a referenced table comes before the tables that reference it (cycles: any order). */
function referencedFirst(tables: TableInfo[]): TableInfo[] {
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (table: TableInfo) => {
    if (done.has(table.oid) || visiting.has(table.oid)) return;
    visiting.add(table.oid);
    for (const ref of table.references.values()) {
      const target = byOid.get(ref.ref);
      if (target && target !== table) visit(target);
    }
    visiting.delete(table.oid);
    done.add(table.oid);
    out.push(table);
  };
  for (const table of tables) visit(table);
  return out;
}
