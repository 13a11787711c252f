// AST analysis shared by the "data" family: where a bare NULL in INSERT … SELECT is resolved as text.
//
// PostgreSQL gives a bare NULL the pseudo-type "unknown". In the select list of a plain INSERT … SELECT it is
// coerced straight to the target column's type. Anywhere the value must get a type of its own first — a UNION /
// INTERSECT / EXCEPT branch, SELECT DISTINCT, a CTE or a subquery or VALUES list in FROM, a CASE or COALESCE
// whose results are all NULL — it is resolved as text, and inserting text into a uuid, integer, timestamp …
// column fails. (Checked on PostgreSQL 15.)
import type { PgNode } from "../../sql/types";

export interface TextNull {
  /** Location of the NULL (or of the CASE/COALESCE) that became text: where `::type` goes. */
  location: number;
  /** Why it became text, for the message: "UNION", "SELECT DISTINCT", "the CTE `x`" … */
  via: string;
}

interface Output {
  name?: string;
  text?: TextNull;
  /** A `*` over a real table: an unknown number of columns (positions after it are unknown). */
  unknownWidth?: boolean;
}

type Scope = ReadonlyMap<string, Output[]>;

interface FromItem {
  alias: string;
  /** undefined: a real table or function; its columns are typed. */
  outputs?: Output[];
}

export function isNullLiteral(node: PgNode | undefined): boolean {
  return node?.A_Const?.isnull === true;
}

/** CASE / COALESCE whose every result is NULL: typed as text even in a plain select list. */
function allNullExpression(node: PgNode | undefined): TextNull | undefined {
  const nullish = (n: PgNode | undefined) => n === undefined || isNullLiteral(n) || allNullExpression(n) !== undefined;
  if (node?.CaseExpr) {
    const c = node.CaseExpr;
    const results = (c.args ?? []).map((w: PgNode) => w.CaseWhen?.result);
    if (results.every((r: PgNode) => r !== undefined && nullish(r)) && nullish(c.defresult))
      return { location: c.location, via: "a CASE whose results are all NULL" };
  }
  if (node?.CoalesceExpr) {
    const c = node.CoalesceExpr;
    if ((c.args ?? []).every((a: PgNode) => isNullLiteral(a) || allNullExpression(a)))
      return { location: c.location, via: "COALESCE of NULLs" };
  }
  return undefined;
}

function withCtes(scope: Scope, withClause: PgNode | undefined): Scope {
  if (!withClause?.ctes?.length) return scope;
  const next = new Map(scope);
  for (const cte of withClause.ctes.map((c: PgNode) => c.CommonTableExpr).filter(Boolean)) {
    const query = cte.ctequery?.SelectStmt;
    if (!query) continue; // data-modifying CTEs return typed table columns
    const outputs = selectOutputs(query, next, `the CTE \`${cte.ctename}\``, true);
    next.set(cte.ctename, rename(outputs, cte.aliascolnames));
  }
  return next;
}

function rename(outputs: Output[], colnames: PgNode[] | undefined): Output[] {
  if (!colnames?.length) return outputs;
  return outputs.map((o, i) => (i < colnames.length ? { ...o, name: colnames[i].String?.sval } : o));
}

function fromItems(items: PgNode[] | undefined, scope: Scope): FromItem[] {
  const out: FromItem[] = [];
  for (const item of items ?? []) {
    if (item.RangeVar) {
      const rv = item.RangeVar;
      const cte = rv.schemaname ? undefined : scope.get(rv.relname);
      out.push({ alias: rv.alias?.aliasname ?? rv.relname, outputs: cte });
    } else if (item.RangeSubselect) {
      const sub = item.RangeSubselect;
      const query = sub.subquery?.SelectStmt;
      const via = query?.valuesLists ? "a VALUES list in FROM" : "a subquery in FROM";
      const outputs = query ? rename(selectOutputs(query, scope, via, true), sub.alias?.colnames) : undefined;
      out.push({ alias: sub.alias?.aliasname ?? "", outputs });
    } else if (item.JoinExpr) {
      out.push(...fromItems([item.JoinExpr.larg, item.JoinExpr.rarg], scope));
    } else {
      out.push({ alias: "" });
    }
  }
  return out;
}

/** Set-operation leaves in order: (A UNION B) EXCEPT C → A, B, C. */
function setOperationLeaves(select: PgNode): PgNode[] {
  if (!select.op || select.op === "SETOP_NONE") return [select];
  return [...setOperationLeaves(select.larg), ...setOperationLeaves(select.rarg)];
}

/**
 * The output columns of a SELECT and which of them are NULLs resolved as text.
 * `inner`: the select is a CTE, a subquery or a VALUES list in FROM (its bare NULLs become text, labelled `via`).
 */
function selectOutputs(select: PgNode, outerScope: Scope, via: string, inner: boolean): Output[] {
  const scope = withCtes(outerScope, select.withClause);
  if (select.op && select.op !== "SETOP_NONE") {
    const leaves = setOperationLeaves(select).map((leaf) => leafCells(leaf, scope));
    const operation = String(select.op).replace("SETOP_", "");
    const width = Math.max(...leaves.map((l) => l.length));
    const outputs: Output[] = [];
    for (let i = 0; i < width; i++) {
      const cells = leaves.map((l) => l[i]);
      const first = cells[0];
      const allNull = cells.every((c) => c && (c.nullAt !== undefined || c.output.text));
      const at = cells.find((c) => c?.nullAt !== undefined)?.nullAt ?? cells.find((c) => c?.output.text)?.output.text?.location;
      outputs.push({ name: first?.output.name, text: allNull && at !== undefined ? { location: at, via: operation } : undefined });
    }
    return outputs;
  }
  if (select.valuesLists) {
    if (!inner) return [];
    const rows: PgNode[][] = select.valuesLists.map((r: PgNode) => r.List?.items ?? []);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const outputs: Output[] = [];
    for (let i = 0; i < width; i++) {
      const cells = rows.map((r) => r[i]);
      const allNull = cells.every((c) => isNullLiteral(c) || allNullExpression(c));
      const first = cells.find((c) => isNullLiteral(c))?.A_Const?.location ?? allNullExpression(cells[0])?.location;
      outputs.push({ name: `column${i + 1}`, text: allNull && first !== undefined ? { location: first, via } : undefined });
    }
    return outputs;
  }
  const distinct = Array.isArray(select.distinctClause) && select.distinctClause.length > 0 && Object.keys(select.distinctClause[0]).length === 0;
  const items = fromItems(select.fromClause, scope);
  const outputs: Output[] = [];
  for (const target of (select.targetList ?? []).map((t: PgNode) => t.ResTarget)) {
    const val = target?.val;
    if (isNullLiteral(val)) {
      const text = inner ? { location: val.A_Const.location, via } : distinct ? { location: val.A_Const.location, via: "SELECT DISTINCT" } : undefined;
      outputs.push({ name: target.name, text });
      continue;
    }
    const allNull = allNullExpression(val);
    if (allNull) {
      outputs.push({ name: target.name, text: allNull });
      continue;
    }
    const fields: PgNode[] | undefined = val?.ColumnRef?.fields;
    if (fields?.length && fields.at(-1)!.A_Star) {
      const rel = fields.length > 1 ? fields.at(-2)!.String?.sval : undefined;
      for (const item of items.filter((it) => rel === undefined || it.alias === rel))
        outputs.push(...(item.outputs ?? [{ unknownWidth: true }]));
      continue;
    }
    if (fields?.length) {
      const column = fields.at(-1)!.String?.sval;
      const rel = fields.length > 1 ? fields.at(-2)!.String?.sval : undefined;
      const source = items
        .filter((it) => rel === undefined || it.alias === rel)
        .flatMap((it) => it.outputs ?? [])
        .find((o) => o.name === column);
      outputs.push({ name: target.name ?? column, text: source?.text });
      continue;
    }
    outputs.push({ name: target?.name });
  }
  return outputs;
}

interface Cell {
  output: Output;
  /** A bare NULL (unknown until the set operation resolves it). */
  nullAt?: number;
}

function leafCells(leaf: PgNode, scope: Scope): Cell[] {
  if (leaf.valuesLists) {
    const first: PgNode[] = leaf.valuesLists[0]?.List?.items ?? [];
    return first.map((v) => ({ output: { text: allNullExpression(v) }, nullAt: isNullLiteral(v) ? v.A_Const.location : undefined }));
  }
  const outputs = selectOutputs(leaf, scope, "", false);
  const targets: PgNode[] = (leaf.targetList ?? []).map((t: PgNode) => t.ResTarget?.val);
  return outputs.map((output, i) => ({ output, nullAt: isNullLiteral(targets[i]) ? targets[i].A_Const.location : undefined }));
}

/** The NULLs of an INSERT … SELECT that reach the target columns as text, with the target position when known. */
export function textNullsOfInsert(insert: PgNode): Array<TextNull & { position?: number }> {
  const select = insert.selectStmt?.SelectStmt;
  if (!select || (select.valuesLists && (!select.op || select.op === "SETOP_NONE"))) return [];
  const outputs = selectOutputs(select, withCtes(new Map(), insert.withClause), "", false);
  const found: Array<TextNull & { position?: number }> = [];
  const seen = new Set<number>();
  let positionKnown = true;
  outputs.forEach((o, i) => {
    if (o.unknownWidth) positionKnown = false;
    if (!o.text || seen.has(o.text.location)) return;
    seen.add(o.text.location);
    found.push({ ...o.text, position: positionKnown ? i : undefined });
  });
  return found;
}
