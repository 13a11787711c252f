// A catalog snapshot read straight from pg_catalog in one round trip: every user-visible schema object as
// {kind, name, attributes}, keyed so that two snapshots compare object by object. OIDs, column positions and
// names PostgreSQL generates (users_pkey, users_email_key, ...) are not part of any key; objects that belong to
// an extension are the extension's business and are left out.
import type { Client } from "pg";

export type ObjectKind =
  | "schema"
  | "table"
  | "partitioned table"
  | "foreign table"
  | "view"
  | "materialized view"
  | "column"
  | "constraint"
  | "index"
  | "sequence"
  | "enum type"
  | "domain"
  | "composite type"
  | "range type"
  | "function"
  | "procedure"
  | "aggregate"
  | "trigger"
  | "extension";

export interface CatalogObject {
  /** Stable identity across snapshots. */
  key: string;
  kind: ObjectKind;
  /** For messages: schema-qualified unless in public, e.g. `users.email` for a column. */
  name: string;
  /** The bare identifier a migration would write (e.g. `status_enum`), for finding the statement that made it. */
  ident: string;
  /** The key of the table (or schema) this object belongs to, to fold children of an added/removed table. */
  parent?: string;
  /** Compared attribute by attribute. */
  attrs: Record<string, string>;
}

export interface TableStorage {
  oid: number;
  relfilenode: number;
}

export interface Snapshot {
  objects: Map<string, CatalogObject>;
  /** schema-qualified table name → storage identity, for rewrite detection (not part of the diff). */
  storage: Map<string, TableStorage>;
}

const USER_NAMESPACE = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;
const notExtensionMember = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

// Ten catalog queries folded into ONE prepared statement that returns each result as a JSON array: planned
// once per connection, and one round trip per snapshot (on a busy machine every round trip waits for the
// scheduler twice, so their number matters more than their size).
const SNAPSHOT_QUERIES = [
  // 0 schemas
  `SELECT n.nspname FROM pg_namespace n WHERE ${USER_NAMESPACE} AND ${notExtensionMember("pg_namespace", "n.oid")}`,
  // 1 relations (not sequences, not indexes)
  `SELECT n.nspname, c.relname, c.relkind, c.oid::int8 AS oid, c.relfilenode::int8 AS relfilenode, c.relpersistence, c.relrowsecurity,
          CASE WHEN c.relispartition THEN (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid) END AS partition_of,
          CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
          CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
          CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS viewdef,
          array_to_string(c.reloptions, ',') AS reloptions
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') AND ${USER_NAMESPACE} AND ${notExtensionMember("pg_class", "c.oid")}
      AND NOT (c.relkind = 'c' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = c.reltype AND d.deptype = 'e'))`,
  // 2 columns of tables and composite types
  `SELECT n.nspname, c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
          pg_get_expr(ad.adbin, ad.adrelid) AS default, a.attidentity, a.attgenerated,
          CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid
     LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
     LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'c') AND ${USER_NAMESPACE} AND ${notExtensionMember("pg_class", "c.oid")}`,
  // 3 table constraints
  `SELECT n.nspname, c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid) AS def, con.convalidated, con.condeferrable, con.condeferred
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_NAMESPACE} AND ${notExtensionMember("pg_class", "c.oid")}`,
  // 4 indexes not backing a constraint (those show as constraints)
  `SELECT n.nspname, t.relname AS table, i.relname AS index, pg_get_indexdef(i.oid) AS def, x.indisvalid
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE ${USER_NAMESPACE} AND ${notExtensionMember("pg_class", "t.oid")}
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.oid AND con.conrelid = t.oid AND con.contype IN ('p', 'u', 'x'))`,
  // 5 sequences, with the column that owns them (serial) or marks them as its identity
  `SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start, s.seqincrement::text AS increment,
          s.seqmin::text AS min, s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle, d.deptype,
          on_.nspname AS owner_schema, oc.relname AS owner_table, oa.attname AS owner_column
     FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
     LEFT JOIN pg_class oc ON oc.oid = d.refobjid LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
     LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
    WHERE ${USER_NAMESPACE} AND ${notExtensionMember("pg_class", "c.oid")}`,
  // 6 enum, domain and range types
  `SELECT n.nspname, t.typname, t.typtype,
          CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END AS labels,
          CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base,
          t.typnotnull, t.typdefault,
          CASE WHEN t.typtype = 'd' THEN (SELECT string_agg(pg_get_constraintdef(con.oid), '; ' ORDER BY pg_get_constraintdef(con.oid)) FROM pg_constraint con WHERE con.contypid = t.oid) END AS checks,
          CASE WHEN t.typtype = 'r' THEN (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid) END AS subtype
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'r') AND ${USER_NAMESPACE} AND ${notExtensionMember("pg_type", "t.oid")}`,
  // 7 functions and procedures
  `SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind,
          CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid) ELSE pg_get_function_result(p.oid) END AS def
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE ${USER_NAMESPACE}
      -- extension members, and functions that belong to another object (a range type's constructors)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))`,
  // 8 triggers
  `SELECT n.nspname, c.relname, tg.tgname, pg_get_triggerdef(tg.oid) AS def, tg.tgenabled
     FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT tg.tgisinternal AND ${USER_NAMESPACE}`,
  // 9 extensions
  `SELECT e.extname, e.extversion, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
];
const SNAPSHOT_SQL = `SELECT ${SNAPSHOT_QUERIES.map((q, i) => `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${q}) q) AS r${i}`).join(",\n       ")}`;

const RELKINDS: Record<string, ObjectKind> = {
  r: "table",
  p: "partitioned table",
  f: "foreign table",
  v: "view",
  m: "materialized view",
  c: "composite type",
};
const CONTYPES: Record<string, string> = { p: "PRIMARY KEY", u: "UNIQUE", f: "FOREIGN KEY", c: "CHECK", x: "EXCLUDE", t: "TRIGGER", n: "NOT NULL" };
const CONSTRAINT_SUFFIX: Record<string, string> = { p: "pkey", u: "key", f: "fkey", c: "check", x: "excl", n: "not_null" };

const qualified = (schema: string, name: string) => (schema === "public" ? name : `${schema}.${name}`);

export interface SnapshotOptions {
  /** Alembic's version table (left out: it is Alembic's bookkeeping, not the migration's schema). */
  versionTable?: string;
}

type Row = Record<string, unknown>;
const s = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Read every user-visible schema object of the connected database. */
export async function takeSnapshot(client: Client, opts: SnapshotOptions = {}): Promise<Snapshot> {
  const versionTable = opts.versionTable ?? "alembic_version";
  const row = (await client.query({ name: "alembic_guard_snapshot", text: SNAPSHOT_SQL })).rows[0] as Record<string, Row[]>;
  const results = SNAPSHOT_QUERIES.map((_, i) => row[`r${i}`]);
  const [schemas, relations, columns, constraints, indexes, sequences, types, functions, triggers, extensions] = results;
  const objects = new Map<string, CatalogObject>();
  const storage = new Map<string, TableStorage>();
  const add = (object: CatalogObject) => {
    let key = object.key;
    // Two objects that differ only in a generated name (two identical unnamed CHECKs) still both count.
    for (let n = 2; objects.has(key); n++) key = `${object.key}#${n}`;
    objects.set(key, { ...object, key });
  };
  const isVersionTable = (table: string) => table === versionTable;

  for (const r of schemas) {
    const name = s(r.nspname);
    add({ key: `schema:${name}`, kind: "schema", name, ident: name, attrs: {} });
  }
  const relkindOf = new Map<string, string>();
  for (const r of relations) {
    const schema = s(r.nspname);
    const rel = s(r.relname);
    if (isVersionTable(rel)) continue;
    const kind = RELKINDS[s(r.relkind)];
    const full = `${schema}.${rel}`;
    relkindOf.set(full, s(r.relkind));
    const attrs: Record<string, string> = {};
    if (r.relpersistence === "u") attrs.persistence = "UNLOGGED";
    if (r.relrowsecurity) attrs["row level security"] = "enabled";
    if (r.partition_of) attrs["partition of"] = `${s(r.partition_of)} ${s(r.partition_bound)}`;
    if (r.partition_key) attrs["partition key"] = s(r.partition_key);
    if (r.viewdef) attrs.definition = s(r.viewdef).trim();
    if (r.reloptions) attrs.options = s(r.reloptions);
    add({ key: `rel:${full}`, kind, name: qualified(schema, rel), ident: rel, parent: `schema:${schema}`, attrs });
    if (["r", "p", "m"].includes(s(r.relkind))) storage.set(full, { oid: Number(r.oid), relfilenode: Number(r.relfilenode) });
  }
  for (const r of columns) {
    const schema = s(r.nspname);
    const rel = s(r.relname);
    if (isVersionTable(rel)) continue;
    const attrs: Record<string, string> = { type: s(r.type), nullable: r.attnotnull ? "NOT NULL" : "NULL" };
    if (r.default !== null) attrs.default = s(r.default);
    if (r.attidentity) attrs.identity = r.attidentity === "a" ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY";
    if (r.attgenerated) attrs.generated = `GENERATED ALWAYS AS (${s(r.default)}) STORED`;
    if (r.collation) attrs.collation = s(r.collation);
    const full = `${schema}.${rel}`;
    add({
      key: `column:${full}.${s(r.attname)}`,
      kind: "column",
      name: `${qualified(schema, rel)}.${s(r.attname)}`,
      ident: s(r.attname),
      parent: `rel:${full}`,
      attrs,
    });
  }
  for (const r of constraints) {
    const schema = s(r.nspname);
    const rel = s(r.relname);
    if (isVersionTable(rel)) continue;
    const full = `${schema}.${rel}`;
    const name = s(r.conname);
    const def = s(r.def);
    const generated = looksGenerated(name, rel, CONSTRAINT_SUFFIX[s(r.contype)] ?? "");
    const attrs: Record<string, string> = { definition: def };
    if (!r.convalidated) attrs.validated = "NOT VALID";
    if (!generated) attrs.name = name;
    add({
      key: generated ? `constraint:${full}:${def}` : `constraint:${full}:${name}`,
      kind: "constraint",
      name: `${name} (${CONTYPES[s(r.contype)] ?? s(r.contype)}) on ${qualified(schema, rel)}`,
      ident: name,
      parent: `rel:${full}`,
      attrs,
    });
  }
  for (const r of indexes) {
    const schema = s(r.nspname);
    const rel = s(r.table);
    if (isVersionTable(rel)) continue;
    const full = `${schema}.${rel}`;
    const name = s(r.index);
    // The definition without the index's own name, so a rename shows as a changed name, not a new index.
    const def = s(r.def).replace(/^(CREATE (?:UNIQUE )?INDEX )("(?:[^"]|"")+"|\S+) ON /, "$1ON ");
    const generated = looksGenerated(name, rel, "idx") || looksGenerated(name, rel, "key");
    const attrs: Record<string, string> = { definition: def };
    if (!r.indisvalid) attrs.valid = "INVALID";
    if (!generated) attrs.name = name;
    add({
      key: generated ? `index:${full}:${def}` : `index:${schema}.${name}`,
      kind: "index",
      name: `${qualified(schema, name)} on ${qualified(schema, rel)}`,
      ident: name,
      parent: `rel:${full}`,
      attrs,
    });
  }
  for (const r of sequences) {
    const schema = s(r.nspname);
    const name = s(r.relname);
    // An identity column's sequence is part of the column (its `identity` attribute).
    if (r.deptype === "i") continue;
    const attrs: Record<string, string> = {
      type: s(r.type),
      start: s(r.start),
      increment: s(r.increment),
      min: s(r.min),
      max: s(r.max),
      cache: s(r.cache),
      cycle: r.seqcycle ? "CYCLE" : "NO CYCLE",
    };
    if (r.deptype === "a") {
      // A serial column's sequence: named by PostgreSQL, identified by the column that owns it.
      const ownerFull = `${s(r.owner_schema)}.${s(r.owner_table)}`;
      if (isVersionTable(s(r.owner_table))) continue;
      add({
        key: `sequence-of:${ownerFull}.${s(r.owner_column)}`,
        kind: "sequence",
        name: `${qualified(schema, name)} (owned by ${qualified(s(r.owner_schema), s(r.owner_table))}.${s(r.owner_column)})`,
        ident: name,
        parent: `rel:${ownerFull}`,
        attrs,
      });
    } else {
      add({ key: `sequence:${schema}.${name}`, kind: "sequence", name: qualified(schema, name), ident: name, parent: `schema:${schema}`, attrs });
    }
  }
  for (const r of types) {
    const schema = s(r.nspname);
    const name = s(r.typname);
    const typtype = s(r.typtype);
    let kind: ObjectKind;
    const attrs: Record<string, string> = {};
    if (typtype === "e") {
      kind = "enum type";
      attrs.labels = s(r.labels);
    } else if (typtype === "d") {
      kind = "domain";
      attrs.type = s(r.base);
      if (r.typnotnull) attrs.nullable = "NOT NULL";
      if (r.typdefault !== null) attrs.default = s(r.typdefault);
      if (r.checks) attrs.constraints = s(r.checks);
    } else {
      kind = "range type";
      attrs.subtype = s(r.subtype);
    }
    add({ key: `type:${schema}.${name}`, kind, name: qualified(schema, name), ident: name, parent: `schema:${schema}`, attrs });
  }
  for (const r of functions) {
    const schema = s(r.nspname);
    const name = s(r.proname);
    const prokind = s(r.prokind);
    const kind: ObjectKind = prokind === "p" ? "procedure" : prokind === "a" ? "aggregate" : "function";
    add({
      key: `function:${schema}.${name}(${s(r.args)})`,
      kind,
      name: `${qualified(schema, name)}(${s(r.args)})`,
      ident: name,
      parent: `schema:${schema}`,
      attrs: { definition: s(r.def).trim() },
    });
  }
  for (const r of triggers) {
    const schema = s(r.nspname);
    const rel = s(r.relname);
    const full = `${schema}.${rel}`;
    const attrs: Record<string, string> = { definition: s(r.def) };
    if (r.tgenabled === "D") attrs.enabled = "DISABLED";
    add({
      key: `trigger:${full}:${s(r.tgname)}`,
      kind: "trigger",
      name: `${s(r.tgname)} on ${qualified(schema, rel)}`,
      ident: s(r.tgname),
      parent: `rel:${full}`,
      attrs,
    });
  }
  for (const r of extensions) {
    const name = s(r.extname);
    add({ key: `extension:${name}`, kind: "extension", name, ident: name, attrs: { version: s(r.extversion), schema: s(r.nspname) } });
  }
  return { objects, storage };
}

/** Names PostgreSQL makes up for unnamed constraints and indexes: <table>_<cols>_<suffix>[N]. */
function looksGenerated(name: string, table: string, suffix: string): boolean {
  if (!suffix) return false;
  // PostgreSQL truncates generated names to 63 bytes, so compare loosely on the table prefix.
  const prefix = table.slice(0, 20);
  return name.startsWith(prefix) && new RegExp(`_${suffix}\\d*$`).test(name);
}
