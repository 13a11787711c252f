import type { SqlRule } from "../types";
import { dropObjectName, schemaCreatedEarlier } from "./util-breaking";

export const banDropSchema: SqlRule = {
  meta: {
    id: "ban-drop-schema",
    family: "breaking",
    defaultSeverity: "error",
    summary: "DROP SCHEMA removes a whole namespace (with CASCADE, every table in it).",
  },
  kinds: ["DropStmt"],
  check(stmt, ctx) {
    if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_SCHEMA") return [];
    const cascade = stmt.body.behavior === "DROP_CASCADE";
    return (stmt.body.objects ?? [])
      .map((o: Parameters<typeof dropObjectName>[0]) => dropObjectName(o).name)
      .filter((schema: string) => !schemaCreatedEarlier(ctx, schema, stmt.index))
      .map((schema: string) => ({
        message: cascade
          ? `DROP SCHEMA \`${schema}\` CASCADE deletes every table, view, type and function in it, with their data`
          : `dropping schema \`${schema}\` breaks every running application instance and search_path that still refers to it`,
        help:
          "Move or drop the objects in the schema one by one in reviewed revisions (op.drop_table(), ...) after the code stops using them; " +
          "never drop a schema with CASCADE from a migration.",
      }));
  },
};
