// Every rule alembic-guard knows, as data. SQL rules carry a check; the other families are checked by their
// own stage (graph, python, roundtrip, policy) and are listed here for docs, `rules`, config validation and ignores.
import type { RuleMeta, SqlRule } from "./types";
import { LOCK_RULES } from "./catalog/locks";
import { BREAKING_RULES } from "./catalog/breaking";
import { TRANSACTION_RULES } from "./catalog/transactions";
import { HYGIENE_RULES } from "./catalog/hygiene";
import { DATA_RULES } from "./catalog/data";
import { GRAPH_RULE_METAS } from "./catalog/graph";
import { PYTHON_RULE_METAS } from "./catalog/python";
import { ROUNDTRIP_RULE_METAS } from "./catalog/roundtrip";
import { POLICY_RULE_METAS } from "./catalog/policy";
import { META_RULE_METAS } from "./catalog/meta";

const byId = <T extends { meta?: RuleMeta; id?: string }>(a: T, b: T) =>
  (a.meta?.id ?? a.id ?? "").localeCompare(b.meta?.id ?? b.id ?? "");

export const SQL_RULES: readonly SqlRule[] = [
  ...LOCK_RULES,
  ...BREAKING_RULES,
  ...TRANSACTION_RULES,
  ...HYGIENE_RULES,
  ...DATA_RULES,
].sort(byId);

export const ALL_RULE_METAS: readonly RuleMeta[] = [
  ...SQL_RULES.map((rule) => rule.meta),
  ...GRAPH_RULE_METAS,
  ...PYTHON_RULE_METAS,
  ...ROUNDTRIP_RULE_METAS,
  ...POLICY_RULE_METAS,
  ...META_RULE_METAS,
].sort(byId);

const META_BY_ID = new Map(ALL_RULE_METAS.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return META_BY_ID.get(id);
}

export function isKnownRule(id: string): boolean {
  return META_BY_ID.has(id);
}
