import { pythonRuleMeta } from "../catalog/python";
import { splitStatements } from "../../sql/parse";
import type { PythonRule } from "./types";
import { callArgs, inOtherDialectBranch, resolvedString } from "./ast";

export const multiStatementExecute: PythonRule = {
  id: "multi-statement-execute",
  meta: pythonRuleMeta("multi-statement-execute"),
  sameAs: [],
  needsSqlParser: true,
  check(input) {
    return input.opCalls
      .filter((c) => c.name === "execute" && c.fn !== "other" && !inOtherDialectBranch(c.node))
      .flatMap((c) => {
        const sql = resolvedString(callArgs(c.node).positional[0] ?? callArgs(c.node).keywords.get("sqltext"), input.root);
        if (sql === undefined) return [];
        const count = splitStatements(sql, Buffer.byteLength(sql, "utf8")).filter(([from, to]) =>
          hasSqlTokens(Buffer.from(sql, "utf8").subarray(from, to).toString("utf8")),
        ).length;
        if (count < 2) return [];
        return [
          {
            message: `op.execute() in ${c.fn}() runs ${count} SQL statements in one string: asyncpg fails with "cannot insert multiple commands into a prepared statement", and an error points at no single statement`,
            help: "Call op.execute() once per statement.",
            line: c.line,
            column: c.column,
            sql,
          },
        ];
      });
  },
};

/** Is there anything but whitespace and comments? */
function hasSqlTokens(piece: string): boolean {
  const withoutComments = piece.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
  return withoutComments.trim().length > 0;
}
