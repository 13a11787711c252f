import type { SqlRule, RuleReport } from "../types";
import type { PgNode, Statement } from "../../sql/types";
import { alterTableCommands, nameParts } from "../../sql/names";

/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_IDENTIFIER_BYTES = 63;

interface DefinedName {
  what: string;
  name: string;
  location?: number;
}

/**
 * Can the name be 60 bytes or more? A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter than 20 units cannot.
 * Columns and constraints are many: the short ones are left out of the list right away.
 */
function mayReachLimit(name: string | undefined): boolean {
  return Boolean(name) && name!.length * 3 >= MAX_IDENTIFIER_BYTES - 3;
}

function constraintName(c: PgNode | undefined, out: DefinedName[]): void {
  if (c?.conname && mayReachLimit(c.conname)) out.push({ what: "constraint", name: c.conname, location: c.location });
}

function columnNames(def: PgNode, out: DefinedName[]): void {
  if (mayReachLimit(def.colname)) out.push({ what: "column", name: def.colname, location: def.location });
  const constraints: PgNode[] = def.constraints ?? [];
  for (let i = 0; i < constraints.length; i++) constraintName(constraints[i].Constraint, out);
}

/** The names a statement defines (references to existing objects are truncated the same way and still match). */
function definedNames(stmt: Statement): DefinedName[] {
  const b = stmt.body;
  switch (stmt.kind) {
    case "CreateStmt": {
      const out: DefinedName[] = [{ what: "table", name: b.relation?.relname, location: b.relation?.location }];
      const elts: PgNode[] = b.tableElts ?? [];
      for (let i = 0; i < elts.length; i++) {
        const e = elts[i];
        if (e.ColumnDef) columnNames(e.ColumnDef, out);
        else constraintName(e.Constraint, out);
      }
      return out;
    }
    case "AlterTableStmt": {
      const out: DefinedName[] = [];
      const cmds = alterTableCommands(stmt);
      for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i];
        if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) columnNames(cmd.def.ColumnDef, out);
        else if (cmd.subtype === "AT_AddConstraint") constraintName(cmd.def?.Constraint, out);
      }
      return out;
    }
    case "IndexStmt":
      return b.idxname ? [{ what: "index", name: b.idxname }] : [];
    case "CreateTableAsStmt":
      return [{ what: b.objtype === "OBJECT_MATVIEW" ? "materialized view" : "table", name: b.into?.rel?.relname, location: b.into?.rel?.location }];
    case "ViewStmt":
      return [{ what: "view", name: b.view?.relname, location: b.view?.location }];
    case "CreateSeqStmt":
      return [{ what: "sequence", name: b.sequence?.relname, location: b.sequence?.location }];
    case "CreateSchemaStmt":
      return [{ what: "schema", name: b.schemaname }];
    case "CreateEnumStmt":
      return [{ what: "type", name: nameParts(b.typeName).at(-1) ?? "" }];
    case "CreateDomainStmt":
      return [{ what: "domain", name: nameParts(b.domainname).at(-1) ?? "" }];
    case "RenameStmt":
      return [{ what: "new name", name: b.newname }];
    default:
      return [];
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The parser has already cut the name to 63 bytes (at a character boundary), so a name of 60–63 bytes may be the
 * stump of a longer one: look for the longer spelling in the statement text.
 */
function originalSpelling(stmt: Statement, truncated: string): string | undefined {
  const prefix = escapeRegExp(truncated);
  const pattern = new RegExp(`"(${prefix}(?:[^"]|"")+)"|(${prefix}[\\p{L}\\p{N}_$]+)`, "giu");
  for (const match of stmt.sql.matchAll(pattern)) {
    const original = match[1]?.replace(/""/g, '"') ?? match[2];
    if (original && original.length > truncated.length) return original;
  }
  return undefined;
}

export const identifierTooLong: SqlRule = {
  meta: {
    id: "identifier-too-long",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "Names longer than 63 bytes are silently truncated by PostgreSQL.",
  },
  kinds: [
    "CreateStmt",
    "AlterTableStmt",
    "IndexStmt",
    "CreateTableAsStmt",
    "ViewStmt",
    "CreateSeqStmt",
    "CreateSchemaStmt",
    "CreateEnumStmt",
    "CreateDomainStmt",
    "RenameStmt",
  ],
  subcommands: ["AT_AddColumn", "AT_AddConstraint"],
  check(stmt) {
    const reports: RuleReport[] = [];
    const names = definedNames(stmt);
    for (let i = 0; i < names.length; i++) {
      const defined = names[i];
      if (!mayReachLimit(defined.name) || Buffer.byteLength(defined.name, "utf8") < MAX_IDENTIFIER_BYTES - 3) continue;
      const original = originalSpelling(stmt, defined.name);
      if (!original) continue;
      reports.push({
        message:
          `${defined.what} name "${original}" is ${Buffer.byteLength(original, "utf8")} bytes; PostgreSQL silently truncates it to ` +
          `"${defined.name}" (63 bytes max), so the database disagrees with the models and Alembic autogenerate, and names that ` +
          "share those first 63 bytes collide",
        help:
          "Choose a name of at most 63 bytes (for SQLAlchemy naming conventions, shorten the pattern or the table/column parts), " +
          "and use that same name in op.* calls and the downgrade.",
        location: defined.location,
      });
    }
    return reports;
  },
};
