// The result of `alembic-guard check`: what every reporter (text, json, sarif, markdown, the Action) renders.
import type { Finding } from "../findings";

/** One revision as the graph JSON contract shows it. */
export interface RevisionSummary {
  revision: string;
  down_revisions: string[];
  depends_on: string[];
  branch_labels: string[];
  /** Relative to the working directory. */
  file: string;
  line: number;
}

/** `alembic-guard graph --format json`, and the `graph` part of check's JSON. */
export interface GraphReport {
  heads: string[];
  bases: string[];
  revisions: RevisionSummary[];
  findings: Finding[];
}

export type SqlTier = "live" | "offline" | "static";

export interface RoundtripRevisionResult {
  revision: string;
  upgrade_ms: number;
  downgrade_ms: number;
  /** "ok", "failed", "mismatch", "irreversible", "skipped" */
  result: string;
}

export interface RoundtripReport {
  /** e.g. "PostgreSQL 15.18 (local, started by alembic-guard)" — never a password. */
  server: string;
  revisions: RoundtripRevisionResult[];
  total_ms: number;
}

export interface CheckResult {
  /** Path of the alembic config relative to the working directory (the sticky comment's key). */
  config: string;
  tier: SqlTier;
  /** Why a better tier did not run, one line (e.g. "no Python with alembic importable: tried python3, /usr/bin/python3"). */
  tierNote?: string;
  graph: GraphReport;
  revisions_in_scope: string[];
  findings: Finding[];
  /** Present when the round trip ran; roundtrip_skipped says why it did not. */
  roundtrip?: RoundtripReport;
  roundtrip_skipped?: string;
}
