// Small readers for libpg-query name shapes shared by many rules.
import type { PgNode, QualifiedName, Statement } from "./types";

export function qualifiedRelation(relation: { schemaname?: string; relname?: string } | undefined): QualifiedName {
  return { schema: relation?.schemaname, name: relation?.relname ?? "?" };
}

/** ["public", "users"] from a list of { String: { sval } } nodes. */
export function nameParts(names: Array<{ String?: { sval?: string } }> | undefined): string[] {
  const out: string[] = [];
  if (names) for (let i = 0; i < names.length; i++) out.push(names[i].String?.sval ?? "");
  return out;
}

/** A type name as written, e.g. "int4", "varchar", "timestamp"; pg_catalog prefix dropped. */
export function typeNameOf(typeName: { names?: Array<{ String?: { sval?: string } }> } | undefined): string {
  const names = typeName?.names;
  if (!names || names.length === 0) return "";
  const first = names[0].String?.sval ?? "";
  // The common shapes without building arrays: [name] and [pg_catalog, name].
  if (names.length === 1) return first === "pg_catalog" ? "" : first;
  if (names.length === 2 && first === "pg_catalog") return names[1].String?.sval ?? "";
  const parts = nameParts(names);
  return (parts[0] === "pg_catalog" ? parts.slice(1) : parts).join(".");
}

/** `schema.name`, or `name` when unqualified, for messages. */
export function displayName(name: QualifiedName): string {
  return name.schema ? `${name.schema}.${name.name}` : name.name;
}

/** The ALTER TABLE subcommands of a statement, unwrapped (empty for anything else). */
export function alterTableCommands(stmt: Statement): PgNode[] {
  if (stmt.kind !== "AlterTableStmt") return [];
  // Many rules ask this of every ALTER TABLE, mostly before the code warms up: no callbacks, and the usual single
  // subcommand as an exact-size literal (push() would allocate room for 17).
  const cmds: PgNode[] | undefined = stmt.body.cmds;
  if (!cmds) return [];
  if (cmds.length === 1) return cmds[0].AlterTableCmd ? [cmds[0].AlterTableCmd] : [];
  const out: PgNode[] = [];
  for (let i = 0; i < cmds.length; i++) if (cmds[i].AlterTableCmd) out.push(cmds[i].AlterTableCmd);
  return out;
}
