import type { SqlRule } from "../types";

export const banDropDatabase: SqlRule = {
  meta: {
    id: "ban-drop-database",
    family: "breaking",
    defaultSeverity: "error",
    summary: "DROP DATABASE in a migration destroys a whole database.",
  },
  kinds: ["DropdbStmt"],
  check(stmt) {
    if (stmt.kind !== "DropdbStmt") return [];
    return [
      {
        message: `DROP DATABASE \`${stmt.body.dbname}\` destroys the whole database and every connection to it; a migration must never do this`,
        help: "Remove it from the migration. Dropping a database is an operations task, done by hand with a backup, never by `alembic upgrade`.",
      },
    ];
  },
};
