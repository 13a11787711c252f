import type { SqlRule, RuleReport } from "../types";
import type { LintContext, PgNode, Statement } from "../../sql/types";
import { alterTableCommands, nameParts } from "../../sql/names";
import { dropObjectName } from "./util-breaking";

/**
 * Was `name` dropped with IF EXISTS before `index`? Names are the last name part; constraints "table.constraint".
 * Built once per unit so the rule stays linear on large files.
 */
function droppedIfExistsBefore(ctx: LintContext, name: string, index: number): boolean {
  const firstDrop = ctx.memo("prefer-robust-stmts.droppedIfExists", () => {
    const map = new Map<string, number>();
    const note = (key: string, at: number) => map.has(key) || map.set(key, at);
    for (const s of ctx.statements) {
      if (s.kind === "DropStmt" && s.body.missing_ok) for (const o of s.body.objects ?? []) note(dropObjectName(o).name, s.index);
      if (s.kind === "AlterTableStmt")
        for (const cmd of alterTableCommands(s))
          if (cmd.subtype === "AT_DropConstraint" && cmd.missing_ok) note(`${s.body.relation?.relname}.${cmd.name}`, s.index);
    }
    return map;
  });
  const at = firstDrop.get(name);
  return at !== undefined && at < index;
}

const RERUN = "if the migration fails after this statement and is run again, it stops here with";

export const preferRobustStmts: SqlRule = {
  meta: {
    id: "prefer-robust-stmts",
    family: "transactions",
    defaultSeverity: "warning",
    summary: "Outside a transaction, CREATE/DROP/ADD COLUMN without IF [NOT] EXISTS make a half-applied migration impossible to re-run.",
  },
  kinds: ["CreateStmt", "CreateTableAsStmt", "IndexStmt", "CreateSeqStmt", "CreateSchemaStmt", "DropStmt", "AlterEnumStmt", "AlterTableStmt"],
  subcommands: ["AT_AddColumn", "AT_DropColumn", "AT_DropConstraint", "AT_AddConstraint"],
  // Only statements outside a transaction; most units run entirely inside Alembic's.
  reportsOn: (ctx) =>
    ctx.memo("prefer-robust-stmts.outsideTransaction", () => {
      const outside = new Set<number>();
      const statements = ctx.statements;
      for (let i = 0; i < statements.length; i++) if (!statements[i].inTransaction) outside.add(statements[i].index);
      return outside;
    }),
  check(stmt, ctx) {
    // Inside a transaction a failure rolls everything back, so a re-run starts from a clean state.
    if (stmt.inTransaction) return [];
    const reports: RuleReport[] = [];
    const help = (fix: string) =>
      `${fix} so the statement can be run again; statements outside a transaction (autocommit_block(), CONCURRENTLY) are not rolled back when a later one fails.`;
    const create = (what: string, name: string, ifNotExists: boolean, location?: number) => {
      if (ifNotExists || droppedIfExistsBefore(ctx, name, stmt.index)) return;
      reports.push({
        message: `${what} \`${name}\` without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
        help: help(`Write ${what} IF NOT EXISTS (or drop it first with IF EXISTS)`),
        location,
      });
    };
    switch (stmt.kind) {
      case "CreateStmt":
        create("CREATE TABLE", stmt.body.relation?.relname, !!stmt.body.if_not_exists, stmt.body.relation?.location);
        break;
      case "CreateTableAsStmt":
        create(stmt.body.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS", stmt.body.into?.rel?.relname, !!stmt.body.if_not_exists, stmt.body.into?.rel?.location);
        break;
      case "IndexStmt":
        // An unnamed index gets a fresh name on every run: a re-run does not fail but builds a duplicate.
        if (!stmt.body.idxname) {
          reports.push({
            message: `unnamed index on \`${stmt.body.relation?.relname}\` outside a transaction: a re-run after a failure builds a second, duplicate index`,
            help: help("Name the index and write CREATE INDEX IF NOT EXISTS (or DROP INDEX IF EXISTS first)"),
            location: stmt.body.relation?.location,
          });
        } else if (stmt.body.concurrent) {
          // A failed concurrent build leaves an INVALID index under this name, which IF NOT EXISTS would keep:
          // only dropping it first makes the re-run build a usable index.
          const name: string = stmt.body.idxname;
          if (droppedIfExistsBefore(ctx, name, stmt.index)) break;
          reports.push({
            message:
              `CREATE INDEX CONCURRENTLY \`${name}\` outside a transaction: if the build fails (a duplicate key, a deadlock, a timeout) ` +
              `PostgreSQL leaves an INVALID index \`${name}\` behind, ` +
              (stmt.body.if_not_exists
                ? "and on a re-run IF NOT EXISTS skips the build and keeps the invalid index, which no query uses"
                : 'and a re-run stops with "already exists"'),
            help: help(
              `Drop any leftover first, in the same autocommit_block(): op.execute("DROP INDEX CONCURRENTLY IF EXISTS ${name}") ` +
                `(op.drop_index(..., postgresql_concurrently=True, if_exists=True) from Alembic 1.12) right before op.create_index(..., postgresql_concurrently=True),`,
            ),
            location: stmt.body.relation?.location,
          });
        } else create("CREATE INDEX", stmt.body.idxname, !!stmt.body.if_not_exists, stmt.body.relation?.location);
        break;
      case "CreateSeqStmt":
        create("CREATE SEQUENCE", stmt.body.sequence?.relname, !!stmt.body.if_not_exists, stmt.body.sequence?.location);
        break;
      case "CreateSchemaStmt":
        create("CREATE SCHEMA", stmt.body.schemaname, !!stmt.body.if_not_exists);
        break;
      case "DropStmt":
        if (!stmt.body.missing_ok) {
          const names = (stmt.body.objects ?? []).map((o: PgNode) => dropObjectName(o).name).join(", ");
          const what = String(stmt.body.removeType ?? "").replace(/^OBJECT_/, "").replace(/_/g, " ");
          reports.push({
            message: `DROP ${what} \`${names}\` without IF EXISTS outside a transaction: ${RERUN} "does not exist"`,
            help: help(`Write DROP ${what} IF EXISTS`),
          });
        }
        break;
      case "AlterEnumStmt":
        if (stmt.body.oldVal === undefined && !stmt.body.skipIfNewValExists) {
          reports.push({
            message: `ALTER TYPE \`${nameParts(stmt.body.typeName).join(".")}\` ADD VALUE '${stmt.body.newVal}' without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
            help: help("Write ALTER TYPE ... ADD VALUE IF NOT EXISTS"),
          });
        }
        break;
      case "AlterTableStmt":
        reports.push(...alterTableReports(stmt, ctx, help));
        break;
    }
    return reports;
  },
};

function alterTableReports(stmt: Statement, ctx: LintContext, help: (fix: string) => string): RuleReport[] {
  const table = stmt.body.relation?.relname;
  const reports: RuleReport[] = [];
  const cmds = alterTableCommands(stmt);
  for (let i = 0; i < cmds.length; i++) {
    const cmd = cmds[i];
    if (cmd.subtype === "AT_AddColumn" && !cmd.missing_ok) {
      const column = cmd.def?.ColumnDef;
      reports.push({
        message: `ADD COLUMN \`${column?.colname}\` to \`${table}\` without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
        help: help("Write ADD COLUMN IF NOT EXISTS"),
        location: column?.location ?? stmt.body.relation?.location,
      });
    } else if ((cmd.subtype === "AT_DropColumn" || cmd.subtype === "AT_DropConstraint") && !cmd.missing_ok) {
      const what = cmd.subtype === "AT_DropColumn" ? "COLUMN" : "CONSTRAINT";
      reports.push({
        message: `DROP ${what} \`${cmd.name}\` of \`${table}\` without IF EXISTS outside a transaction: ${RERUN} "does not exist"`,
        help: help(`Write DROP ${what} IF EXISTS`),
        location: stmt.body.relation?.location,
      });
    } else if (cmd.subtype === "AT_AddConstraint") {
      const constraint = cmd.def?.Constraint;
      // ADD CONSTRAINT has no IF NOT EXISTS; the robust form drops it with IF EXISTS first.
      if (constraint?.conname && droppedIfExistsBefore(ctx, `${table}.${constraint.conname}`, stmt.index)) continue;
      reports.push({
        message: constraint?.conname
          ? `ADD CONSTRAINT \`${constraint.conname}\` on \`${table}\` outside a transaction: ${RERUN} "already exists"`
          : `unnamed constraint added to \`${table}\` outside a transaction: a re-run adds it a second time or fails`,
        help: help("Name the constraint and run ALTER TABLE ... DROP CONSTRAINT IF EXISTS before adding it"),
        location: constraint?.location ?? stmt.body.relation?.location,
      });
    }
  }
  return reports;
}
