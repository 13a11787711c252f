// File/line annotations on the pull request's diff. GitHub shows about 10 annotations of each level per
// step (50 per job), so the most severe go first and the rest are counted in one log line.
import * as path from "node:path";
import { SEVERITY_RANK, type Finding, type Severity } from "../findings";
import { relativePath } from "../paths";

export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = "error" | "warning" | "notice";
const LEVEL: Record<Severity, AnnotationLevel> = { error: "error", warning: "warning", info: "notice" };

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  /** Relative to the repository root (GITHUB_WORKSPACE), posix separators. */
  file: string;
  startLine: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated because their level's quota was used. */
  omitted: number;
}

/** Findings (files relative to cwd) → annotations (files relative to the workspace), errors first. */
export function planAnnotations(findings: readonly Finding[], cwd: string, workspace: string, perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const ordered = spreadAcrossFiles(
    [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line),
  );
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const f of ordered) {
    const level = LEVEL[f.severity];
    if (used[level] >= perLevel) {
      omitted++;
      continue;
    }
    used[level]++;
    annotations.push({
      level,
      title: `alembic-guard: ${f.rule}`,
      message: [f.message, f.confirmed, f.help].filter(Boolean).join("\n\n"),
      file: relativePath(workspace, path.resolve(cwd, f.file)),
      startLine: Math.max(1, f.line),
      ...(f.column !== undefined ? { startColumn: Math.max(1, f.column) } : {}),
    });
  }
  return { annotations, omitted };
}

/**
 * Within each severity, take the first finding of every file before the second of any, so the quota shows
 * every file that has a problem rather than ten lines of the first one.
 */
function spreadAcrossFiles(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const byFile = new Map<string, Finding[]>();
    for (const f of sorted) if (f.severity === severity) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const queues = [...byFile.values()];
    for (let round = 0; queues.some((q) => q.length > round); round++) {
      for (const q of queues) if (q.length > round) out.push(q[round]);
    }
  }
  return out;
}
