// The Alembic form of the SQL rule require-concurrent-index-creation: op.create_index on an existing table
// without postgresql_concurrently=True.
import type { PythonRule } from "./types";
import { upgradeCalls } from "./types";
import { callArgs, hasSplat, isTrue } from "./ast";
import { tableArgument, tablesCreatedInUpgrade } from "./tables";

export const pythonRequireConcurrentIndexCreation: PythonRule = {
  id: "require-concurrent-index-creation",
  sameAs: ["require-concurrent-index-creation"],
  check(input) {
    return upgradeCalls(input, "create_index").flatMap((c) => {
      const { keywords } = callArgs(c.node);
      if (isTrue(keywords.get("postgresql_concurrently")) || hasSplat(c.node)) return [];
      const table = tableArgument(c, 1);
      if (!table || tablesCreatedInUpgrade(input, c.line).has(table)) return [];
      const index = c.firstStringArg ? `index \`${c.firstStringArg}\`` : "an index";
      return [
        {
          message: `op.create_index() builds ${index} on existing table \`${table}\` without postgresql_concurrently=True: the SHARE lock blocks every INSERT, UPDATE and DELETE until the build finishes`,
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
