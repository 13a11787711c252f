// The one Finding shape every stage produces and every reporter consumes.

export type Severity = "error" | "warning" | "info";
export type FailOn = Severity | "never";

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const DOCS_BASE = "https://github.com/alembic-guard/alembic-guard/blob/main/rules";

export function docsUrl(rule: string): string {
  return `${DOCS_BASE}/${rule}.md`;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** What happened, naming the object and the hazard. */
  message: string;
  /** Path relative to the working directory (posix separators). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, when known. */
  column?: number;
  /** What to do next, in Alembic terms. */
  help: string;
  docs: string;
  revision?: string;
  /** The SQL statement the finding is about, when there is one. */
  sql?: string;
  /** Extra evidence, e.g. "confirmed on PostgreSQL 15" from the round trip. */
  confirmed?: string;
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** Exit code contract: 0 = nothing at or above fail-on, 1 = findings. (2 = usage/config error, raised elsewhere.) */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  return findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}

/** Stable order: file, line, column, severity (most severe first), rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A user-facing failure of the run itself (bad flag, missing config): exit 2 with one line, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
