// One sticky comment per alembic config on a pull request: found by its hidden marker among the comments
// written by the same identity, updated in place, created only when there is none.
import type { GitHubClient, IssueComment } from "./github-api";

/**
 * What identifies one config's report: its path relative to the repository root, plus the alembic.ini
 * section when it is not the default (a multi-database alembic.ini checked once per section).
 */
export function configKey(configPath: string, section: string): string {
  return section === "alembic" ? configPath : `${configPath}#${section}`;
}

/** The hidden first line that identifies our comment for one config (path relative to the repository root). */
export function stickyMarker(configPath: string): string {
  // `--` cannot appear inside an HTML comment; a config path never needs it.
  return `<!-- alembic-guard:${configPath.replace(/--+/g, "-")} -->`;
}

/**
 * Who "we" are. A personal token can ask GET /user; the workflow's GITHUB_TOKEN cannot (403), and then
 * its comments are written by `github-actions[bot]` — or by a GitHub App's bot for an app token, which is
 * why, without a login, any Bot account's comment carrying our marker counts as ours.
 */
export interface CommentIdentity {
  login?: string;
}

export interface UpsertOptions extends CommentIdentity {
  /** Create the comment when there is none (false: an all-clear on a PR we never commented on stays silent). */
  createIfMissing?: boolean;
}

export function isOurs(comment: IssueComment, marker: string, identity: CommentIdentity): boolean {
  if (!comment.body || !comment.body.startsWith(marker)) return false;
  const author = comment.user;
  if (!author) return false;
  if (identity.login) return author.login === identity.login;
  return author.type === "Bot" || author.login === "github-actions[bot]";
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged" | "skipped";
  /** Absent when skipped. */
  comment?: IssueComment;
  /** Older duplicates of ours (e.g. from a race between two runs); left alone, reported in the log. */
  duplicates: number;
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: { owner: string; repo: string; issue: number },
  marker: string,
  body: string,
  options: UpsertOptions,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error("sticky comment body must start with its marker");
  const comments = await client.listIssueComments(target.owner, target.repo, target.issue);
  const ours = comments.filter((c) => isOurs(c, marker, options));
  // Update the first one: it is the one reviewers saw first and linked to.
  const existing = ours[0];
  if (!existing) {
    if (options.createIfMissing === false) return { action: "skipped", duplicates: 0 };
    const comment = await client.createIssueComment(target.owner, target.repo, target.issue, body);
    return { action: "created", comment, duplicates: 0 };
  }
  if (existing.body === body) return { action: "unchanged", comment: existing, duplicates: ours.length - 1 };
  const comment = await client.updateIssueComment(target.owner, target.repo, existing.id, body);
  return { action: "updated", comment, duplicates: ours.length - 1 };
}
