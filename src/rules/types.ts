// What a rule is: metadata as plain data (docs, config validation and `rules` use it without
// running anything) plus, for SQL rules, a pure check over one parsed statement and its context.
import type { Severity } from "../findings";
import type { Statement, LintContext } from "../sql/types";

export type RuleFamily =
  | "graph" // revision graph checks (src/graph)
  | "locks" // locks and table rewrites
  | "breaking" // changes that break running application code
  | "transactions" // transaction misuse
  | "hygiene" // types and naming that hurt later
  | "data" // data-migration hazards
  | "python" // rules over op.* calls in revision files
  | "roundtrip" // observed on a real PostgreSQL
  | "policy" // team policies (ownership, modified history)
  | "meta"; // syntax errors, unused ignores, tool problems

export interface RuleMeta {
  /** kebab-case id; the contract with users' config and ignores. */
  id: string;
  family: RuleFamily;
  /** "off" = opt-in. */
  defaultSeverity: Severity | "off";
  /** One line: what the rule catches (shown by `alembic-guard rules`). */
  summary: string;
  /** Only applies from this PostgreSQL major version on. */
  minPgVersion?: number;
  /** Only applies before this PostgreSQL major version. */
  maxPgVersion?: number;
}

/** What a SQL rule reports; the engine adds severity, file, line, column and docs. */
export interface RuleReport {
  message: string;
  help: string;
  /** A libpg-query node `location` (UTF-8 byte offset in the parsed text) to point the column at; default: the statement start. */
  location?: number;
}

export interface SqlRule {
  meta: RuleMeta;
  /**
   * Optional: the statement kinds (node tags such as "IndexStmt") this rule can report on. When given, the engine
   * calls check only for those statements; when absent, for every statement.
   */
  kinds?: readonly string[];
  /**
   * Optional, for rules that look at ALTER TABLE: the subcommand subtypes (such as "AT_AddColumn") it can report on.
   * When given, the engine calls check for an ALTER TABLE only when one of its subcommands is of these subtypes.
   */
  subcommands?: readonly string[];
  /**
   * Optional: the statements of this unit (by index) the rule can report on. Asked once per unit, before any check;
   * check is then called only for those statements. For rules whose findings come out of a per-unit analysis
   * (computed with ctx.memo and reused by check) while their kinds cover most statements.
   */
  reportsOn?(ctx: LintContext): { has(index: number): boolean };
  /** Pure: no I/O, no re-parsing. Called once per statement, in order. */
  check(stmt: Statement, ctx: LintContext): RuleReport[];
}
