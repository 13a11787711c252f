// The Alembic form of the SQL rule require-concurrent-index-creation: op.create_index on an existing table
// without postgresql_concurrently=True.
import type { PythonRule } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, hasSplat, isTrue } from "./ast";
import { tableArguments, tablesCreatedInUpgrade } from "./tables";

export const pythonRequireConcurrentIndexCreation: PythonRule = {
  id: "require-concurrent-index-creation",
  sameAs: ["require-concurrent-index-creation"],
  check(input) {
    return upgradeCalls(input, "create_index").flatMap((c) => {
      const { keywords } = callArgs(c.node);
      if (isTrue(keywords.get("postgresql_concurrently")) || hasSplat(c.node)) return [];
      // A loop over literal table names (`for table in ["a", "b"]:`) builds one index on each.
      const created = tablesCreatedInUpgrade(input, c.line);
      const tables = tableArguments(c, 1)?.filter((t) => !created.has(t));
      if (!tables?.length) return [];
      const index = c.firstStringArg ? `index \`${c.firstStringArg}\`` : "an index";
      const where = tables.length === 1 ? `existing table \`${tables[0]}\`` : `each of the existing tables ${tables.map((t) => `\`${t}\``).join(", ")}`;
      return [
        {
          message: `op.create_index() builds ${index} on ${where} without postgresql_concurrently=True: the SHARE lock blocks every INSERT, UPDATE and DELETE until the build finishes`,
          help:
            "Pass postgresql_concurrently=True and run the call inside `with op.get_context().autocommit_block():` " +
            "(CONCURRENTLY cannot run in a transaction).",
          line: c.line,
          column: c.column,
        },
      ];
    });
  },
};
