// Metadata of the "roundtrip" findings (their checks live in src/roundtrip; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const ROUNDTRIP_RULE_METAS: readonly RuleMeta[] = [
  {
    id: "access-exclusive-lock-observed",
    family: "roundtrip",
    defaultSeverity: "info",
    summary: "Observed on a real PostgreSQL: the migration held an ACCESS EXCLUSIVE lock on a table that existed before it, blocking every read and write until commit.",
  },
  {
    id: "downgrade-base-leftovers",
    family: "roundtrip",
    defaultSeverity: "error",
    summary: "`alembic downgrade base` from head leaves objects behind (tables, enum/composite types, domains, sequences, functions, views, extensions).",
  },
  {
    id: "downgrade-mismatch",
    family: "roundtrip",
    defaultSeverity: "error",
    summary: "Upgrading a revision and downgrading it again does not give back the schema it started from: an object is left behind, missing or different.",
  },
  {
    id: "irreversible-migration",
    family: "roundtrip",
    defaultSeverity: "info",
    summary: "downgrade() raises NotImplementedError: the revision cannot be rolled back (set minimum_downgrade_revision if that is on purpose).",
  },
  {
    id: "migration-failed",
    family: "roundtrip",
    defaultSeverity: "error",
    summary: "An upgrade or downgrade raised on a real PostgreSQL (with --with-rows: on tables that hold a row, as in production).",
  },
  {
    id: "model-drift",
    family: "roundtrip",
    defaultSeverity: "error",
    summary: "After `upgrade head` the database differs from the models' metadata (what `alembic revision --autogenerate` would pick up).",
  },
  {
    id: "reupgrade-mismatch",
    family: "roundtrip",
    defaultSeverity: "error",
    summary: "Upgrading a revision a second time, after its downgrade, gives a different schema than the first upgrade.",
  },
  {
    id: "roundtrip-unavailable",
    family: "roundtrip",
    defaultSeverity: "info",
    summary: "The round trip could not run (no PostgreSQL, no Python with alembic, env.py failed to load); says why and how to enable it.",
  },
  {
    id: "table-rewrite-observed",
    family: "roundtrip",
    defaultSeverity: "warning",
    summary: "Observed on a real PostgreSQL: the migration rewrote a table that existed before it (new relfilenode), holding ACCESS EXCLUSIVE for the whole copy.",
  },
];

export function roundtripRuleMeta(id: string): RuleMeta {
  const meta = ROUNDTRIP_RULE_METAS.find((m) => m.id === id);
  if (!meta) throw new Error(`no roundtrip rule metadata for ${id}`);
  return meta;
}
