// The migration_owners policy: on a pull request, revision files may be added or edited only by the listed
// people (a team where only the lead developer writes migrations). Needs the PR author, so the Action checks it.
import type { CheckResult } from "../check/types";
import { docsUrl, type Finding } from "../findings";
import { changedSince, gitRoot, mergeBase, resolveCommit } from "../git";
import { ruleMeta } from "../rules/registry";
import type { Settings } from "../settings";
import { relativePath } from "../paths";

export const OWNERSHIP_RULE = "migration-ownership";

/**
 * Revision files (relative to settings.cwd) the change adds or edits: from git against the base ref when it
 * resolves, otherwise the revisions check put in scope.
 */
export function changedRevisionFiles(result: CheckResult, settings: Settings): string[] {
  const revisionFiles = new Set(result.graph.revisions.map((r) => r.file));
  const root = gitRoot(settings.cwd);
  const base = root && settings.baseRef ? resolveCommit(root, settings.baseRef) : undefined;
  if (root && base) {
    // From the fork point, as check's scope: what the base branch changed since is not this author's doing.
    const head = resolveCommit(root, "HEAD");
    const forkPoint = (head && mergeBase(root, base, head)) ?? base;
    try {
      return changedSince(root, forkPoint)
        .filter((c) => c.status !== "deleted")
        .map((c) => relativePath(settings.cwd, c.path))
        .filter((rel) => revisionFiles.has(rel))
        .sort();
    } catch {
      // fall through to the revisions in scope
    }
  }
  const inScope = new Set(result.revisions_in_scope);
  return result.graph.revisions.filter((r) => inScope.has(r.revision)).map((r) => r.file).sort();
}

/** migration-ownership findings for a pull request by `author`; none when the policy is off or the author is listed. */
export function ownershipFindings(result: CheckResult, settings: Settings, author: string | undefined): Finding[] {
  const owners = settings.migrationOwners;
  if (owners.length === 0 || !author) return [];
  const configured = settings.rules[OWNERSHIP_RULE] ?? ruleMeta(OWNERSHIP_RULE)?.defaultSeverity ?? "error";
  if (configured === "off") return [];
  // GitHub logins are case-insensitive.
  if (owners.some((o) => o.toLowerCase() === author.toLowerCase())) return [];
  const list = owners.map((o) => `@${o}`).join(", ");
  return changedRevisionFiles(result, settings).map((file) => {
    const rev = result.graph.revisions.find((r) => r.file === file);
    return {
      rule: OWNERSHIP_RULE,
      severity: configured,
      message: `\`${file}\`${rev ? ` (revision \`${rev.revision}\`)` : ""} is added or edited by @${author}, who is not in migration_owners (${list})`,
      help: `This project lets only ${list} write migrations: ask one of them to write or take over this revision, or drop the revision file from this pull request.`,
      file,
      line: rev?.line ?? 1,
      docs: docsUrl(OWNERSHIP_RULE),
      ...(rev ? { revision: rev.revision } : {}),
    };
  });
}
