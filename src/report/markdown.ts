// Markdown report of a check: the sticky PR comment, the job summary and `check --format markdown`.
// One pure function; everything it cannot know by itself (source lines, links, commits) comes in options.
// It degrades full → compact → summary so the text always fits the limit (GitHub rejects comments over
// 65,536 characters with HTTP 422).
import type { CheckResult } from "../check/types";
import { atOrAbove, countBySeverity, SEVERITY_RANK, type FailOn, type Finding, type Severity } from "../findings";
import { ruleMeta } from "../rules/registry";

/** GitHub's limit for an issue comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB). */
export const GITHUB_SUMMARY_LIMIT = 1_048_576;

/** The commit that added a revision file (from git log), for the merge-conflict section. */
export interface RevisionCommit {
  commit: string;
  subject: string;
  author: string;
}

export interface MarkdownOptions {
  failOn: FailOn;
  /** Hard upper bound on the returned text's length (default GITHUB_COMMENT_LIMIT). */
  maxChars?: number;
  /** First line of the text, e.g. the sticky comment's hidden marker; counted in maxChars. */
  marker?: string;
  /** Shown instead of result.config in the title (e.g. the path relative to the repository root). */
  configLabel?: string;
  /** The Python source line a finding points at (file relative to the working directory, 1-based line). */
  sourceLine?: (file: string, line: number) => string | undefined;
  /** A URL for file:line (e.g. a blob link on GitHub). */
  link?: (file: string, line?: number) => string | undefined;
  /** The commit that introduced each revision (by revision id), for the merge-conflict section. */
  revisionCommits?: Readonly<Record<string, RevisionCommit>>;
  /** The alembic command prefix for fix commands, e.g. `alembic -c backend/alembic.ini` (default: `alembic`). */
  alembicCommand?: string;
  /** Extra one-line notes shown under the title (e.g. why the round trip was refused). */
  notes?: readonly string[];
  /** One line on why a rule's finding hurts (default: the rule's summary from the registry). */
  ruleSummary?: (rule: string) => string | undefined;
  /** Where the full report can be found when the text had to be shortened. */
  fullReportHint?: string;
}

type Detail = "full" | "compact" | "summary";

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", info: "ℹ️" };
const MERGE_CONFLICT_RULES = new Set(["multiple-heads", "stale-down-revision"]);

/** Render the report; the result is never longer than options.maxChars. */
export function renderMarkdown(result: CheckResult, options: MarkdownOptions): string {
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  for (const detail of ["full", "compact", "summary"] as const) {
    const text = render(result, options, detail, limit);
    if (text.length <= limit) return text;
  }
  // Unreachable in practice (the summary budgets its own rows); keep the contract anyway.
  const note = "\n\n_(report cut to fit the size limit)_\n";
  return render(result, options, "summary", limit).slice(0, Math.max(0, limit - note.length)) + note;
}

function render(result: CheckResult, options: MarkdownOptions, detail: Detail, limit: number): string {
  const findings = [...result.findings].sort(bySeverityThenPlace);
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(title(result, findings, options), "", statusLine(result), "");
  for (const note of options.notes ?? []) head.push(`> ${note}`, "");
  if (result.tierNote) head.push(`> ${result.tierNote}`, "");
  if (result.roundtrip_skipped) head.push(`> Round trip not run: ${result.roundtrip_skipped}`, "");

  const conflict = findings.filter((f) => MERGE_CONFLICT_RULES.has(f.rule));
  const rest = findings.filter((f) => !MERGE_CONFLICT_RULES.has(f.rule));
  const body: string[] = [];
  if (conflict.length > 0) body.push(...mergeConflictSection(result, conflict, options, detail));
  if (detail === "summary") {
    body.push(...summarySection(rest, options, limit - joinedLength(head) - joinedLength(body) - 2_000));
  } else {
    for (const [file, group] of groupByFile(rest)) body.push(...fileSection(file, group, result, options, detail));
  }
  if (result.roundtrip) body.push(...roundtripTable(result, detail));
  const tail: string[] = [];
  if (detail !== "full") {
    tail.push(
      `<sub>This report was shortened to fit GitHub's size limit${options.fullReportHint ? `; ${options.fullReportHint}` : ""}.</sub>`,
      "",
    );
  }
  tail.push(`<sub>[alembic-guard](https://github.com/alembic-guard/alembic-guard) · fails on: ${options.failOn}</sub>`);
  return [...head, ...body, ...tail].join("\n") + "\n";
}

function title(result: CheckResult, findings: readonly Finding[], options: MarkdownOptions): string {
  const config = `\`${options.configLabel ?? result.config}\``;
  if (findings.length === 0) return `### ✅ alembic-guard: all clear in ${config}`;
  const counts = countBySeverity(findings);
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s === "info" ? "info" : plural(counts[s], s)}`);
  const failing = findings.some((f) => atOrAbove(f.severity, options.failOn));
  const icon = failing ? "❌" : "⚠️";
  return `### ${icon} alembic-guard: ${parts.join(", ")} in ${config}`;
}

function statusLine(result: CheckResult): string {
  const parts = [
    `SQL from: ${result.tier}`,
    `${result.revisions_in_scope.length} ${plural(result.revisions_in_scope.length, "revision")} checked`,
    `${result.graph.heads.length === 1 ? "head" : "heads"}: ${result.graph.heads.map((h) => `\`${h}\``).join(", ") || "none"}`,
  ];
  if (result.roundtrip) parts.push(`round trip: ${result.roundtrip.server}`);
  return `<sub>${parts.join(" · ")}</sub>`;
}

function mergeConflictSection(result: CheckResult, conflict: readonly Finding[], options: MarkdownOptions, detail: Detail): string[] {
  const out = ["#### 🔀 Merge conflict in the revision history", ""];
  const heads = result.graph.heads;
  const alembic = options.alembicCommand ?? "alembic";
  const table = (revisions: readonly string[], label: string) => {
    out.push(`| ${label} | file | introduced by |`, "| --- | --- | --- |");
    for (const id of revisions) {
      const rev = result.graph.revisions.find((r) => r.revision === id);
      const commit = options.revisionCommits?.[id];
      const file = rev ? fileRef(rev.file, rev.line, options) : "?";
      const by = commit ? `\`${commit.commit.slice(0, 12)}\` ${escapeCell(commit.subject)} (${escapeCell(commit.author)})` : "—";
      out.push(`| \`${id}\` | ${file} | ${by} |`);
    }
    out.push("");
  };
  const stale = [...new Set(conflict.filter((f) => f.rule === "stale-down-revision" && f.revision).map((f) => f.revision!))];
  if (heads.length <= 1 && stale.length > 0) {
    // The checkout is the branch itself (not the merge): the base branch has moved on since it was cut.
    out.push("The base branch got new revisions since this branch was cut; merging as it is gives two heads and `alembic upgrade head` fails.", "");
    table(stale, "your revision");
  }
  if (heads.length > 1) {
    out.push(`This branch, merged with its base, has ${heads.length} heads; \`alembic upgrade head\` refuses to run until they are joined.`, "");
    table(heads, "head");
    out.push("Fix it one of two ways:", "", "1. Join the heads with a merge revision:", "");
    out.push(...codeBlock("sh", `${alembic} merge -m "merge heads" ${heads.join(" ")}\n${alembic} heads   # one head again`), "");
    out.push(
      "2. Or, if your revision is not applied anywhere yet, rebase it: set its `down_revision` to the other head, then check `" +
        `${alembic} heads\` shows one head.`,
      "",
    );
  }
  for (const finding of conflict) {
    if (heads.length > 1 && finding.rule === "multiple-heads" && detail !== "full") continue;
    out.push(...findingBlock(finding, options, detail === "summary" ? "compact" : detail, true));
  }
  return out;
}

function fileSection(file: string, group: readonly Finding[], result: CheckResult, options: MarkdownOptions, detail: Exclude<Detail, "summary">): string[] {
  const revision = result.graph.revisions.find((r) => r.file === file)?.revision ?? group.find((f) => f.revision)?.revision;
  const out = [`#### ${fileRef(file, undefined, options)}${revision ? ` (revision \`${revision}\`)` : ""}`, ""];
  for (const finding of group) out.push(...findingBlock(finding, options, detail));
  return out;
}

function findingBlock(f: Finding, options: MarkdownOptions, detail: Exclude<Detail, "summary">, showFile = false): string[] {
  const where = options.link?.(f.file, f.line);
  const label = showFile ? `\`${f.file}:${f.line}\`` : `line ${f.line}`;
  const line = where ? `[${label}](${where})` : label;
  const head = `${ICON[f.severity]} **${f.severity}** · [\`${f.rule}\`](${f.docs}) · ${line}`;
  if (detail === "compact") return [`- ${head}: ${oneLine(f.message)}`, ""];
  // A message's first line is prose; what follows (a traceback, a list of objects) stays verbatim.
  const [first, ...more] = f.message.split("\n");
  const out = [head, "", first, ""];
  const rest = more.join("\n").trim();
  if (rest) out.push(...codeBlock("text", rest), "");
  const source = options.sourceLine?.(f.file, f.line)?.trim();
  if (source) out.push(...codeBlock("python", source), "");
  if (f.sql && f.sql.trim() !== source) out.push(...codeBlock("sql", f.sql.trim()), "");
  if (f.confirmed) out.push(`🐘 ${f.confirmed}`, "");
  const why = options.ruleSummary ? options.ruleSummary(f.rule) : ruleMeta(f.rule)?.summary;
  if (why) out.push(`**Why it hurts:** ${why} ([rule page](${f.docs}))`, "");
  if (f.help) out.push(`**Safe way:** ${f.help}`, "");
  return out;
}

function summarySection(findings: readonly Finding[], options: MarkdownOptions, budget: number): string[] {
  if (findings.length === 0) return [];
  const out = ["#### Findings by rule", "", "| rule | severity | count |", "| --- | --- | --- |"];
  const byRule = new Map<string, { severity: Severity; count: number; docs: string }>();
  for (const f of findings) {
    const entry = byRule.get(f.rule) ?? { severity: f.severity, count: 0, docs: f.docs };
    entry.count++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    byRule.set(f.rule, entry);
  }
  const rules = [...byRule.entries()].sort((a, b) => SEVERITY_RANK[b[1].severity] - SEVERITY_RANK[a[1].severity] || b[1].count - a[1].count);
  for (const [rule, e] of rules) out.push(`| [\`${rule}\`](${e.docs}) | ${ICON[e.severity]} ${e.severity} | ${e.count} |`);
  // As many of the most severe findings as fit in half of what is left, one line each; then every file.
  const firstBudget = (budget - joinedLength(out)) / 2;
  const lines: string[] = [];
  let firstUsed = 0;
  for (const f of [...findings].sort(bySeverityThenPlace)) {
    const [line] = findingBlock(f, options, "compact", true);
    if (firstUsed + line.length + 1 > firstBudget) break;
    lines.push(line);
    firstUsed += line.length + 1;
  }
  if (lines.length > 0) {
    out.push("", `#### The first ${lines.length} of ${findings.length} findings, most severe first`, "", ...lines);
  }
  out.push("", "#### Findings by file", "", "| file | errors | warnings | info |", "| --- | --- | --- | --- |");
  const files = [...groupByFile(findings)];
  let used = joinedLength(out);
  let shown = 0;
  for (const [file, group] of files) {
    const c = countBySeverity(group);
    const row = `| ${fileRef(file, undefined, options)} | ${c.error} | ${c.warning} | ${c.info} |`;
    if (used + row.length + 1 > budget) break;
    out.push(row);
    used += row.length + 1;
    shown++;
  }
  if (shown < files.length) out.push(`| … ${files.length - shown} more ${plural(files.length - shown, "file")} | | | |`);
  out.push("");
  return out;
}

function roundtripTable(result: CheckResult, detail: Detail): string[] {
  const rt = result.roundtrip!;
  const out = [`#### Round trip on ${rt.server}`, ""];
  const rows = detail === "full" ? rt.revisions : rt.revisions.filter((r) => r.result !== "ok");
  if (rows.length > 0) {
    out.push("| revision | upgrade | downgrade | result |", "| --- | ---: | ---: | --- |");
    for (const r of rows) out.push(`| \`${r.revision}\` | ${r.upgrade_ms} ms | ${r.downgrade_ms} ms | ${r.result === "ok" ? "✅ ok" : `❌ ${r.result}`} |`);
    out.push("");
  }
  const ok = rt.revisions.filter((r) => r.result === "ok").length;
  out.push(`${ok} of ${rt.revisions.length} ${plural(rt.revisions.length, "revision")} upgraded, downgraded and upgraded again cleanly in ${rt.total_ms} ms.`, "");
  return out;
}

/** Files ordered by their most severe finding, then by name; findings in a file by line. */
function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  const worst = (list: Finding[]) => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  const ordered = [...groups.entries()].sort((a, b) => worst(b[1]) - worst(a[1]) || a[0].localeCompare(b[0]));
  for (const [, list] of ordered) list.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return new Map(ordered);
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule);
}

function fileRef(file: string, line: number | undefined, options: MarkdownOptions): string {
  const label = `\`${file}${line ? `:${line}` : ""}\``;
  const url = options.link?.(file, line);
  return url ? `[${label}](${url})` : label;
}

/** A fenced block whose fence is longer than any backtick run inside (user SQL may contain backticks). */
function codeBlock(lang: string, text: string): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [fence + lang, text, fence];
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, " ").trim();
  return flat.length > 300 ? flat.slice(0, 297) + "…" : flat;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function joinedLength(lines: readonly string[]): number {
  return lines.reduce((sum, l) => sum + l.length + 1, 0);
}
