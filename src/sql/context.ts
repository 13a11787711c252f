// Facts a rule needs about earlier statements of the same unit: what was created, what was SET.
// Built once per unit in one pass; every query is a map lookup or a binary search, so rules stay O(1) per statement.
import type { LintContext, PgNode, QualifiedName, Statement } from "./types";

/** "schema\0name" ("\0name" when unqualified): NUL cannot be in an identifier, a dot can ("a.b".c vs a."b.c"). */
function key(name: QualifiedName): string {
  return `${name.schema ?? ""}\0${name.name}`;
}

function relationName(relation: { schemaname?: string; relname: string } | undefined): QualifiedName | undefined {
  return relation ? { schema: relation.schemaname, name: relation.relname } : undefined;
}

/** The text of a SET argument as written: '5s' → 5s, 5000 → 5000, 1.5 → 1.5. */
function constText(node: PgNode | undefined): string | undefined {
  const c = node?.A_Const;
  if (!c) return undefined;
  if (c.sval) return String(c.sval.sval ?? "");
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return String(c.fval.fval);
  if (c.boolval) return String(c.boolval.boolval ?? false);
  return undefined;
}

/** set_config('name', 'value', is_local) calls in a SELECT's target list. */
function setConfigCalls(body: PgNode): Array<{ name: string; value: string; local: boolean }> {
  const out: Array<{ name: string; value: string; local: boolean }> = [];
  for (const target of body.targetList ?? []) {
    const call = target.ResTarget?.val?.FuncCall;
    const fname = (call?.funcname ?? []).map((n: PgNode) => n.String?.sval).join(".");
    if (fname !== "set_config" && fname !== "pg_catalog.set_config") continue;
    const [name, value, local] = (call.args ?? []).map(constText);
    if (name !== undefined && value !== undefined) out.push({ name: name.toLowerCase(), value, local: local === "true" });
  }
  return out;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** PostgreSQL's reading of a time setting: a bare number is milliseconds; units us, ms, s, min, h, d. */
export function parseTimeoutMillis(value: string): number | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/i.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[(m[2] ?? "ms").toLowerCase()];
}

/** Where objects of one sort were first created in the unit: by key() (schema and name), and by bare name. */
interface CreatedAt {
  inSchema: Map<string, number>;
  anywhere: Map<string, number>;
}

export function buildLintContext(statements: readonly Statement[], pgVersion: number): LintContext {
  const tablesCreatedAt: CreatedAt = { inSchema: new Map(), anywhere: new Map() };
  const typesCreatedAt: CreatedAt = { inSchema: new Map(), anywhere: new Map() };
  const indexesCreatedAt: CreatedAt = { inSchema: new Map(), anywhere: new Map() };
  // Per setting: the statement indexes where its effective value changed, and the value from then on.
  const changes = new Map<string, Array<{ index: number; value: string | undefined }>>();
  const session = new Map<string, string>();
  const local = new Map<string, string>();
  const effective = (name: string) => local.get(name) ?? session.get(name);
  const recordChange = (index: number, names: Iterable<string>) => {
    for (const name of names) {
      const list = changes.get(name) ?? [];
      const value = effective(name);
      if (list.at(-1)?.value !== value || list.length === 0) list.push({ index, value });
      changes.set(name, list);
    }
  };
  const set = (index: number, name: string, value: string | undefined, isLocal: boolean, inTransaction: boolean) => {
    // SET LOCAL outside a transaction block only warns and does nothing.
    if (isLocal && !inTransaction) return;
    const map = isLocal ? local : session;
    if (value === undefined) map.delete(name);
    else map.set(name, value);
    if (!isLocal) local.delete(name);
    recordChange(index, [name]);
  };

  const record = (created: CreatedAt, name: QualifiedName | undefined, index: number) => {
    if (!name) return;
    // key(): created in that schema, or without a schema (search_path).
    const inSchema = key(name);
    if (!created.inSchema.has(inSchema)) created.inSchema.set(inSchema, index);
    if (!created.anywhere.has(name.name)) created.anywhere.set(name.name, index);
  };

  for (let i = 0; i < statements.length; i++) {
    const stmt = statements[i];
    const body = stmt.body ?? {};
    switch (stmt.kind) {
      case "CreateStmt":
      case "CreateTableAsStmt":
        record(tablesCreatedAt, relationName(body.relation ?? body.into?.rel), stmt.index);
        break;
      case "IndexStmt":
        if (body.idxname) record(indexesCreatedAt, { schema: body.relation?.schemaname, name: body.idxname }, stmt.index);
        break;
      case "CreateEnumStmt":
      case "CreateDomainStmt":
      case "CompositeTypeStmt": {
        // CreateDomainStmt.typeName is the base type (a TypeName node); the domain's own name is domainname.
        const names: Array<{ String: { sval: string } }> = (stmt.kind === "CreateDomainStmt" ? body.domainname : body.typeName) ?? [];
        const parts = names.map((n) => n.String.sval);
        if (stmt.kind === "CompositeTypeStmt") record(typesCreatedAt, relationName(body.typevar), stmt.index);
        else if (parts.length) record(typesCreatedAt, { schema: parts.length > 1 ? parts[0] : undefined, name: parts.at(-1)! }, stmt.index);
        break;
      }
      case "VariableSetStmt": {
        const name = body.name ? String(body.name).toLowerCase() : undefined;
        if (body.kind === "VAR_SET_VALUE" && name) {
          const value = (body.args ?? []).map((a: PgNode) => constText(a) ?? "").join(",");
          set(stmt.index, name, value, Boolean(body.is_local), stmt.inTransaction);
        } else if ((body.kind === "VAR_RESET" || body.kind === "VAR_SET_DEFAULT") && name) {
          set(stmt.index, name, undefined, Boolean(body.is_local), stmt.inTransaction);
        } else if (body.kind === "VAR_RESET_ALL") {
          const names = new Set([...session.keys(), ...local.keys()]);
          session.clear();
          local.clear();
          recordChange(stmt.index, names);
        }
        break;
      }
      case "SelectStmt":
        for (const call of setConfigCalls(body)) set(stmt.index, call.name, call.value, call.local, stmt.inTransaction);
        break;
      case "TransactionStmt":
        if (["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE"].includes(body.kind) && local.size > 0) {
          const names = [...local.keys()];
          local.clear();
          recordChange(stmt.index, names);
        }
        break;
    }
  }
  const createdBefore = (created: CreatedAt, name: QualifiedName, before: number) => {
    // Unqualified: created in any schema counts. Qualified: created in that schema, or created unqualified.
    if (name.schema === undefined) {
      const at = created.anywhere.get(name.name);
      return at !== undefined && at < before;
    }
    const inSchema = created.inSchema.get(key(name));
    if (inSchema !== undefined && inSchema < before) return true;
    const unqualified = created.inSchema.get(`\0${name.name}`);
    return unqualified !== undefined && unqualified < before;
  };
  const settingBefore = (name: string, before: number): string | undefined => {
    // Rules pass lower-case names: lower-case (a new string) only when there is an upper-case letter.
    const list = changes.get(name) ?? (/[A-Z]/.test(name) ? changes.get(name.toLowerCase()) : undefined);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].index < before) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found === -1 ? undefined : list[found].value;
  };
  const memos = new Map<string, unknown>();
  const millisByValue = new Map<string, number | undefined>();
  return {
    pgVersion,
    statements,
    memo<T>(key: string, compute: () => T): T {
      // Rules ask on every statement: one lookup when the fact is known (has() only for facts that are undefined).
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
    tableCreatedEarlier: (name, before) => createdBefore(tablesCreatedAt, name, before),
    typeCreatedEarlier: (name, before) => createdBefore(typesCreatedAt, name, before),
    indexCreatedEarlier: (name, before) => createdBefore(indexesCreatedAt, name, before),
    settingBefore,
    timeoutMillisBefore(name, before) {
      // Asked before every statement, and most units never set the timeout (the names here are lower case already).
      if (!changes.has(name)) return undefined;
      const value = settingBefore(name, before);
      if (value === undefined) return undefined;
      // Timeout rules ask before every statement; a unit sets only a few distinct values.
      if (millisByValue.has(value)) return millisByValue.get(value);
      const millis = parseTimeoutMillis(value);
      millisByValue.set(value, millis);
      return millis;
    },
  };
}
