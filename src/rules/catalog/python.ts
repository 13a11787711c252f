// Metadata of the "python" rules, as plain data: checks over the op.* calls of revision files, run in every tier.
// The checks live in src/rules/python (PYTHON_RULES in src/rules/python/index.ts); they are not imported here
// because the registry loads this file and some checks use the SQL scanner, which loads the registry.
import type { RuleMeta } from "../types";

export const PYTHON_RULE_METAS: readonly RuleMeta[] = [
  {
    id: "concurrently-outside-autocommit-block",
    family: "python",
    defaultSeverity: "error",
    summary: "op.create_index/drop_index(..., postgresql_concurrently=True) outside `autocommit_block()`: PostgreSQL refuses CONCURRENTLY in a transaction.",
  },
  {
    id: "empty-downgrade",
    family: "python",
    defaultSeverity: "warning",
    summary: "downgrade() does nothing (`pass`) or raises NotImplementedError while upgrade() changes the schema: the revision cannot be rolled back.",
  },
  {
    id: "enum-not-dropped-in-downgrade",
    family: "python",
    defaultSeverity: "error",
    summary: "An enum type created in upgrade() (sa.Enum(..., name=...) / postgresql.ENUM) is never dropped in downgrade(): `downgrade base` leaves an orphan type.",
  },
  {
    id: "multi-statement-execute",
    family: "python",
    defaultSeverity: "warning",
    summary: "One op.execute() string holds several SQL statements: asyncpg (and any prepared-statement driver) rejects it.",
  },
  // Findings of the check command itself about what it could not do (family "meta").
  {
    id: "base-ref-missing",
    family: "meta",
    defaultSeverity: "error",
    summary: "--base-ref names a git ref this clone does not have (or there is no repository): every revision was checked, history policies did not run.",
  },
  {
    id: "env-import-failed",
    family: "meta",
    defaultSeverity: "warning",
    summary: "Alembic could not load env.py, so the SQL came from the static parse of op.execute() strings only.",
  },
  {
    id: "offline-sql-unavailable",
    family: "meta",
    defaultSeverity: "info",
    summary: "A revision could not be rendered in Alembic's offline (--sql) mode (it reads the database), so its SQL came from the static parse.",
  },
  {
    id: "python-unavailable",
    family: "meta",
    defaultSeverity: "warning",
    summary: "The Python given with --python (or `python` in the config) cannot import alembic, so only the static tier ran.",
  },
];

export function pythonRuleMeta(id: string): RuleMeta {
  const meta = PYTHON_RULE_METAS.find((m) => m.id === id);
  if (!meta) throw new Error(`no python rule metadata for ${id}`);
  return meta;
}
