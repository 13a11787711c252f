import type { SqlRule, RuleReport } from "../types";
import type { PgNode } from "../../sql/types";
import { walkAst } from "./util-transactions";

/** The second and later plain (no subscript / field) assignments to the same column in one list. */
function duplicates(targets: PgNode[] | undefined): Array<{ name: string; location?: number }> {
  const out: Array<{ name: string; location?: number }> = [];
  if (!targets || targets.length < 2) return out;
  const seen = new Set<string>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i].ResTarget;
    if (!t) continue;
    // SET arr[1] = …, arr[2] = … and SET comp.a = …, comp.b = … are legitimate.
    if (t.indirection?.length) continue;
    if (seen.has(t.name)) out.push({ name: t.name, location: t.location });
    seen.add(t.name);
  }
  return out;
}

// The keyword as a token: not inside a longer identifier (`updated_at`, `last_update`). Conservative: a digit
// before it still counts, and so does the word in strings, comments or quoted names; they only cost the walk.
const INSERT_WORD = /(?<![A-Za-z_$\u0080-\uffff])insert(?![A-Za-z0-9_$\u0080-\uffff])/gi;
const UPDATE_WORD = /(?<![A-Za-z_$\u0080-\uffff])update(?![A-Za-z0-9_$\u0080-\uffff])/gi;

/**
 * Can the statement contain an INSERT or UPDATE below its top level (a data-modifying CTE)? Only if the text has
 * the keyword for it besides the top-level statement's own (keywords cannot be escaped): skip the whole-AST walk for
 * the many statements that do not. FOR UPDATE or ON CONFLICT DO UPDATE also count, they only cost the walk.
 */
function mayNestDataModification(sql: string, kind: string): boolean {
  return occursAtLeast(INSERT_WORD, sql, kind === "InsertStmt" ? 2 : 1) || occursAtLeast(UPDATE_WORD, sql, kind === "UpdateStmt" ? 2 : 1);
}

/** Does the global pattern match `times` times in the text? (Counts with test(), without building the match list.) */
function occursAtLeast(word: RegExp, text: string, times: number): boolean {
  word.lastIndex = 0;
  for (let i = 0; i < times; i++) if (!word.test(text)) return false;
  return true;
}

export const banDuplicateColumnAssignments: SqlRule = {
  meta: {
    id: "ban-duplicate-column-assignments",
    family: "hygiene",
    defaultSeverity: "error",
    summary: "UPDATE … SET a = 1, a = 2 or INSERT (a, a): PostgreSQL rejects the statement.",
  },
  kinds: ["UpdateStmt", "InsertStmt", "SelectStmt", "DeleteStmt"],
  check(stmt) {
    const reports: RuleReport[] = [];
    const visit = (tag: string, node: PgNode) => {
      if (tag === "UpdateStmt")
        for (const d of duplicates(node.targetList))
          reports.push({
            message: `UPDATE assigns column \`${d.name}\` more than once: PostgreSQL rejects it with "multiple assignments to same column \\"${d.name}\\""`,
            help: `Keep one assignment to \`${d.name}\` (combine the expressions, e.g. with CASE).`,
            location: d.location,
          });
      if (tag === "InsertStmt") {
        for (const d of duplicates(node.cols))
          reports.push({
            message: `INSERT lists column \`${d.name}\` more than once: PostgreSQL rejects it with "column \\"${d.name}\\" specified more than once"`,
            help: `List \`${d.name}\` once in the column list and drop the matching value.`,
            location: d.location,
          });
        for (const d of duplicates(node.onConflictClause?.targetList))
          reports.push({
            message: `ON CONFLICT DO UPDATE assigns column \`${d.name}\` more than once: PostgreSQL rejects it with "multiple assignments to same column"`,
            help: `Keep one assignment to \`${d.name}\`.`,
            location: d.location,
          });
      }
    };
    visit(stmt.kind, stmt.body);
    if (mayNestDataModification(stmt.sql, stmt.kind)) walkAst(stmt.body, visit);
    return reports;
  },
};
