import type { SqlRule, RuleReport } from "../types";
import type { LintContext, PgNode, Statement } from "../../sql/types";
import { displayName, qualifiedRelation, typeNameOf } from "../../sql/names";
import { textNullsOfInsert } from "./util-data";
import { formatColumnType } from "./util-locks";

/** How PostgreSQL's format_type() (and so its error message) spells types whose SQL name differs from the parser's. */
const PG_FORMAT_TYPE: Record<string, string> = {
  timestamptz: "timestamp with time zone",
  timestamp: "timestamp without time zone",
  timetz: "time with time zone",
  time: "time without time zone",
  varbit: "bit varying",
};

const TEXT_TYPES = new Set(["text", "varchar", "bpchar", "char", "name", "citext", "unknown"]);

/** Column names and types of the target table when it was created earlier in the same unit (else undefined). */
function columnsCreatedEarlier(ctx: LintContext, stmt: Statement): Array<{ name: string; type: string }> | undefined {
  const target = qualifiedRelation(stmt.body.relation);
  if (!ctx.tableCreatedEarlier(target, stmt.index)) return undefined;
  let create: Statement | undefined;
  for (const s of createStatementsByTable(ctx).get(target.name) ?? []) {
    if (s.index >= stmt.index) break;
    if (target.schema === undefined || s.body.relation?.schemaname === undefined || s.body.relation.schemaname === target.schema) {
      create = s;
      break;
    }
  }
  if (!create) return undefined;
  return (create.body.tableElts ?? [])
    .map((e: PgNode) => e.ColumnDef)
    .filter(Boolean)
    .map((c: PgNode) => ({ name: c.colname, type: typeNameOf(c.typeName) }));
}

/** CREATE TABLE statements of the unit by table name (schema ignored), in order. One pass per unit. */
function createStatementsByTable(ctx: LintContext): Map<string, Statement[]> {
  return ctx.memo("untyped-null-in-insert-select.creates", () => {
    const byName = new Map<string, Statement[]>();
    for (const s of ctx.statements) {
      if (s.kind !== "CreateStmt") continue;
      const name = s.body.relation?.relname;
      const list = byName.get(name);
      if (list) list.push(s);
      else byName.set(name, [s]);
    }
    return byName;
  });
}

export const untypedNullInInsertSelect: SqlRule = {
  meta: {
    id: "untyped-null-in-insert-select",
    family: "data",
    defaultSeverity: "error",
    summary: "A bare NULL in INSERT … SELECT that passes through UNION, DISTINCT, a CTE or a subquery is typed text and fails on uuid/integer/… columns.",
  },
  kinds: ["InsertStmt"],
  check(stmt, ctx) {
    const nulls = textNullsOfInsert(stmt.body);
    if (nulls.length === 0) return [];
    const table = qualifiedRelation(stmt.body.relation);
    const insertColumns: Array<string | undefined> = (stmt.body.cols ?? []).map((c: PgNode) => c.ResTarget?.name);
    const known = columnsCreatedEarlier(ctx, stmt);
    const reports: RuleReport[] = [];
    for (const n of nulls) {
      const column = n.position === undefined ? undefined : insertColumns.length ? insertColumns[n.position] : known?.[n.position]?.name;
      // Into a column we know is text-like, a text NULL is exactly right.
      const type = column ? known?.find((c) => c.name === column)?.type : undefined;
      if (type !== undefined && TEXT_TYPES.has(type)) continue;
      const target = column ? `column \`${column}\` of \`${displayName(table)}\`` : `\`${displayName(table)}\``;
      // PostgreSQL's own spelling (integer, not int4), as in its error message and in a cast the user writes.
      const shown = type === undefined ? undefined : (PG_FORMAT_TYPE[type] ?? formatColumnType({ name: type, mods: [], array: false }));
      const quoted = column ? `"${column}"` : "…";
      reports.push({
        message:
          `this NULL goes into ${target} through ${n.via}, so PostgreSQL types it as text: ` +
          (shown
            ? `the INSERT fails with "column ${quoted} is of type ${shown} but expression is of type text"`
            : `unless the column is text, the INSERT fails with "column ${quoted} is of type uuid but expression is of type text" (for a uuid column; likewise integer, timestamp …)`) +
          " — a plain single SELECT would have worked, which is why it slips through review",
        help: `Give the NULL the column's type: write ${shown ? `NULL::${shown}` : "NULL::uuid (the column's type)"} or CAST(NULL AS …).`,
        location: n.location,
      });
    }
    return reports;
  },
};
