// The Alembic form of changing-column-type. The SQL Alembic renders for op.alter_column(type_=...) never says
// what the column is now, but the revision's existing_type does: with it, a binary-compatible change
// (varchar(n) → text, varchar(n) → varchar(m ≥ n), numeric(p,s) → numeric(p' ≥ p,s), cidr → inet) is known to be
// free, and any other change is known to rewrite the table. Types it cannot read leave the decision to SQL.
import type { Node } from "web-tree-sitter";
import type { PythonRule, PythonRuleReport } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, calleeName, dottedName, hasSplat, stringValue } from "./ast";
import { argumentAfterTable, tableArgument, tablesCreatedInUpgrade } from "./tables";
import { formatColumnType, typeChangeIsRewriteFree, type ColumnType } from "../sql/util-locks";

/** Where SQLAlchemy's generic and PostgreSQL types are imported from; anything else may be a TypeDecorator. */
const TYPE_MODULES = new Set(["", "sa", "sqlalchemy", "sqlalchemy.types", "sa.types", "types", "sqltypes", "postgresql", "pg", "sqlalchemy.dialects.postgresql", "sa.dialects.postgresql"]);

/** SQLAlchemy type name → PostgreSQL type (parser's name) and which constructor arguments are its modifiers. */
const TYPES: Record<string, { name: string; mods: "length" | "numeric" | "precision" | "none"; timezone?: string }> = {
  String: { name: "varchar", mods: "length" },
  VARCHAR: { name: "varchar", mods: "length" },
  Unicode: { name: "varchar", mods: "length" },
  Text: { name: "text", mods: "none" },
  TEXT: { name: "text", mods: "none" },
  UnicodeText: { name: "text", mods: "none" },
  CITEXT: { name: "citext", mods: "none" },
  CHAR: { name: "bpchar", mods: "length" },
  Integer: { name: "int4", mods: "none" },
  INTEGER: { name: "int4", mods: "none" },
  INT: { name: "int4", mods: "none" },
  BigInteger: { name: "int8", mods: "none" },
  BIGINT: { name: "int8", mods: "none" },
  SmallInteger: { name: "int2", mods: "none" },
  SMALLINT: { name: "int2", mods: "none" },
  Numeric: { name: "numeric", mods: "numeric" },
  NUMERIC: { name: "numeric", mods: "numeric" },
  DECIMAL: { name: "numeric", mods: "numeric" },
  Boolean: { name: "bool", mods: "none" },
  BOOLEAN: { name: "bool", mods: "none" },
  Date: { name: "date", mods: "none" },
  DATE: { name: "date", mods: "none" },
  DateTime: { name: "timestamp", mods: "precision", timezone: "timestamptz" },
  TIMESTAMP: { name: "timestamp", mods: "precision", timezone: "timestamptz" },
  Time: { name: "time", mods: "precision", timezone: "timetz" },
  TIME: { name: "time", mods: "precision", timezone: "timetz" },
  CIDR: { name: "cidr", mods: "none" },
  INET: { name: "inet", mods: "none" },
  UUID: { name: "uuid", mods: "none" },
  JSON: { name: "json", mods: "none" },
  JSONB: { name: "jsonb", mods: "none" },
  LargeBinary: { name: "bytea", mods: "none" },
  BYTEA: { name: "bytea", mods: "none" },
};

/** Keyword arguments that do not change the rendered PostgreSQL type. */
const HARMLESS_KEYWORDS = new Set(["asdecimal", "decimal_return_scale", "_warn_on_bytestring", "as_uuid", "none_as_null", "astext_type"]);

function intValue(node: Node | undefined): number | undefined {
  return node?.type === "integer" && /^\d+$/.test(node.text) ? Number(node.text) : undefined;
}

/**
 * A SQLAlchemy type expression (`sa.String(200)`, `sa.Text`, `postgresql.TIMESTAMP(timezone=True)`,
 * `postgresql.ARRAY(sa.Integer())`) → the ColumnType PostgreSQL gets; undefined for anything not read exactly
 * (collation=, variables, custom types, Float precision, Enum).
 */
export function sqlalchemyColumnType(node: Node | undefined): ColumnType | undefined {
  if (!node) return undefined;
  const isCall = node.type === "call";
  const dotted = isCall ? calleeName(node) : dottedName(node);
  if (!dotted) return undefined;
  const parts = dotted.split(".");
  const last = parts.pop() ?? "";
  if (!TYPE_MODULES.has(parts.join("."))) return undefined;
  if (last === "ARRAY") {
    if (!isCall || hasSplat(node)) return undefined;
    const { positional, keywords } = callArgs(node);
    if (keywords.size > 0 || positional.length !== 1) return undefined;
    const item = sqlalchemyColumnType(positional[0]);
    return item && !item.array ? { ...item, array: true } : undefined;
  }
  const spec = TYPES[last];
  if (!spec) return undefined;
  if (!isCall) return { name: spec.name, mods: spec.name === "bpchar" ? [1] : [], array: false };
  if (hasSplat(node)) return undefined;
  const { positional, keywords } = callArgs(node);
  let name = spec.name;
  const mods: number[] = [];
  const modifierNames = spec.mods === "length" ? ["length"] : spec.mods === "numeric" ? ["precision", "scale"] : spec.mods === "precision" ? ["precision"] : [];
  // DateTime/TIMESTAMP/Time/TIME take timezone first (TIMESTAMP(timezone=False, precision=None)); the generic
  // DateTime has no precision at all.
  const positionalNames = spec.timezone ? ["timezone", ...(last === "DateTime" || last === "Time" ? [] : ["precision"])] : modifierNames;
  if (positional.length > positionalNames.length) return undefined;
  const values = new Map<string, Node>();
  positional.forEach((arg, i) => values.set(positionalNames[i], arg));
  for (const [key, value] of keywords) {
    if (HARMLESS_KEYWORDS.has(key)) continue;
    if (key !== "timezone" && !modifierNames.includes(key)) return undefined;
    if (key === "precision" && (last === "DateTime" || last === "Time")) return undefined;
    values.set(key, value);
  }
  const timezone = values.get("timezone");
  if (timezone) {
    if (!spec.timezone || (timezone.type !== "true" && timezone.type !== "false")) return undefined;
    if (timezone.type === "true") name = spec.timezone;
  }
  for (const key of modifierNames) {
    const value = values.get(key);
    if (!value || value.type === "none") {
      // numeric(p) without a scale is numeric(p,0); a scale without a precision is not SQL SQLAlchemy renders.
      if (key === "scale" || mods.length === 0) continue;
      return undefined;
    }
    const n = intValue(value);
    if (n === undefined || mods.length < modifierNames.indexOf(key)) return undefined;
    mods.push(n);
  }
  // CHAR without a length is char(1) in PostgreSQL.
  if (name === "bpchar" && mods.length === 0) mods.push(1);
  return { name, mods, array: false };
}

const TIME_ZONE_PAIRS = new Set(["timestamp>timestamptz", "timestamptz>timestamp"]);

/** The type as SQL spells it: VARCHAR(200), INTEGER, TIMESTAMPTZ(3), TEXT[]. */
function typeLabel(t: ColumnType): string {
  return formatColumnType(t).toUpperCase();
}

export const pythonChangingColumnType: PythonRule = {
  id: "changing-column-type",
  sameAs: ["changing-column-type"],
  partial: true,
  check(input) {
    const reports: PythonRuleReport[] = [];
    for (const c of upgradeCalls(input, "alter_column")) {
      const { keywords } = callArgs(c.node);
      const toNode = keywords.get("type_");
      if (!toNode || hasSplat(c.node)) continue;
      const table = tableArgument(c, 0);
      const column = stringValue(keywords.get("column_name") ?? argumentAfterTable(c, 1, 0));
      if (!table || !column || tablesCreatedInUpgrade(input, c.line).has(table)) continue;
      const from = sqlalchemyColumnType(keywords.get("existing_type"));
      const to = sqlalchemyColumnType(toNode);
      if (!from || !to) continue;
      // timestamp ↔ timestamptz is free only with PostgreSQL 12+ and TimeZone UTC: the SQL rule sees the SET.
      if (TIME_ZONE_PAIRS.has(`${from.name}>${to.name}`)) continue;
      const where = { line: c.line, column: c.column };
      const change = `\`${table}.${column}\` from ${typeLabel(from)} to ${typeLabel(to)}`;
      const free = typeChangeIsRewriteFree(from, to, { pgVersion: 0, timeZoneIsUtc: false });
      // With USING the rendered statement is the SQL rule's to judge (the expression may force a rewrite of a free
      // change). Where no SQL is rendered (static tier) a change that rewrites without USING is still reported.
      const using = keywords.has("postgresql_using");
      if (free && using) continue;
      if (free) {
        reports.push({
          ...where,
          clears: true,
          message: `changing ${change} only updates the catalog (existing_type says what the column is now)`,
          help: "Nothing to do: PostgreSQL keeps the table and its indexes as they are.",
        });
        continue;
      }
      reports.push({
        ...where,
        ...(using ? { yields: true } : {}),
        message:
          `changing ${change} rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE, ` +
          "blocking every read and write for as long as that takes",
        help:
          "Expand/contract instead: add a new column with the new type (op.add_column), write to both from the application, " +
          "backfill in batches, switch reads, then drop the old column in a later revision. " +
          "Widening changes are free: VARCHAR(n) → TEXT or a larger VARCHAR, NUMERIC(p,s) → NUMERIC(p' ≥ p,s), CIDR → INET.",
      });
    }
    return reports;
  },
};
