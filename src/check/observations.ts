// What the round trip saw the database do (a table rewrite, an ACCESS EXCLUSIVE lock) confirms the lint finding
// about the same op.* call: the lint finding carries the evidence ("confirmed on PostgreSQL 15: …") and the
// observation is not reported a second time. An observation no lint finding predicted stands on its own.
import type { Finding } from "../findings";
import { ruleMeta } from "../rules/registry";

/** Round-trip findings that describe what PostgreSQL did, with a `confirmed` evidence line. */
export const OBSERVED_RULES: ReadonlySet<string> = new Set(["table-rewrite-observed", "access-exclusive-lock-observed"]);

/** Lint findings a lock or rewrite observation confirms: the lock family, SQL and Alembic-level (adding-required-field, …). */
function predictsLockOrRewrite(f: Finding): boolean {
  return !OBSERVED_RULES.has(f.rule) && ruleMeta(f.rule)?.family === "locks";
}

/**
 * Attach each observation (the reported ones among `findings`, and `evidence`: those too small to report alone)
 * to the lock-family lint findings at the same file:line; drop the observations that were attached, and the
 * evidence that was not. Order is kept.
 */
export function attachObservations(findings: readonly Finding[], evidence: readonly Finding[] = []): Finding[] {
  const key = (f: Finding) => `${f.file}\u0000${f.line}`;
  const targets = new Map<string, Finding[]>();
  for (const f of findings) if (predictsLockOrRewrite(f)) targets.set(key(f), [...(targets.get(key(f)) ?? []), f]);
  const confirmations = new Map<Finding, string[]>();
  const attached = new Set<Finding>();
  for (const o of [...findings.filter((f) => OBSERVED_RULES.has(f.rule)), ...evidence]) {
    const matches = targets.get(key(o));
    if (!matches || !o.confirmed) continue;
    attached.add(o);
    for (const m of matches) {
      const list = confirmations.get(m) ?? (m.confirmed ? [m.confirmed] : []);
      if (!list.includes(o.confirmed)) list.push(o.confirmed);
      confirmations.set(m, list);
    }
  }
  return findings.filter((f) => !attached.has(f)).map((f) => (confirmations.has(f) ? { ...f, confirmed: joinEvidence(confirmations.get(f)!) } : f));
}

/** "confirmed on PostgreSQL 15: a" + "confirmed on PostgreSQL 15: b" → "confirmed on PostgreSQL 15: a; b". */
export function joinEvidence(parts: readonly string[]): string {
  const prefix = /^[^:]*: /.exec(parts[0])?.[0];
  if (prefix && parts.every((p) => p.startsWith(prefix))) return prefix + parts.map((p) => p.slice(prefix.length)).join("; ");
  return parts.join("; ");
}
