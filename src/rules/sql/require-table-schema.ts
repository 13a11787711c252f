import type { SqlRule } from "../types";
import type { PgNode } from "../../sql/types";

export const requireTableSchema: SqlRule = {
  meta: {
    id: "require-table-schema",
    family: "hygiene",
    defaultSeverity: "off",
    summary: "Opt-in: CREATE TABLE must name its schema (schema.table) instead of relying on search_path.",
  },
  kinds: ["CreateStmt", "CreateTableAsStmt"],
  check(stmt) {
    const relation: PgNode | undefined = stmt.kind === "CreateStmt" ? stmt.body.relation : stmt.body.into?.rel;
    // Temporary tables live in pg_temp and cannot be schema-qualified otherwise.
    if (!relation || relation.schemaname || relation.relpersistence === "t") return [];
    return [
      {
        message:
          `table \`${relation.relname}\` is created without a schema: it lands in the first schema of the migrating role's search_path, ` +
          "which can differ between environments (and from the schema the application reads)",
        help: `Name the schema: op.create_table("${relation.relname}", ..., schema="app") or CREATE TABLE app.${relation.relname} (...).`,
        location: relation.location,
      },
    ];
  },
};
