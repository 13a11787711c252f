// Which tables a revision's upgrade() creates itself: an index, a NOT NULL column or a foreign key on a table
// created in the same revision locks nobody out (the table is empty and invisible to other sessions).
// Also: reading the table and the arguments after it for op.* and batch_op.* calls alike.
import type { Node } from "web-tree-sitter";
import type { PythonOpCall, PythonRuleInput } from "./types";
import { callArgs, inOtherDialectBranch, stringValue } from "./ast";
import { ancestors } from "../../revisions/tree";

export function tablesCreatedInUpgrade(input: PythonRuleInput, beforeLine = Infinity): Set<string> {
  const tables = new Set<string>();
  for (const call of input.opCalls) {
    if (call.fn !== "upgrade" || call.name !== "create_table" || call.line > beforeLine || inOtherDialectBranch(call.node)) continue;
    const name = call.firstStringArg ?? stringValue(callArgs(call.node).keywords.get("table_name"));
    if (name) tables.add(name);
  }
  return tables;
}

/**
 * The table an op.* call works on: `table_name=`, or the positional argument at `index` (op.create_index's
 * table is its 2nd argument: index 1). A batch_op call has no table argument: the batch's table.
 */
export function tableArgument(call: PythonOpCall, index: number, keyword = "table_name"): string | undefined {
  if (call.via === "batch") return call.batchTable;
  const { positional, keywords } = callArgs(call.node);
  return stringValue(keywords.get(keyword) ?? positional[index]);
}

/**
 * The tables an op.* call works on: its literal table, or, for a loop variable (`for table in ["a", "b"]:
 * op.create_index(..., table, ...)`), every name of the literal list or tuple the loop runs over. Undefined when
 * the table is not known exactly.
 */
export function tableArguments(call: PythonOpCall, index: number, keyword = "table_name"): string[] | undefined {
  const literal = tableArgument(call, index, keyword);
  if (literal) return [literal];
  if (call.via === "batch") return undefined;
  const { positional, keywords } = callArgs(call.node);
  const arg = keywords.get(keyword) ?? positional[index];
  return arg?.type === "identifier" ? loopLiterals(arg) : undefined;
}

/** The string literals an enclosing `for name in [...]` / `(...)` binds the identifier to. */
function loopLiterals(name: Node): string[] | undefined {
  for (const p of ancestors(name)) {
    if (p.type === "function_definition") return undefined;
    if (p.type !== "for_statement" || p.childForFieldName("left")?.text !== name.text) continue;
    const right = p.childForFieldName("right");
    if (right?.type !== "list" && right?.type !== "tuple") return undefined;
    const values = right.namedChildren.map((item) => stringValue(item));
    return values.length > 0 && values.every((v): v is string => v !== undefined) ? values : undefined;
  }
  return undefined;
}

/**
 * The positional argument `index` of the op.* form (table included); batch_op calls omit the table, which
 * is argument `tableIndex` of the op.* form, so later arguments shift left by one.
 */
export function argumentAfterTable(call: PythonOpCall, index: number, tableIndex: number): Node | undefined {
  const { positional } = callArgs(call.node);
  if (call.via === "batch" && index > tableIndex) return positional[index - 1];
  return positional[index];
}
