import { pythonRuleMeta } from "../catalog/python";
import type { PythonRule } from "./types";
import { callArgs, inOtherDialectBranch, isTrue } from "./ast";

const CONCURRENT_OPS = ["create_index", "drop_index"];

export const concurrentlyOutsideAutocommitBlock: PythonRule = {
  id: "concurrently-outside-autocommit-block",
  meta: pythonRuleMeta("concurrently-outside-autocommit-block"),
  sameAs: ["ban-concurrent-index-creation-in-transaction", "ban-concurrent-index-deletion-in-transaction"],
  check(input) {
    return input.opCalls
      .filter((c) => c.fn !== "other" && CONCURRENT_OPS.includes(c.name) && !c.inAutocommitBlock && !inOtherDialectBranch(c.node))
      .filter((c) => isTrue(callArgs(c.node).keywords.get("postgresql_concurrently")))
      .map((c) => {
        const index = c.firstStringArg ? `index \`${c.firstStringArg}\`` : "the index";
        const verb = c.name === "create_index" ? "builds" : "drops";
        return {
          message: `op.${c.name}() ${verb} ${index} CONCURRENTLY inside the migration's transaction in ${c.fn}(): PostgreSQL fails with "${c.name === "create_index" ? "CREATE INDEX" : "DROP INDEX"} CONCURRENTLY cannot run inside a transaction block"`,
          help: `Move the call into \`with op.get_context().autocommit_block():\` so it runs outside Alembic's transaction.`,
          line: c.line,
          column: c.column,
        };
      });
  },
};
