// Small readers for libpg-query name shapes shared by many rules.
import type { QualifiedName } from "./types";

export function qualifiedRelation(relation: { schemaname?: string; relname?: string } | undefined): QualifiedName {
  return { schema: relation?.schemaname, name: relation?.relname ?? "?" };
}

/** ["public", "users"] from a list of { String: { sval } } nodes. */
export function nameParts(names: Array<{ String?: { sval?: string } }> | undefined): string[] {
  return (names ?? []).map((n) => n.String?.sval ?? "");
}

/** A type name as written, e.g. "int4", "varchar", "timestamp"; pg_catalog prefix dropped. */
export function typeNameOf(typeName: { names?: Array<{ String?: { sval?: string } }> } | undefined): string {
  const parts = nameParts(typeName?.names);
  return (parts[0] === "pg_catalog" ? parts.slice(1) : parts).join(".");
}
