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

// Code-unit order: for ids of [a-z0-9-] (test/registry.test.ts checks the shape) it is the order localeCompare gives,
// without initialising ICU's collator (5–8 ms of every start-up, since every command loads this module).
const byId = <T extends { meta?: RuleMeta; id?: string }>(a: T, b: T) => {
  const x = a.meta?.id ?? a.id ?? "";
  const y = b.meta?.id ?? b.id ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
};

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

/** Edit distance (insert, delete, substitute), for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Known rule ids closest to a misspelt one (best first); ids that contain it, or that it contains, count as close. */
export function closestRuleIds(id: string, limit = 3): string[] {
  const wanted = id.toLowerCase();
  return ALL_RULE_METAS.map((meta) => {
    const distance = editDistance(wanted, meta.id);
    const contains = meta.id.includes(wanted) || wanted.includes(meta.id);
    return { id: meta.id, score: contains ? Math.min(distance, 2) : distance };
  })
    .filter((c) => c.score <= Math.max(3, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((c) => c.id);
}
