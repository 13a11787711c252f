// Shared AST readers for the "locks" family: which table a statement locks and how hard, what work it does
// while holding the lock, transaction boundaries inside a unit, and column/constraint shapes.
import type { LintContext, PgNode, QualifiedName, Statement } from "../../sql/types";
import { alterTableCommands, displayName, nameParts, qualifiedRelation, typeNameOf } from "../../sql/names";

// ---------------------------------------------------------------------------------------------------------
// Lock modes (PostgreSQL "Explicit Locking", table-level locks), weakest first.

export const LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE",
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

const LOCK_RANK = Object.fromEntries(LOCK_MODES.map((mode, i) => [mode, i])) as Record<LockMode, number>;
const rank = (mode: LockMode) => LOCK_RANK[mode];

/** "an ACCESS EXCLUSIVE lock", "a SHARE lock". */
export function lockPhrase(mode: LockMode): string {
  return `${/^[AEIOU]/.test(mode) ? "an" : "a"} ${mode} lock`;
}

/** SHARE and stronger conflict with ROW EXCLUSIVE: INSERT/UPDATE/DELETE wait (and, queued behind it, so does everyone else). */
export function blocksWrites(mode: LockMode): boolean {
  return rank(mode) >= rank("SHARE");
}

/** What the statement does while it holds the lock: catalog-only work is instant once the lock is granted. */
export type LockWork = "catalog" | "scan" | "rewrite" | "index-build";

export interface TableLock {
  table: QualifiedName;
  mode: LockMode;
  work: LockWork;
  /** Node location to point at (the table reference when there is nothing better). */
  location?: number;
  /** DROP INDEX / REINDEX INDEX: the SQL names only the index; `table` holds the index name. */
  ofIndex?: boolean;
}

/** "table `users`" or "the table of index `ix_users_email`". */
export function lockTargetLabel(lock: TableLock): string {
  return lock.ofIndex ? `the table of index \`${displayName(lock.table)}\`` : `table \`${displayName(lock.table)}\``;
}

// ---------------------------------------------------------------------------------------------------------
// ALTER TABLE subcommands: lock level (AlterTableGetLockLevel in tablecmds.c) and the work they do.

const SHARE_UPDATE_EXCLUSIVE_SUBCOMMANDS = new Set([
  "AT_ValidateConstraint",
  "AT_SetStatistics",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_ClusterOn",
  "AT_DropCluster",
  "AT_DetachPartitionFinalize",
]);
const SHARE_ROW_EXCLUSIVE_SUBCOMMANDS = new Set([
  "AT_EnableTrig",
  "AT_EnableAlwaysTrig",
  "AT_EnableReplicaTrig",
  "AT_EnableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrig",
  "AT_DisableTrigAll",
  "AT_DisableTrigUser",
  "AT_AlterConstraint",
]);

function constraintOf(cmd: PgNode): PgNode | undefined {
  return cmd.def?.Constraint;
}

export function columnDefOf(cmd: PgNode): PgNode | undefined {
  return cmd.def?.ColumnDef;
}

/** Constraint nodes attached to a column definition. */
export function columnConstraints(columnDef: PgNode | undefined): PgNode[] {
  const list: PgNode[] | undefined = columnDef?.constraints;
  if (!list) return [];
  // An exact-size array (push() would allocate room for 17): asked for every new column by several rules.
  let count = 0;
  for (let i = 0; i < list.length; i++) if (list[i].Constraint) count++;
  const out: PgNode[] = new Array(count);
  for (let i = 0, k = 0; i < list.length; i++) if (list[i].Constraint) out[k++] = list[i].Constraint;
  return out;
}

/** The lock and work of one ALTER TABLE subcommand (PostgreSQL ≥ pgVersion semantics). */
export function subcommandLock(
  cmd: PgNode,
  pgVersion: number,
  ctx?: LintContext,
  stmtIndex?: number,
  table?: QualifiedName,
): { mode: LockMode; work: LockWork } {
  const subtype: string = cmd.subtype;
  if (SHARE_UPDATE_EXCLUSIVE_SUBCOMMANDS.has(subtype)) return { mode: "SHARE UPDATE EXCLUSIVE", work: subtype === "AT_ValidateConstraint" ? "scan" : "catalog" };
  if (SHARE_ROW_EXCLUSIVE_SUBCOMMANDS.has(subtype)) return { mode: "SHARE ROW EXCLUSIVE", work: "catalog" };
  switch (subtype) {
    case "AT_AttachPartition":
      // From PG 12 the parent only needs SHARE UPDATE EXCLUSIVE; the partition itself is scanned.
      return { mode: pgVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", work: "scan" };
    case "AT_DetachPartition":
      return cmd.def?.PartitionCmd?.concurrent ? { mode: "SHARE UPDATE EXCLUSIVE", work: "catalog" } : { mode: "ACCESS EXCLUSIVE", work: "catalog" };
    case "AT_AddConstraint": {
      const c = constraintOf(cmd);
      if (!c) return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
      if (c.contype === "CONSTR_FOREIGN") return { mode: "SHARE ROW EXCLUSIVE", work: c.skip_validation ? "catalog" : "scan" };
      if (c.contype === "CONSTR_CHECK") return { mode: "ACCESS EXCLUSIVE", work: c.skip_validation ? "catalog" : "scan" };
      if (c.contype === "CONSTR_NOTNULL") {
        // PG 18: ADD CONSTRAINT name NOT NULL col [NOT VALID] — validated like SET NOT NULL.
        const column = nameParts(c.keys)[0];
        const proven = ctx && stmtIndex !== undefined && column !== undefined && pgVersion >= 12 && notNullProvenEarlier(ctx, stmtIndex, column, table);
        return { mode: "ACCESS EXCLUSIVE", work: c.skip_validation || proven ? "catalog" : "scan" };
      }
      if (c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_EXCLUSION")
        return { mode: "ACCESS EXCLUSIVE", work: c.indexname ? "catalog" : "index-build" };
      return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
    }
    case "AT_AddColumn": {
      const col = columnDefOf(cmd);
      if (addColumnRewriteReason(col, pgVersion)) return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
      let work: LockWork = "catalog";
      for (const c of columnConstraints(col)) {
        if (c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_UNIQUE") return { mode: "ACCESS EXCLUSIVE", work: "index-build" };
        if (c.contype === "CONSTR_FOREIGN" || c.contype === "CONSTR_CHECK") work = "scan";
      }
      return { mode: "ACCESS EXCLUSIVE", work };
    }
    case "AT_AlterColumnType":
      if (!(ctx && stmtIndex !== undefined && table && alterTypeIsRewriteFree(ctx, stmtIndex, table, cmd))) return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
      return { mode: "ACCESS EXCLUSIVE", work: columnDefOf(cmd)?.collClause ? "index-build" : "catalog" };
    case "AT_SetNotNull":
      return { mode: "ACCESS EXCLUSIVE", work: ctx && stmtIndex !== undefined && pgVersion >= 12 && notNullProvenEarlier(ctx, stmtIndex, cmd.name, table) ? "catalog" : "scan" };
    case "AT_SetLogged":
    case "AT_SetUnLogged":
    case "AT_SetTableSpace":
    case "AT_SetAccessMethod":
      return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
    default:
      // Everything else (DROP COLUMN, SET/DROP DEFAULT, DROP NOT NULL, DROP CONSTRAINT, OWNER, identity, storage, ...):
      // ACCESS EXCLUSIVE, catalog-only.
      return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
  }
}

const WORK_ORDER: LockWork[] = ["catalog", "scan", "index-build", "rewrite"];
const heavier = (a: LockWork, b: LockWork) => (WORK_ORDER.indexOf(a) >= WORK_ORDER.indexOf(b) ? a : b);

/**
 * The table-level locks a statement takes on tables that existed before the unit (tables created earlier in the
 * same unit are skipped: empty and invisible to other sessions). Only locks on named tables are listed; a
 * DROP INDEX, whose table the SQL does not name, reports the index name in `table`.
 */
export function tableLocksOf(stmt: Statement, ctx: LintContext): TableLock[] {
  let locks: TableLock[] = [];
  // Most statements lock one table: an exact-size array for the first lock (push() would allocate room for 17).
  const keep = (lock: TableLock) => {
    if (locks.length === 0) locks = [lock];
    else locks.push(lock);
  };
  const add = (relation: PgNode | undefined, mode: LockMode, work: LockWork, location?: number) => {
    if (!relation) return;
    const table = qualifiedRelation(relation);
    if (ctx.tableCreatedEarlier(table, stmt.index)) return;
    let same: TableLock | undefined;
    for (let i = 0; i < locks.length && !same; i++) if (locks[i].table.name === table.name && locks[i].table.schema === table.schema) same = locks[i];
    if (same) {
      if (rank(mode) > rank(same.mode)) same.mode = mode;
      same.work = heavier(same.work, work);
      return;
    }
    keep({ table, mode, work, location: location ?? relation.location });
  };
  const b = stmt.body;
  switch (stmt.kind) {
    case "AlterTableStmt": {
      if (b.objtype !== "OBJECT_TABLE" && b.objtype !== "OBJECT_MATVIEW" && b.objtype !== "OBJECT_FOREIGN_TABLE") break;
      const altered = qualifiedRelation(b.relation);
      const cmds: PgNode[] = b.cmds ?? [];
      for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i].AlterTableCmd;
        if (!cmd) continue;
        const { mode, work } = subcommandLock(cmd, ctx.pgVersion, ctx, stmt.index, altered);
        add(b.relation, mode, work);
        // ATTACH / DETACH PARTITION also lock the partition itself ACCESS EXCLUSIVE (ATTACH scans it to check the bound).
        const partition = cmd.def?.PartitionCmd?.name;
        if (partition && (cmd.subtype === "AT_AttachPartition" || (cmd.subtype === "AT_DetachPartition" && !cmd.def.PartitionCmd.concurrent)))
          add(partition, "ACCESS EXCLUSIVE", cmd.subtype === "AT_AttachPartition" ? "scan" : "catalog");
        // A foreign key also locks the referenced table SHARE ROW EXCLUSIVE.
        const constraint = constraintOf(cmd);
        if (constraint?.contype === "CONSTR_FOREIGN" && constraint.pktable) add(constraint.pktable, "SHARE ROW EXCLUSIVE", constraint.skip_validation ? "catalog" : "scan");
        const column = columnDefOf(cmd);
        if (column?.constraints)
          for (const c of columnConstraints(column)) {
            if (c.contype === "CONSTR_FOREIGN" && c.pktable) add(c.pktable, "SHARE ROW EXCLUSIVE", c.skip_validation ? "catalog" : "scan");
          }
      }
      break;
    }
    case "CreateStmt": {
      // CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the parent; REFERENCES locks the referenced table.
      if (b.partbound && b.inhRelations?.length) add(b.inhRelations[0].RangeVar, "ACCESS EXCLUSIVE", "catalog");
      const elts: PgNode[] = b.tableElts ?? [];
      for (let i = 0; i < elts.length; i++) {
        const elt = elts[i];
        if (elt.Constraint) {
          if (elt.Constraint.contype === "CONSTR_FOREIGN" && elt.Constraint.pktable) add(elt.Constraint.pktable, "SHARE ROW EXCLUSIVE", "catalog");
          continue;
        }
        const constraints: PgNode[] | undefined = elt.ColumnDef?.constraints;
        if (!constraints) continue;
        for (let k = 0; k < constraints.length; k++) {
          const c = constraints[k].Constraint;
          if (c?.contype === "CONSTR_FOREIGN" && c.pktable) add(c.pktable, "SHARE ROW EXCLUSIVE", "catalog");
        }
      }
      break;
    }
    case "IndexStmt":
      // ON ONLY (relation.inh false) on a partitioned parent builds nothing.
      add(b.relation, b.concurrent ? "SHARE UPDATE EXCLUSIVE" : "SHARE", b.relation?.inh === true ? "index-build" : "catalog");
      break;
    case "DropStmt":
      if (b.removeType === "OBJECT_TABLE" || b.removeType === "OBJECT_MATVIEW") {
        for (const obj of b.objects ?? []) add(relationFromNameList(obj), "ACCESS EXCLUSIVE", "catalog");
      } else if (b.removeType === "OBJECT_TRIGGER" || b.removeType === "OBJECT_POLICY" || b.removeType === "OBJECT_RULE") {
        // DROP TRIGGER / POLICY / RULE name ON table: the table is every name part but the last.
        for (const obj of b.objects ?? []) {
          const parts = nameParts(obj.List?.items ?? []).slice(0, -1);
          if (parts.length) add(parts.length > 1 ? { schemaname: parts.at(-2), relname: parts.at(-1) } : { relname: parts[0] }, "ACCESS EXCLUSIVE", "catalog");
        }
      } else if (b.removeType === "OBJECT_INDEX" && !b.concurrent) {
        for (const obj of b.objects ?? []) {
          const index = relationFromNameList(obj);
          if (!indexOnTableCreatedEarlier(ctx, qualifiedRelation(index), stmt.index)) keep({ table: qualifiedRelation(index), mode: "ACCESS EXCLUSIVE", work: "catalog", ofIndex: true });
        }
      }
      break;
    case "TruncateStmt":
      for (const r of b.relations ?? []) add(r.RangeVar, "ACCESS EXCLUSIVE", "catalog");
      break;
    case "RenameStmt":
      if (["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT", "OBJECT_MATVIEW"].includes(b.renameType)) add(b.relation, "ACCESS EXCLUSIVE", "catalog");
      break;
    case "ReindexStmt":
      if (b.relation && !reindexIsConcurrent(b)) {
        if (b.kind === "REINDEX_OBJECT_TABLE") add(b.relation, "SHARE", "index-build");
        else if (b.kind === "REINDEX_OBJECT_INDEX" && !indexOnTableCreatedEarlier(ctx, qualifiedRelation(b.relation), stmt.index))
          keep({ table: qualifiedRelation(b.relation), mode: "ACCESS EXCLUSIVE", work: "index-build", location: b.relation.location, ofIndex: true });
      }
      break;
    case "ClusterStmt":
      add(b.relation, "ACCESS EXCLUSIVE", "rewrite");
      break;
    case "VacuumStmt":
      if (b.is_vacuumcmd && hasOption(b.options, "full")) for (const r of b.rels ?? []) add(r.VacuumRelation?.relation, "ACCESS EXCLUSIVE", "rewrite");
      break;
    case "LockStmt":
      for (const r of b.relations ?? []) add(r.RangeVar, LOCK_MODES[(b.mode ?? 8) - 1] ?? "ACCESS EXCLUSIVE", "catalog");
      break;
    case "CreateTrigStmt":
      add(b.relation, "SHARE ROW EXCLUSIVE", "catalog");
      break;
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      add(b.table, "ACCESS EXCLUSIVE", "catalog");
      break;
    case "RuleStmt":
      add(b.relation, "ACCESS EXCLUSIVE", "catalog");
      break;
    case "RefreshMatViewStmt":
      add(b.relation, b.concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE", "rewrite");
      break;
  }
  return locks;
}

/** The strongest lock among tableLocksOf(), or undefined when the statement locks no existing table. */
export function strongestLock(locks: readonly TableLock[]): TableLock | undefined {
  let best: TableLock | undefined;
  for (let i = 0; i < locks.length; i++) if (!best || rank(locks[i].mode) > rank(best.mode)) best = locks[i];
  return best;
}

/** { List: { items: [String...] } } → a relation-like { schemaname, relname }. */
export function relationFromNameList(obj: PgNode): { schemaname?: string; relname: string } {
  const parts = nameParts(obj.List?.items ?? []);
  return parts.length > 1 ? { schemaname: parts.at(-2), relname: parts.at(-1)! } : { relname: parts[0] ?? "?" };
}

/** DefElem option lists: is `name` present and not switched off (FULL false, CONCURRENTLY off)? */
export function hasOption(options: PgNode[] | undefined, name: string): boolean {
  for (const o of options ?? []) {
    const d = o.DefElem;
    if (!d || d.defname !== name) continue;
    const arg = d.arg;
    if (!arg) return true;
    if (arg.Boolean) return Boolean(arg.Boolean.boolval);
    const text = String(arg.String?.sval ?? arg.A_Const?.sval?.sval ?? arg.Integer?.ival ?? arg.A_Const?.ival?.ival ?? "").toLowerCase();
    return !["false", "off", "0", "no"].includes(text);
  }
  return false;
}

export function reindexIsConcurrent(body: PgNode): boolean {
  return hasOption(body.params, "concurrently");
}

// ---------------------------------------------------------------------------------------------------------
// Indexes created earlier in the unit.

/** Was this index created earlier in the unit on a table also created earlier in the unit (so nobody else uses it)? */
export function indexOnTableCreatedEarlier(ctx: LintContext, index: QualifiedName, before: number): boolean {
  const s = unitFacts(ctx).firstIndexStmt.get(index.name);
  if (!s || s.index >= before) return false;
  const table = qualifiedRelation(s.body.relation);
  if (index.schema && table.schema && index.schema !== table.schema) return false;
  return ctx.tableCreatedEarlier(table, s.index);
}

// ---------------------------------------------------------------------------------------------------------
// Transactions inside a unit: one notion for every rule, in util-transactions (transactionIdsOf, sameTransaction),
// where a BEGIN inside an open transaction opens nothing, as in PostgreSQL.

export function isTransactionControl(stmt: Statement): boolean {
  return stmt.kind === "TransactionStmt";
}

// ---------------------------------------------------------------------------------------------------------
// Column definitions: defaults, volatility, rewrites.

/** Functions that are VOLATILE in pg_proc and commonly used as column defaults. */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  "random",
  "random_normal",
  "clock_timestamp",
  "timeofday",
  "gen_random_uuid",
  "uuidv4",
  "uuidv7",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "nextval",
  "setval",
  "currval",
  "lastval",
  "set_config",
  "setseed",
  "gen_random_bytes",
]);

/** Built-in functions that are IMMUTABLE or STABLE: evaluated once when the column is added (PG ≥ 11). */
export const NON_VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  "now",
  "transaction_timestamp",
  "statement_timestamp",
  "current_date",
  "current_timestamp",
  "localtimestamp",
  "lower",
  "upper",
  "concat",
  "concat_ws",
  "coalesce",
  "to_jsonb",
  "to_json",
  "jsonb_build_object",
  "jsonb_build_array",
  "json_build_object",
  "json_build_array",
  "array_fill",
  "make_interval",
  "make_date",
  "make_timestamp",
  "make_timestamptz",
  "date_trunc",
  "timezone",
  "to_timestamp",
  "to_date",
  "to_char",
  "md5",
  "length",
  "abs",
  "greatest",
  "least",
  "current_setting",
  "current_schema",
  "inet_client_addr",
  "txid_current",
  "pg_current_xact_id",
]);

export interface VolatileCall {
  name: string;
  location?: number;
  /** true: a known VOLATILE built-in; false: a function alembic-guard does not know (it may be volatile). */
  known: boolean;
}

/** The first volatile (or unknown, possibly volatile) function call in an expression. */
export function volatileCallIn(expr: unknown): VolatileCall | undefined {
  let found: VolatileCall | undefined;
  const walk = (node: unknown): void => {
    if (found || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i]);
      return;
    }
    const record = node as PgNode;
    if (record.FuncCall) {
      const parts = nameParts(record.FuncCall.funcname);
      const name = parts.at(-1)!.toLowerCase();
      const schema = parts.length > 1 ? parts[0] : undefined;
      if (VOLATILE_FUNCTIONS.has(name)) {
        found = { name, location: record.FuncCall.location, known: true };
        return;
      }
      if (!NON_VOLATILE_FUNCTIONS.has(name) || (schema && schema !== "pg_catalog")) {
        found = { name: parts.join("."), location: record.FuncCall.location, known: false };
        return;
      }
    }
    for (const key in record) walk(record[key]);
  };
  walk(expr);
  return found;
}

const SERIAL_TYPES = new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);

export function isSerialType(columnDef: PgNode | undefined): boolean {
  return SERIAL_TYPES.has(typeNameOf(columnDef?.typeName).toLowerCase());
}

/** The DEFAULT expression of a column definition, undefined when absent or DEFAULT NULL. */
export function defaultExpression(columnDef: PgNode | undefined): PgNode | undefined {
  const d = columnConstraints(columnDef).find((c) => c.contype === "CONSTR_DEFAULT");
  if (!d?.raw_expr) return undefined;
  if (isNullConstant(d.raw_expr)) return undefined;
  return d.raw_expr;
}

function isNullConstant(expr: PgNode): boolean {
  if (expr.A_Const?.isnull) return true;
  if (expr.TypeCast) return isNullConstant(expr.TypeCast.arg ?? {});
  return false;
}

export interface RewriteReason {
  /** What makes PostgreSQL rewrite every row. */
  reason: string;
  location?: number;
}

/** Why ADD COLUMN with this definition rewrites the table (undefined: catalog-only, PG ≥ 11 fast default). */
export function addColumnRewriteReason(columnDef: PgNode | undefined, pgVersion: number): RewriteReason | undefined {
  if (!columnDef) return undefined;
  if (isSerialType(columnDef))
    return { reason: `its \`${typeNameOf(columnDef.typeName)}\` type fills every row from a sequence (nextval() is volatile)`, location: columnDef.typeName?.location };
  // The first constraint of each kind, in one pass (every ADD COLUMN of the unit comes through here).
  let identity: PgNode | undefined;
  let generated: PgNode | undefined;
  let firstDefault: PgNode | undefined;
  for (const c of columnConstraints(columnDef)) {
    if (c.contype === "CONSTR_IDENTITY") identity ??= c;
    else if (c.contype === "CONSTR_GENERATED") generated ??= c;
    else if (c.contype === "CONSTR_DEFAULT") firstDefault ??= c;
  }
  if (identity) return { reason: "an identity column fills every existing row from its sequence", location: identity.location };
  if (generated && generated.generated_kind !== "v") return { reason: "a STORED generated column is computed and written for every existing row", location: generated.location };
  const expr = firstDefault?.raw_expr && !isNullConstant(firstDefault.raw_expr) ? (firstDefault.raw_expr as PgNode) : undefined;
  if (!expr) return undefined;
  const defaultLocation = firstDefault!.location;
  if (pgVersion < 11) return { reason: `before PostgreSQL 11 any DEFAULT is written into every existing row`, location: defaultLocation };
  const call = volatileCallIn(expr);
  if (call?.known) return { reason: `its DEFAULT calls the volatile function \`${call.name}()\`, evaluated separately for every existing row`, location: call.location };
  if (call) return { reason: `its DEFAULT calls \`${call.name}()\`, which rewrites every row unless the function is declared IMMUTABLE or STABLE`, location: call.location };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Constraints: NOT VALID adds, validations, CHECK (col IS NOT NULL).

export interface AddedConstraint {
  stmt: Statement;
  table: QualifiedName;
  constraint: PgNode;
}

interface UnitFacts {
  /** Every ALTER TABLE ... ADD CONSTRAINT of the unit, in order. */
  addedConstraints: AddedConstraint[];
  /** The same, by constraint name. */
  addedByName: Map<string, AddedConstraint[]>;
  /** ALTER TABLE ... VALIDATE CONSTRAINT by constraint name. */
  validations: Map<string, Array<{ index: number; table: QualifiedName }>>;
  /** Column type nodes defined by ADD COLUMN / ALTER COLUMN TYPE (undefined after DROP COLUMN), by "table\0column". */
  columnTypes: Map<string, Array<{ index: number; table: QualifiedName; typeName: PgNode | undefined }>>;
  /** The first CREATE INDEX of each index name. */
  firstIndexStmt: Map<string, Statement>;
  /** CHECK constraints that prove `col IS NOT NULL`, by "table\0column". */
  notNullChecks: Map<string, AddedConstraint[]>;
}

/** The columns a CHECK expression proves NOT NULL: `col IS NOT NULL`, alone or as arms of an AND. */
function columnsProvenNotNull(expr: PgNode | undefined, out: string[] = []): string[] {
  if (expr?.NullTest?.nulltesttype === "IS_NOT_NULL") {
    const column = nameParts(expr.NullTest.arg?.ColumnRef?.fields).at(-1);
    if (column) out.push(column);
  } else if (expr?.BoolExpr?.boolop === "AND_EXPR") for (const arm of expr.BoolExpr.args ?? []) columnsProvenNotNull(arm, out);
  return out;
}

/** Facts about the whole unit, gathered in one pass and cached: keeps every per-statement lookup O(matches), not O(unit). */
function unitFacts(ctx: LintContext): UnitFacts {
  return ctx.memo("locks.unitFacts", () => gatherUnitFacts(ctx));
}

function gatherUnitFacts(ctx: LintContext): UnitFacts {
  const facts: UnitFacts = { addedConstraints: [], addedByName: new Map(), validations: new Map(), columnTypes: new Map(), firstIndexStmt: new Map(), notNullChecks: new Map() };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const statements = ctx.statements;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.kind === "IndexStmt" && s.body.idxname && !facts.firstIndexStmt.has(s.body.idxname)) facts.firstIndexStmt.set(s.body.idxname, s);
    if (s.kind !== "AlterTableStmt") continue;
    const table = qualifiedRelation(s.body.relation);
    const cmds = alterTableCommands(s);
    for (let k = 0; k < cmds.length; k++) {
      const cmd = cmds[k];
      const col = columnDefOf(cmd);
      if (cmd.subtype === "AT_AddConstraint" && cmd.def?.Constraint) {
        const added = { stmt: s, table, constraint: cmd.def.Constraint };
        facts.addedConstraints.push(added);
        if (added.constraint.conname) push(facts.addedByName, added.constraint.conname as string, added);
        if (added.constraint.contype === "CONSTR_CHECK")
          for (const column of columnsProvenNotNull(added.constraint.raw_expr)) push(facts.notNullChecks, `${table.name}\0${column}`, added);
      } else if (cmd.subtype === "AT_ValidateConstraint" && cmd.name) push(facts.validations, cmd.name as string, { index: s.index, table });
      else if (cmd.subtype === "AT_AddColumn" && col?.colname) push(facts.columnTypes, `${table.name}\0${col.colname}`, { index: s.index, table, typeName: col.typeName });
      else if (cmd.subtype === "AT_AlterColumnType" && cmd.name) push(facts.columnTypes, `${table.name}\0${cmd.name}`, { index: s.index, table, typeName: col?.typeName });
      else if (cmd.subtype === "AT_DropColumn" && cmd.name) push(facts.columnTypes, `${table.name}\0${cmd.name}`, { index: s.index, table, typeName: undefined });
    }
  }
  return facts;
}

/** ALTER TABLE ... ADD CONSTRAINT `name` statements of the unit before `before` (any table). */
export function constraintsNamedBefore(ctx: LintContext, name: string, before: number): AddedConstraint[] {
  return (unitFacts(ctx).addedByName.get(name) ?? []).filter((a) => a.stmt.index < before);
}

export function sameTable(a: QualifiedName, b: QualifiedName): boolean {
  return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}

/**
 * Before `before`, did the unit leave a validated `CHECK (column IS NOT NULL)` on this table? Either added
 * without NOT VALID, or added NOT VALID and then validated by an earlier statement. (A constraint added in the
 * same ALTER TABLE as SET NOT NULL is not validated yet when SET NOT NULL looks for it.)
 */
export function notNullProvenEarlier(ctx: LintContext, before: number, column: string, table?: QualifiedName): boolean {
  const stmt = ctx.statements[before];
  const target = table ?? (stmt?.kind === "AlterTableStmt" ? qualifiedRelation(stmt.body.relation) : undefined);
  if (!target) return false;
  for (const added of unitFacts(ctx).notNullChecks.get(`${target.name}\0${column}`) ?? []) {
    if (added.stmt.index >= before) break;
    const c = added.constraint;
    if (!sameTable(added.table, target)) continue;
    if (!c.skip_validation) return true;
    if (c.conname && validatedBetween(ctx, target, c.conname, added.stmt.index, before)) return true;
  }
  return false;
}

/** Is there an ALTER TABLE ... VALIDATE CONSTRAINT name on this table in statements (from, to)? */
export function validatedBetween(ctx: LintContext, table: QualifiedName, name: string, from: number, to: number): boolean {
  return (unitFacts(ctx).validations.get(name) ?? []).some((v) => v.index > from && v.index < to && sameTable(v.table, table));
}

/** ALTER TABLE on a table that existed before the unit (not created earlier in it): the table name, else undefined. */
export function existingAlteredTable(stmt: Statement, ctx: LintContext): QualifiedName | undefined {
  if (stmt.kind !== "AlterTableStmt" || stmt.body.objtype !== "OBJECT_TABLE") return undefined;
  // Most ALTER TABLE rules ask this of the same statement: worked out once (callers only read the name).
  const byStatement = ctx.memo("locks.existingAlteredTable", existingAlteredTables);
  if (byStatement.has(stmt)) return byStatement.get(stmt);
  const table = qualifiedRelation(stmt.body.relation);
  const existing = ctx.tableCreatedEarlier(table, stmt.index) ? undefined : table;
  byStatement.set(stmt, existing);
  return existing;
}

const existingAlteredTables = () => new Map<Statement, QualifiedName | undefined>();

/**
 * UNIQUE / PRIMARY KEY constraints that an ALTER TABLE on an existing table adds with an index it builds itself
 * (no USING INDEX): as a table constraint, or inline on an added column.
 */
export function indexBuildingConstraints(
  stmt: Statement,
  ctx: LintContext,
  contype: "CONSTR_UNIQUE" | "CONSTR_PRIMARY",
): Array<{ table: QualifiedName; constraint: PgNode; columns: string; column?: PgNode }> {
  const table = existingAlteredTable(stmt, ctx);
  if (!table) return [];
  const found: Array<{ table: QualifiedName; constraint: PgNode; columns: string; column?: PgNode }> = [];
  const cmds = alterTableCommands(stmt);
  for (let i = 0; i < cmds.length; i++) {
    const cmd = cmds[i];
    if (cmd.subtype === "AT_AddConstraint") {
      const c = cmd.def?.Constraint;
      if (c?.contype === contype && !c.indexname) found.push({ table, constraint: c, columns: nameParts(c.keys).join(", ") });
    } else if (cmd.subtype === "AT_AddColumn") {
      const column = columnDefOf(cmd);
      const c = columnConstraints(column).find((k) => k.contype === contype);
      if (c) found.push({ table, constraint: c, columns: column?.colname ?? "", column });
    }
  }
  return found;
}

/** "CHECK" / "FOREIGN KEY" / ... for messages. */
export function constraintKind(c: PgNode): string {
  switch (c.contype) {
    case "CONSTR_CHECK":
      return "CHECK";
    case "CONSTR_FOREIGN":
      return "FOREIGN KEY";
    case "CONSTR_UNIQUE":
      return "UNIQUE";
    case "CONSTR_PRIMARY":
      return "PRIMARY KEY";
    case "CONSTR_EXCLUSION":
      return "EXCLUDE";
    case "CONSTR_NOTNULL":
      return "NOT NULL";
    default:
      return String(c.contype ?? "constraint").replace(/^CONSTR_/, "");
  }
}

/** "constraint `fk_x`" or "a FOREIGN KEY constraint". */
export function constraintLabel(c: PgNode): string {
  return c.conname ? `${constraintKind(c)} constraint \`${c.conname}\`` : `a ${constraintKind(c)} constraint`;
}

// ---------------------------------------------------------------------------------------------------------
// Column types and the type changes PostgreSQL makes without rewriting the table.

export interface ColumnType {
  /** Canonical name as the parser gives it, pg_catalog dropped: varchar, text, numeric, int4, timestamptz, ... */
  name: string;
  /** Type modifiers: varchar(n) → [n], numeric(p,s) → [p, s]; empty when unconstrained. */
  mods: number[];
  array: boolean;
}

/** A libpg-query TypeName node → ColumnType (undefined when the modifiers are not plain integers). */
export function columnTypeOf(typeName: PgNode | undefined): ColumnType | undefined {
  if (!typeName) return undefined;
  const mods: number[] = [];
  for (const m of typeName.typmods ?? []) {
    const value = m.A_Const?.ival;
    if (!m.A_Const || m.A_Const.sval || m.A_Const.fval) return undefined;
    mods.push(Number(value?.ival ?? 0));
  }
  return { name: typeNameOf(typeName).toLowerCase(), mods, array: Boolean(typeName.arrayBounds?.length) };
}

/** SQL spellings for the internal names the parser gives built-in types. */
const DISPLAY_TYPE_NAMES: Record<string, string> = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  bool: "boolean",
  float4: "real",
  float8: "double precision",
  bpchar: "char",
};

export function formatColumnType(t: ColumnType): string {
  return `${DISPLAY_TYPE_NAMES[t.name] ?? t.name}${t.mods.length ? `(${t.mods.join(",")})` : ""}${t.array ? "[]" : ""}`;
}

/** Old → new pairs that are binary coercible (pg_cast castmethod 'b') and need neither a rewrite nor a scan. */
const BINARY_COERCIBLE = new Set(["varchar>text", "text>varchar", "citext>text", "text>citext", "varchar>citext", "cidr>inet", "xml>text", "xml>varchar"]);

/** Types whose "support" function makes a wider (or removed) modifier free: varchar_support, numeric_support, ... */
const WIDENING_FREE = new Set(["varchar", "varbit", "timestamp", "timestamptz", "time", "timetz", "interval"]);

const UTC_ZONES = new Set(["utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "gmt0", "etc/gmt0", "greenwich", "universal", "etc/universal", "zulu", "etc/zulu"]);

export function isUtcTimeZone(value: string | undefined): boolean {
  return value !== undefined && UTC_ZONES.has(value.trim().replace(/^'|'$/g, "").toLowerCase());
}

/**
 * Does ALTER COLUMN ... TYPE from `from` to `to` (without USING or COLLATE) leave the table unrewritten?
 * Follows ATColumnChangeRequiresRewrite: binary-coercible casts, typmod support functions (varchar(n) → varchar(m ≥ n),
 * numeric(p,s) → numeric(p' ≥ p, s)), and, from PostgreSQL 12, timestamp ↔ timestamptz when the session TimeZone is UTC.
 */
export function typeChangeIsRewriteFree(from: ColumnType, to: ColumnType, options: { pgVersion: number; timeZoneIsUtc: boolean }): boolean {
  if (from.array !== to.array) return false;
  const sameMods = from.mods.length === to.mods.length && from.mods.every((m, i) => m === to.mods[i]);
  if (from.name === to.name) {
    if (sameMods) return true;
    // Dropping the modifier: free where a support function says so (char(n) → bpchar still re-pads: rewrite).
    if (to.mods.length === 0) return WIDENING_FREE.has(from.name) || from.name === "numeric";
    if (from.mods.length === 0) return false; // adding a limit: every value must be checked
    if (WIDENING_FREE.has(from.name)) return to.mods[0] >= from.mods[0];
    if (from.name === "numeric") {
      const [p, s = 0] = from.mods;
      const [p2, s2 = 0] = to.mods;
      return s2 === s && p2 >= p;
    }
    return false;
  }
  const pair = `${from.name}>${to.name}`;
  if (BINARY_COERCIBLE.has(pair)) {
    // text → varchar(n) adds a length check; varchar(n) → text drops it.
    return !(to.name === "varchar" && to.mods.length > 0);
  }
  if ((pair === "timestamp>timestamptz" || pair === "timestamptz>timestamp") && options.pgVersion >= 12 && options.timeZoneIsUtc) {
    return to.mods.length === 0 || (from.mods.length > 0 && to.mods[0] >= from.mods[0]);
  }
  return false;
}

/** The column's type as last defined by an earlier statement of the unit (ADD COLUMN or ALTER ... TYPE), if any. */
export function columnTypeDefinedEarlier(ctx: LintContext, table: QualifiedName, column: string, before: number): ColumnType | undefined {
  // The type node is read only here, for the one definition that counts (most are never asked about).
  let found: PgNode | undefined;
  for (const entry of unitFacts(ctx).columnTypes.get(`${table.name}\0${column}`) ?? []) {
    if (entry.index >= before) break;
    if (sameTable(entry.table, table)) found = entry.typeName;
  }
  return columnTypeOf(found);
}

/**
 * Does the USING expression compute something other than the implicit conversion? `USING col` and
 * `USING col::new_type` do not (PostgreSQL applies exactly that cast without USING).
 */
export function usingChangesContents(expr: PgNode | undefined, column: string, target?: PgNode): boolean {
  if (!expr) return false;
  let inner = expr;
  if (inner.TypeCast && target) {
    const castTo = columnTypeOf(inner.TypeCast.typeName);
    const to = columnTypeOf(target);
    if (!castTo || !to || formatColumnType(castTo) !== formatColumnType(to)) return true;
    inner = inner.TypeCast.arg ?? {};
  }
  const fields = nameParts(inner.ColumnRef?.fields);
  return !(fields.length > 0 && fields.at(-1) === column);
}

/**
 * Is this ALTER COLUMN ... TYPE known (old type seen earlier in the unit) to need no table rewrite? A COLLATE
 * clause does not rewrite the table, but indexes on the column are rebuilt (see subcommandLock).
 */
export function alterTypeIsRewriteFree(ctx: LintContext, stmtIndex: number, table: QualifiedName, cmd: PgNode): boolean {
  const def = columnDefOf(cmd);
  if (!cmd.name) return false;
  // The old type first: usually the unit never defined it, and that settles it.
  const from = columnTypeDefinedEarlier(ctx, table, cmd.name, stmtIndex);
  if (!from || usingChangesContents(def?.raw_default, cmd.name, def?.typeName)) return false;
  const to = columnTypeOf(def?.typeName);
  if (!to) return false;
  return typeChangeIsRewriteFree(from, to, { pgVersion: ctx.pgVersion, timeZoneIsUtc: isUtcTimeZone(ctx.settingBefore("timezone", stmtIndex)) });
}

// ---------------------------------------------------------------------------------------------------------
// Per-unit analyses computed once (rules are called per statement; these look across statements).

/** Statement kinds tableLocksOf() knows how to read. */
export const LOCKING_KINDS = [
  "AlterTableStmt",
  "CreateStmt",
  "IndexStmt",
  "DropStmt",
  "TruncateStmt",
  "RenameStmt",
  "ReindexStmt",
  "ClusterStmt",
  "VacuumStmt",
  "LockStmt",
  "CreateTrigStmt",
  "RuleStmt",
  "RefreshMatViewStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
] as const;

/** tableLocksOf() for every statement of the unit, computed once per unit. */
export function unitLocks(ctx: LintContext): TableLock[][] {
  return ctx.memo("locks.unitLocks", () => {
    const locks: TableLock[][] = [];
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) locks.push(LOCKING_KIND_SET.has(statements[i].kind) ? tableLocksOf(statements[i], ctx) : []);
    return locks;
  });
}

const LOCKING_KIND_SET: ReadonlySet<string> = new Set(LOCKING_KINDS);

/** Does this statement touch Alembic's own bookkeeping table (written at the end of every migration)? */
export function isAlembicVersionStatement(stmt: Statement): boolean {
  switch (stmt.kind) {
    case "UpdateStmt":
    case "InsertStmt":
    case "DeleteStmt":
    case "CreateStmt":
      return stmt.body?.relation?.relname === "alembic_version";
    case "SelectStmt":
      // The name is in the text unless spelt with Unicode escapes (U&"..."): skip serialising the AST otherwise.
      return /alembic_version|u&/i.test(stmt.sql) && JSON.stringify(stmt.body).includes('"relname":"alembic_version"');
    default:
      return false;
  }
}

/**
 * Statements that need a timeout setting and run without one, grouped into runs: a run starts at the first such
 * statement of the unit, and again at the first one after the setting was in force and then lapsed (a SET LOCAL
 * whose transaction ended, a RESET, a SET to 0). One SET before the start of a run fixes the whole run, so only
 * its first statement is reported. Returns: first statement index → how many more statements the run covers.
 */
export function uncoveredRuns(
  ctx: LintContext,
  setting: "lock_timeout" | "statement_timeout",
  needsTimeout: (index: number) => boolean,
): Map<number, number> {
  const runs = new Map<number, number>();
  let current: number | undefined;
  const statements = ctx.statements;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const timeout = ctx.timeoutMillisBefore(setting, s.index);
    if (timeout !== undefined && timeout > 0) {
      current = undefined; // covered from here; a later lapse starts a new run
      continue;
    }
    if (!needsTimeout(s.index)) continue;
    if (current === undefined) {
      current = s.index;
      runs.set(current, 0);
    } else runs.set(current, runs.get(current)! + 1);
  }
  return runs;
}
