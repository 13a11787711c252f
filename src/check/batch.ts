// Alembic runs a batch_alter_table block's operations when the block exits, so the offline and live tiers see
// their SQL at the `with` line. Put each such SQL finding back on the batch_op.* call that emitted it, matched by
// what the statement does (PostgreSQL's parser says) and the object it names.
import { parseSync } from "libpg-query";
import type { Node } from "web-tree-sitter";
import type { Finding } from "../findings";
import type { OpCall, RevisionDetail } from "../revisions";
import { relativePath } from "../revisions";
import { ancestors } from "../revisions/tree";
import { callArgs, calleeName, lastName, stringValue } from "../rules/python/ast";

interface BatchBlock {
  withLine: number;
  calls: OpCall[];
}

/** What one statement does, as the batch operation that would emit it, and the object it names. */
interface StatementSubject {
  op: string;
  name: string;
}

/** Move SQL findings that sit on a batch block's `with` line to the batch call that emitted the statement. */
export function attributeBatchFindings(findings: Finding[], details: Map<string, RevisionDetail>, cwd: string): void {
  const blocksByFile = new Map<string, Map<number, BatchBlock>>();
  for (const detail of details.values()) {
    const blocks = new Map<number, BatchBlock>();
    for (const call of detail.opCalls) {
      if (call.via !== "batch") continue;
      const withLine = enclosingWithLine(call.node);
      if (withLine === undefined) continue;
      const block = blocks.get(withLine) ?? { withLine, calls: [] };
      block.calls.push(call);
      blocks.set(withLine, block);
    }
    if (blocks.size) blocksByFile.set(relativePath(cwd, detail.file), blocks);
  }
  if (blocksByFile.size === 0) return;
  for (const f of findings) {
    const block = blocksByFile.get(f.file)?.get(f.line);
    if (!block || !f.sql) continue;
    const subject = statementSubject(f.sql);
    if (!subject) continue;
    const matches = block.calls.filter((c) => c.name === subject.op && sameName(callSubject(c), subject.name));
    if (matches.length !== 1) continue;
    f.line = matches[0].line;
    f.column = matches[0].column;
  }
}

function enclosingWithLine(node: Node): number | undefined {
  for (const p of ancestors(node)) if (p.type === "with_statement") return p.startPosition.row + 1;
  return undefined;
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** The object a batch call names: the column for add_column (inside its sa.Column), else its first string argument. */
function callSubject(call: OpCall): string | undefined {
  if (call.name === "add_column") {
    const column = callArgs(call.node).positional[0];
    if (column?.type === "call" && lastName(calleeName(column)) === "Column") return stringValue(callArgs(column).positional[0]);
    return undefined;
  }
  if (call.firstStringArg !== undefined) return call.firstStringArg;
  // op.f("ix_users_email"): the name as given, what autogenerate writes.
  const first = callArgs(call.node).positional[0];
  if (first?.type === "call" && lastName(calleeName(first)) === "f") return stringValue(callArgs(first).positional[0]);
  return undefined;
}

function statementSubject(sql: string): StatementSubject | undefined {
  let stmt: Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    stmt = parseSync(sql).stmts?.[0]?.stmt;
  } catch {
    return undefined;
  }
  if (!stmt) return undefined;
  if (stmt.IndexStmt?.idxname) return { op: "create_index", name: stmt.IndexStmt.idxname };
  if (stmt.DropStmt?.removeType === "OBJECT_INDEX") {
    const parts = stmt.DropStmt.objects?.[0]?.List?.items ?? [];
    const name = parts.at(-1)?.String?.sval;
    return name ? { op: "drop_index", name } : undefined;
  }
  if (stmt.RenameStmt?.renameType === "OBJECT_COLUMN") return { op: "alter_column", name: stmt.RenameStmt.subname };
  const cmds = stmt.AlterTableStmt?.cmds;
  if (!cmds || cmds.length !== 1) return undefined;
  const cmd = cmds[0].AlterTableCmd;
  switch (cmd?.subtype) {
    case "AT_AddColumn":
      return { op: "add_column", name: cmd.def?.ColumnDef?.colname };
    case "AT_DropColumn":
      return { op: "drop_column", name: cmd.name };
    case "AT_AlterColumnType":
    case "AT_SetNotNull":
    case "AT_DropNotNull":
    case "AT_ColumnDefault":
      return { op: "alter_column", name: cmd.name };
    case "AT_DropConstraint":
      return { op: "drop_constraint", name: cmd.name };
    case "AT_AddConstraint": {
      const c = cmd.def?.Constraint;
      const op = c?.contype === "CONSTR_FOREIGN" ? "create_foreign_key" : c?.contype === "CONSTR_UNIQUE" ? "create_unique_constraint" : c?.contype === "CONSTR_CHECK" ? "create_check_constraint" : undefined;
      return op && c.conname ? { op, name: c.conname } : undefined;
    }
    default:
      return undefined;
  }
}
