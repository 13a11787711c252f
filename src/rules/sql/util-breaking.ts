// AST readers shared by the "breaking" family (drops, renames, truncates).
import type { LintContext, QualifiedName, Statement } from "../../sql/types";
import { nameParts } from "../../sql/names";

/** A DropStmt object (`{ List: { items: [String…] } }` for relations, `{ String }` for schemas) as a qualified name. */
export function dropObjectName(object: { List?: { items?: Array<{ String?: { sval?: string } }> }; String?: { sval?: string } }): QualifiedName {
  const parts = object.List ? nameParts(object.List.items) : [object.String?.sval ?? "?"];
  // [catalog.]schema.name: keep the last two parts.
  return { schema: parts.length > 1 ? parts.at(-2) : undefined, name: parts.at(-1) ?? "?" };
}

/** A type name list such as [mood] or [public, mood] as a qualified name. */
export function typeNameFromParts(names: Array<{ String?: { sval?: string } }> | undefined): QualifiedName {
  const parts = nameParts(names);
  return { schema: parts.length > 1 ? parts.at(-2) : undefined, name: parts.at(-1) ?? "?" };
}

/** Was the schema created (CREATE SCHEMA) by an earlier statement of the same unit? */
export function schemaCreatedEarlier(ctx: LintContext, schema: string, beforeIndex: number): boolean {
  const firstCreate = ctx.memo("breaking.schemasCreatedAt", () => {
    const at = new Map<string, number>();
    for (const s of ctx.statements) if (s.kind === "CreateSchemaStmt" && !at.has(s.body.schemaname)) at.set(s.body.schemaname, s.index);
    return at;
  }).get(schema);
  return firstCreate !== undefined && firstCreate < beforeIndex;
}

/** ALTER TABLE / ALTER FOREIGN TABLE (not ALTER INDEX, VIEW, SEQUENCE, TYPE …). */
export function isAlterOfTable(stmt: Statement): boolean {
  return stmt.kind === "AlterTableStmt" && (stmt.body.objtype === "OBJECT_TABLE" || stmt.body.objtype === "OBJECT_FOREIGN_TABLE");
}

