// Metadata of the team-policy findings (checked in src/check and src/action; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const POLICY_RULE_METAS: readonly RuleMeta[] = [
  {
    id: "modified-migration",
    family: "policy",
    defaultSeverity: "warning",
    summary: "A revision file that exists on the base branch was edited; it may already be applied somewhere.",
  },
  {
    id: "stale-down-revision",
    family: "policy",
    defaultSeverity: "error",
    summary: "A new revision's down_revision is not the base branch's head, so merging creates two heads.",
  },
  {
    id: "migration-ownership",
    family: "policy",
    defaultSeverity: "error",
    summary: "Revision files were added or edited by someone not listed in migration_owners.",
  },
];
