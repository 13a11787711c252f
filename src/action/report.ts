// Everything the Action does with a CheckResult on GitHub: the log, annotations, JSON and SARIF files,
// the job summary, the sticky PR comment and the step outputs. A failure to comment never changes the
// exit status: that follows the findings only.
import * as core from "@actions/core";
import { alembicCommand } from "../alembic-command";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CheckResult } from "../check/types";
import { countBySeverity, UsageError, type Finding } from "../findings";
import { existsAt, gitRoot, introducedBy } from "../git";
import { renderSarif } from "../report/sarif";
import { renderText } from "../report/text";
import { GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT, renderMarkdown, type MarkdownOptions, type RevisionCommit } from "../report/markdown";
import type { Settings } from "../settings";
import { planAnnotations } from "./annotations";
import { GitHubApiError, GitHubClient } from "./github-api";
import { commentsOn, type ActionInputs, type EventContext } from "./inputs";
import { configKey, stickyMarker, upsertStickyComment } from "./sticky";
import { relativePath } from "../paths";

export interface ReportInput {
  result: CheckResult;
  settings: Settings;
  inputs: ActionInputs;
  event: EventContext;
  notes: readonly string[];
}

/** Posix path relative to the repository root. */
function repoPath(event: EventContext, absolute: string): string {
  return relativePath(event.workspace, absolute) || ".";
}

export async function publishReport(input: ReportInput): Promise<void> {
  const { result, settings, inputs, event, notes } = input;
  const configLabel = configKey(repoPath(event, settings.config), settings.name);
  const toRepo = (f: Finding): Finding => ({ ...f, file: repoPath(event, path.resolve(settings.cwd, f.file)) });
  const sources = sourceReader(settings.cwd);

  for (const note of notes) core.notice(note);
  core.info(renderText(result.findings, { sourceText: sources.text }));

  const { annotations, omitted } = planAnnotations(result.findings, settings.cwd, event.workspace);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, ...(a.startColumn ? { startColumn: a.startColumn } : {}) };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (omitted > 0) core.info(`${omitted} more finding(s) are not annotated (GitHub shows about 10 per level per step); all are in the job summary.`);

  const reportFile = writeJsonReport(result, event, configLabel);
  let sarifFile = "";
  if (inputs.sarifFile) {
    try {
      fs.mkdirSync(path.dirname(inputs.sarifFile), { recursive: true });
      // Code scanning resolves locations against the repository root.
      fs.writeFileSync(inputs.sarifFile, renderSarif(result.findings.map(toRepo)));
      sarifFile = inputs.sarifFile;
    } catch (error) {
      throw new UsageError(`input \`sarif-file\`: cannot write ${repoPath(event, inputs.sarifFile)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  const markdownOptions = buildMarkdownOptions(result, settings, event, notes, configLabel, sources.line);
  const fullReport = inputs.sarifFile ? "every finding is in the SARIF file and the JSON report (`report` output)" : "every finding is in the JSON report (`report` output)";
  await writeJobSummary(renderMarkdown(result, { ...markdownOptions, maxChars: GITHUB_SUMMARY_LIMIT, fullReportHint: fullReport }));

  if (inputs.comment && commentsOn(event)) {
    const marker = stickyMarker(configLabel);
    const body = renderMarkdown(result, { ...markdownOptions, marker, maxChars: GITHUB_COMMENT_LIMIT });
    await postComment(input, marker, body);
  } else if (inputs.comment && !commentsOn(event)) {
    core.info(`No pull request comment on a ${event.eventName || "local"} run; the report is in the job summary.`);
  }

  const counts = countBySeverity(result.findings);
  core.setOutput("heads", result.graph.heads.join(" "));
  core.setOutput("errors", counts.error);
  core.setOutput("warnings", counts.warning);
  core.setOutput("findings", result.findings.length);
  core.setOutput("report", reportFile);
  core.setOutput("sarif", sarifFile);
}

function buildMarkdownOptions(
  result: CheckResult,
  settings: Settings,
  event: EventContext,
  notes: readonly string[],
  configLabel: string,
  sourceLine: (file: string, line: number) => string | undefined,
): Omit<MarkdownOptions, "maxChars"> {
  const link = blobLinker(settings, event);
  const alembic = alembicCommand(settings);
  return {
    failOn: settings.failOn,
    configLabel,
    sourceLine,
    link,
    revisionCommits: revisionCommits(result, settings),
    alembicCommand: settings.cwd === event.workspace ? alembic : `cd ${repoPath(event, settings.cwd)} && ${alembic}`,
    notes,
    fullReportHint: "every finding is in the job summary",
  };
}

/**
 * Blob links for file:line. A pull request's files link to its head commit (the merge commit GitHub checks out
 * is not kept); files the pull request does not have (e.g. the base branch's new head) link to the checkout.
 */
function blobLinker(settings: Settings, event: EventContext): MarkdownOptions["link"] {
  if (!event.owner) return undefined;
  const head = event.pullRequest?.headSha;
  const root = head ? gitRoot(settings.cwd) : undefined;
  const atHead = new Map<string, boolean>();
  return (file, line) => {
    const absolute = path.resolve(settings.cwd, file);
    if (head && root && !atHead.has(absolute)) atHead.set(absolute, existsAt(root, head, absolute));
    const sha = head && (!root || atHead.get(absolute)) ? head : (event.sha ?? head);
    if (!sha) return undefined;
    const rel = repoPath(event, absolute).split("/").map(encodeURIComponent).join("/");
    return `${event.serverUrl}/${event.owner}/${event.repo}/blob/${sha}/${rel}${line ? `#L${line}` : ""}`;
  };
}

/** The commit that added each head's file (and each stale revision's), for the merge-conflict section. */
function revisionCommits(result: CheckResult, settings: Settings): Record<string, RevisionCommit> {
  const wanted = new Set<string>();
  if (result.graph.heads.length > 1) for (const h of result.graph.heads) wanted.add(h);
  for (const f of result.findings) if (f.rule === "stale-down-revision" && f.revision) wanted.add(f.revision);
  if (wanted.size === 0) return {};
  const root = gitRoot(settings.cwd);
  if (!root) return {};
  const commits: Record<string, RevisionCommit> = {};
  for (const revision of wanted) {
    const rev = result.graph.revisions.find((r) => r.revision === revision);
    if (!rev) continue;
    const intro = introducedBy(root, path.resolve(settings.cwd, rev.file));
    if (intro) commits[revision] = { commit: intro.commit, subject: intro.subject, author: intro.author };
  }
  return commits;
}

function sourceReader(cwd: string) {
  const cache = new Map<string, string | undefined>();
  const text = (file: string): string | undefined => {
    if (!cache.has(file)) {
      try {
        cache.set(file, fs.readFileSync(path.resolve(cwd, file), "utf8"));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
  const lines = new Map<string, string[] | undefined>();
  const line = (file: string, n: number) => {
    if (!lines.has(file)) lines.set(file, text(file)?.split("\n"));
    return lines.get(file)?.[n - 1];
  };
  return { text, line };
}

function writeJsonReport(result: CheckResult, event: EventContext, configLabel: string): string {
  const dir = path.join(event.tempDir, "alembic-guard");
  fs.mkdirSync(dir, { recursive: true });
  const slug = configLabel.replace(/[^A-Za-z0-9._-]+/g, "_");
  const file = path.join(dir, `${slug}.report.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  return file;
}

async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    // Outside a runner there is no GITHUB_STEP_SUMMARY; the log has the findings.
    core.debug(`no job summary written: ${(error as Error).message}`);
  }
}

async function postComment(input: ReportInput, marker: string, body: string): Promise<void> {
  const { inputs, event, result } = input;
  const pr = event.pullRequest!;
  if (!inputs.githubToken) {
    core.notice("No pull request comment: the `github-token` input is empty. The report is in the job summary.");
    return;
  }
  const client = new GitHubClient({
    apiUrl: event.apiUrl,
    token: inputs.githubToken,
    onRetry: (message) => core.info(message),
  });
  try {
    const login = await client.authenticatedLogin();
    const sticky = await upsertStickyComment(client, { owner: event.owner, repo: event.repo, issue: pr.number }, marker, body, {
      login,
      createIfMissing: result.findings.length > 0,
    });
    if (sticky.action === "skipped") core.info("No findings and no earlier comment: nothing to post.");
    else core.info(`Pull request comment ${sticky.action}: ${sticky.comment?.html_url}`);
    if (sticky.duplicates > 0) core.info(`${sticky.duplicates} older alembic-guard comment(s) for this config were left as they are.`);
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      core.notice(
        `Could not comment on pull request #${pr.number} (${error.message}). A pull request from a fork or a read-only token cannot write comments; ` +
          "give the job `permissions: pull-requests: write`, or read the job summary. The check result is unaffected.",
      );
      return;
    }
    core.warning(`Could not comment on pull request #${pr.number}: ${(error as Error).message}. The report is in the job summary; the check result is unaffected.`);
  }
}

/** When the run itself fails (bad input, missing config): one line in the log and the job summary. */
export async function reportRunFailure(message: string): Promise<void> {
  core.setFailed(`alembic-guard: ${message}`);
  await writeJobSummary(`### ⛔ alembic-guard could not run\n\n${message}\n`);
}
