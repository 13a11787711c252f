// What a Python-level rule is: metadata as data plus a pure check over one parsed revision file's op.* calls
// and syntax tree. They run in every tier (no database, no import of the user's app).
import type { Node } from "web-tree-sitter";
import type { OpCall } from "../../revisions";
import type { RuleMeta } from "../types";
import { inOtherDialectBranch } from "./ast";

/** One `op.*` call as the static revision parser records it (`via` may be left out: a plain op.* call). */
export type PythonOpCall = Omit<OpCall, "via"> & { via?: OpCall["via"] };

export interface PythonRuleInput {
  /** Path of the revision file as findings show it (relative to the working directory). */
  file: string;
  revision?: string;
  /** The module node of the file's syntax tree. */
  root: Node;
  opCalls: readonly PythonOpCall[];
}

export interface PythonRuleReport {
  message: string;
  help: string;
  line: number;
  column?: number;
  /** SQL this corresponds to, when it is obvious (shown with the finding). */
  sql?: string;
  /**
   * The revision shows there is no problem here (an alter_column whose existing_type makes the type change free):
   * no finding is reported, and the SQL findings of the rule's sameAs at this call are dropped with it.
   */
  clears?: boolean;
  /**
   * Reported only where no SQL was rendered (the static tier): where a SQL finding of the rule's sameAs sits at the
   * same call, that finding is kept and this one dropped (the SQL rule reads what the revision leaves to the SQL).
   */
  yields?: boolean;
  /**
   * Reported only for a revision linted statically: where its SQL was rendered (offline, live), the SQL rule judges
   * that SQL with what ran before it in view, and this finding is dropped whatever the SQL rule decided.
   */
  staticOnly?: boolean;
}

export interface PythonRule {
  /** The finding's rule id. */
  id: string;
  /**
   * Metadata of a rule of its own (family "python"). Absent for the Alembic-level form of a SQL rule
   * (op.create_index without postgresql_concurrently is `require-concurrent-index-creation`): the finding
   * carries the SQL rule's id, so config, ignores and docs are shared.
   */
  meta?: RuleMeta;
  /** SQL rule ids that describe the same problem: their finding at the same line is dropped for this one. */
  sameAs: readonly string[];
  /**
   * The Alembic form judges only some of the SQL rule's cases (alter_column with a readable existing_type): in a
   * file linted statically, where the SQL is not rendered, an ignore of the rule may still be needed.
   */
  partial?: boolean;
  /** Does check() use the SQL scanner (libpg-query must be loaded: loadSqlParser())? */
  needsSqlParser?: boolean;
  check(input: PythonRuleInput): PythonRuleReport[];
}

/**
 * The op.* calls in upgrade(): what `alembic upgrade` runs on PostgreSQL, and what the offline and live tiers
 * lint as SQL (calls in a branch for another database, `if dialect == "mysql":`, are left out).
 */
export function upgradeCalls(input: PythonRuleInput, ...names: string[]): PythonOpCall[] {
  return input.opCalls.filter((c) => c.fn === "upgrade" && (names.length === 0 || names.includes(c.name)) && !inOtherDialectBranch(c.node));
}
