// `alembic-guard graph`: heads, bases and broken chains of the revision history, as text or JSON.
import { countBySeverity, exitCodeFor, UsageError, type Finding } from "../findings";
import type { GraphReport } from "../check/types";
import { discoverProject } from "../discover";
import { graphReport, type RevisionGraph } from "../graph";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";
import { writeReport } from "./output";

export async function runGraph(settings: Settings, io: CommandIO): Promise<number> {
  if (settings.format !== "text" && settings.format !== "json") {
    throw new UsageError(`\`graph\` supports --format text or json, not ${settings.format}`);
  }
  const project = discoverProject(settings);
  const { graph, ...report } = graphReport(project, settings);
  const contract: GraphReport = { heads: report.heads, bases: report.bases, revisions: report.revisions, findings: report.findings };
  const text = settings.format === "json" ? JSON.stringify(contract, null, 2) + "\n" : renderGraphText(contract, graph);
  writeReport(settings, io, text);
  return exitCodeFor(report.findings, settings.failOn);
}

const HISTORY_LIMIT = 30;

/** Text view: summary, heads, bases, problems, then the newest part of the history. */
export function renderGraphText(report: GraphReport, graph: RevisionGraph): string {
  const lines: string[] = [];
  const where = new Map(report.revisions.map((r) => [r.revision, `${r.file}:${r.line}`]));
  const counts = countBySeverity(report.findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(
    `${plural(report.revisions.length, "revision")}, ${plural(report.heads.length, "head")}, ${plural(report.bases.length, "base")}; ` +
      `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
  );
  lines.push("");
  lines.push(`heads:${report.heads.length ? "" : " (none)"}`);
  for (const head of report.heads) lines.push(`  ${head}  ${where.get(head) ?? ""}`);
  lines.push(`bases:${report.bases.length ? "" : " (none)"}`);
  for (const base of report.bases) lines.push(`  ${base}  ${where.get(base) ?? ""}`);
  if (report.findings.length) {
    lines.push("");
    lines.push("problems:");
    for (const f of report.findings) lines.push(...renderFinding(f));
  }
  if (graph.order.length) {
    lines.push("");
    lines.push("history (newest first):");
    const newest = [...graph.order].reverse();
    const shown = newest.slice(0, HISTORY_LIMIT);
    const heads = new Set(report.heads);
    for (const id of shown) {
      const rev = graph.byId.get(id)!;
      const parents = rev.downRevisions.length ? rev.downRevisions.join(", ") : "<base>";
      const deps = rev.dependsOn.length ? ` (depends on ${rev.dependsOn.join(", ")})` : "";
      const tags = [
        heads.has(id) ? "head" : "",
        rev.downRevisions.length > 1 ? "mergepoint" : "",
        graph.children(id).length > 1 ? "branchpoint" : "",
        rev.branchLabels.length ? `labels: ${rev.branchLabels.join(", ")}` : "",
      ].filter(Boolean);
      lines.push(`  ${parents} -> ${id}${deps}${tags.length ? ` (${tags.join(") (")})` : ""}  ${where.get(id) ?? ""}`);
    }
    if (newest.length > shown.length) lines.push(`  … ${newest.length - shown.length} older revisions (--format json lists all)`);
  }
  return lines.join("\n") + "\n";
}

function renderFinding(f: Finding): string[] {
  const loc = `${f.file}:${f.line}${f.column ? `:${f.column}` : ""}`;
  return [`  ${loc}: ${f.severity} [${f.rule}] ${f.message}`, `    help: ${f.help}`];
}
