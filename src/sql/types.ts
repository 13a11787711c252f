// Parsed SQL as the rules see it.

/** A libpg-query AST node wrapper such as { IndexStmt: {...} }. The AST is plain JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PgNode = Record<string, any>;

export interface Statement {
  /** Position in the unit (file or revision), 0-based. */
  index: number;
  /** The statement's text as written. */
  sql: string;
  /** Node tag, e.g. "IndexStmt", "AlterTableStmt". */
  kind: string;
  /** The inner node, e.g. the value of { IndexStmt: ... }. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Does this statement run inside a transaction block (explicit BEGIN, or Alembic's per-migration transaction)? */
  inTransaction: boolean;
  /** Where a finding about this statement points (a .sql file position or the Python line of the op.* call). */
  file: string;
  line: number;
  column?: number;
  /** Last line of the statement (same as `line` for Python-sourced SQL). */
  endLine?: number;
  revision?: string;
  /** Where a node `location` inside this statement is (for Python-sourced SQL: the op.* call line). */
  locate(nodeLocation: number): { line: number; column?: number };
}

export interface QualifiedName {
  schema?: string;
  name: string;
}

export interface LintContext {
  /** PostgreSQL major version the migration targets. */
  pgVersion: number;
  statements: readonly Statement[];
  /** Was this table created by an earlier statement of the same unit (file or revision)? Then it is empty and nobody else can be using it. */
  tableCreatedEarlier(table: QualifiedName, beforeIndex: number): boolean;
  /** Was this type (enum, domain, composite) created earlier in the same unit? */
  typeCreatedEarlier(type: QualifiedName, beforeIndex: number): boolean;
  /** The last value a `SET name = value` (or SET LOCAL / set_config) gave this setting before the statement, lower-cased name. */
  settingBefore(name: string, beforeIndex: number): string | undefined;
  /** Was this index created earlier in the same unit (CREATE INDEX name, schema taken from its table)? */
  indexCreatedEarlier(index: QualifiedName, beforeIndex: number): boolean;
  /**
   * A timeout setting in force before the statement, in milliseconds ('5s', '100ms', '1min', 5000);
   * 0 means "no timeout" (PostgreSQL's default); undefined when never set in this unit.
   */
  timeoutMillisBefore(name: "lock_timeout" | "statement_timeout" | "idle_in_transaction_session_timeout", beforeIndex: number): number | undefined;
  /**
   * A fact about the whole unit, computed on first use and kept for the rest of the unit. Rules are called once
   * per statement; anything that looks across statements belongs here, so a 10,000-statement file stays linear.
   * `key` names the fact (one fixed string per fact, e.g. "transactions.explicitBegin").
   */
  memo<T>(key: string, compute: () => T): T;
}
