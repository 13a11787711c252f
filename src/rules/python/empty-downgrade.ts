import { pythonRuleMeta } from "../catalog/python";
import type { PythonRule } from "./types";
import type { Node } from "web-tree-sitter";
import type { PythonRuleInput } from "./types";
import { callArgs, calleeName, descendants, emptiness, inOtherDialectBranch, position, resolvedString, topLevelFunction } from "./ast";

/** op.* calls that read or change rows, or help other calls: none of them changes the schema. */
const NON_SCHEMA_OPS = new Set(["get_bind", "get_context", "bulk_insert", "inline_literal", "f", "execute", "run_async"]);
/** First words of SQL that changes rows, not the schema. */
const DATA_SQL = /^(insert|update|delete|select|with|merge|copy|values|lock|set|show)\b/i;
const SQL_START = /^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/;
/** First words of SQL that changes the schema. */
const SCHEMA_SQL = /^(create|alter|drop|truncate|comment|grant|revoke|reindex|cluster|rename)\b/i;

/** SQL that creates something a second run of the same upgrade would trip on. */
const CREATING_SQL = /^(create\b|alter\s+table\b[\s\S]*\badd\b)/i;

/**
 * What upgrade() (and the module's functions it calls) visibly does to the schema: "creates" objects (an
 * op.create_* / add_column call, CREATE or ALTER TABLE ... ADD, or an op.execute() whose SQL cannot be read),
 * only "alters" them (alter_column, drops, renames), or nothing: a revision that only changes rows
 * (connection.execute(table.update()...), op.execute("UPDATE ...")) has no schema change to undo.
 */
function schemaEffect(input: PythonRuleInput, upgrade: Node): "creates" | "alters" | undefined {
  const bodies = calledFunctions(input.root, upgrade);
  const within = (node: Node) => bodies.some((b) => node.startIndex >= b.startIndex && node.endIndex <= b.endIndex);
  let effect: "alters" | undefined;
  const judge = (sql: string) => {
    const start = sql.replace(SQL_START, "");
    if (CREATING_SQL.test(start)) return "creates";
    if (SCHEMA_SQL.test(start)) effect = "alters";
    return undefined;
  };
  for (const call of input.opCalls) {
    if (!within(call.node) || inOtherDialectBranch(call.node)) continue;
    if (call.name.startsWith("create_") || call.name === "add_column") return "creates";
    if (!NON_SCHEMA_OPS.has(call.name)) effect = "alters";
    if (call.name !== "execute") continue;
    const { positional, keywords } = callArgs(call.node);
    const sql = resolvedString(positional[0] ?? keywords.get("sqltext"), input.root);
    if (sql === undefined || judge(sql)) return "creates";
    if (!DATA_SQL.test(sql.replace(SQL_START, ""))) effect = "alters";
  }
  for (const body of bodies) {
    for (const literal of descendants(body, "string")) {
      if (inOtherDialectBranch(literal)) continue;
      // Interpolated f-strings too ("ALTER TABLE {name} ADD ..."): the leading words are still literal.
      const text = literal.children.filter((c) => c?.type === "string_content").map((c) => c!.text).join("");
      if (judge(text)) return "creates";
    }
  }
  return effect;
}

/** upgrade() and the module-level functions it calls by name, directly or through each other. */
function calledFunctions(root: Node, upgrade: Node): Node[] {
  const found = [upgrade];
  const seen = new Set(["upgrade"]);
  for (let i = 0; i < found.length; i++) {
    for (const call of descendants(found[i], "call")) {
      const name = calleeName(call);
      if (!name || name.includes(".") || seen.has(name)) continue;
      seen.add(name);
      const def = topLevelFunction(root, name);
      if (def) found.push(def);
    }
  }
  return found;
}

export const emptyDowngrade: PythonRule = {
  id: "empty-downgrade",
  meta: pythonRuleMeta("empty-downgrade"),
  sameAs: [],
  check(input) {
    const upgrade = topLevelFunction(input.root, "upgrade");
    const downgrade = topLevelFunction(input.root, "downgrade");
    // Merge revisions and other no-op revisions have nothing to undo.
    if (!upgrade || emptiness(upgrade) !== undefined) return [];
    if (!downgrade) {
      return [
        {
          message: "the revision has no downgrade() function: `alembic downgrade` past it fails",
          help: "Add a downgrade() that undoes upgrade() step by step, in reverse order.",
          ...position(upgrade),
        },
      ];
    }
    const kind = emptiness(downgrade);
    if (!kind) return [];
    // A data-only revision (a backfill, a cleanup) leaves no objects behind for the next upgrade to trip on.
    const effect = schemaEffect(input, upgrade);
    const schema = effect !== undefined;
    const what = kind === "empty" ? "downgrade() does nothing" : "downgrade() raises NotImplementedError";
    const consequence =
      kind !== "empty"
        ? "the revision cannot be rolled back: a bad deploy cannot be undone with `alembic downgrade`"
        : effect === "creates"
          ? "`alembic downgrade` reports success but leaves every change of upgrade() in place, and the next upgrade fails on objects that already exist"
          : effect === "alters"
            ? "`alembic downgrade` reports success but leaves every change of upgrade() in place: the database no longer matches the revision it is stamped with"
            : "`alembic downgrade` reports success but leaves the rows as upgrade() changed them, and the next upgrade changes them again";
    return [
      {
        message: `${what} while upgrade() changes ${schema ? "the schema" : "data (no schema change)"}: ${consequence}`,
        help:
          (schema
            ? "Write the inverse of upgrade() in reverse order (drop what it created, re-create what it dropped). "
            : "Write the inverse data change if there is one. ") +
          "If it truly cannot be undone, say so on purpose: set `minimum_downgrade_revision` in [tool.alembic-guard] " +
          "or add `# alembic-guard: ignore[empty-downgrade]` above the def with the reason.",
        ...position(downgrade),
      },
    ];
  },
};
