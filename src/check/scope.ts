// Which revisions `check` lints: those added or changed since --base-ref (git), or all of them.
// Also the two history policies that need the base ref: modified-migration and stale-down-revision.
import * as fs from "node:fs";
import { alembicCommand } from "../alembic-command";
import * as path from "node:path";
import { docsUrl, type Finding, type Severity } from "../findings";
import type { AlembicProject } from "../discover";
import type { Settings } from "../settings";
import { buildGraph, type RevisionGraph } from "../graph";
import { relativePath, type RevisionFile } from "../revisions";
import { decodePythonSource, isRevisionFileName, legacyRevisionFromFileName } from "../revisions/files";
import { scanModuleAssignments } from "../revisions/scanner";
import { changedSince, firstChangedLine, gitRoot, listFilesAt, mergeBase, readFilesAt, resolveCommit, toGitPath, type FileChange } from "../git";
import { ruleMeta } from "../rules/registry";

export interface Scope {
  /** "git": revisions changed since the base ref; "all": every revision. */
  mode: "git" | "all";
  /** Revision ids to lint, in graph order. */
  revisions: string[];
  /** One line for the report: how the scope was chosen. */
  note: string;
  findings: Finding[];
  /** Set in git mode: what the base looked like. */
  base?: BaseState;
}

export interface BaseState {
  ref: string;
  /** The commit the ref names (its tip: the base branch's current heads live here). */
  commit: string;
  /** The common ancestor with HEAD (what the change is compared with). */
  forkPoint: string;
  root: string;
  /** Revisions at the tip of the base ref. */
  revisions: RevisionFile[];
  /** Revisions at the fork point (what this change started from). */
  forkRevisions: RevisionFile[];
  graph: RevisionGraph;
  changes: FileChange[];
}

export function finding(rule: string, severity: Severity | undefined, at: { file: string; line: number; column?: number; revision?: string }, message: string, help: string): Finding {
  const setting = ruleMeta(rule)?.defaultSeverity;
  const f: Finding = {
    rule,
    severity: severity ?? (setting && setting !== "off" ? setting : "warning"),
    message,
    file: at.file,
    line: at.line,
    help,
    docs: docsUrl(rule),
  };
  if (at.column !== undefined) f.column = at.column;
  if (at.revision !== undefined) f.revision = at.revision;
  return f;
}

/**
 * Decide the scope. Never throws for git problems: a missing ref or repository becomes a `base-ref-missing`
 * finding and every revision is linted instead, so the other checks still run.
 */
export function computeScope(settings: Settings, project: AlembicProject, graph: RevisionGraph): Scope {
  const all = () => graph.order.filter((id) => graph.byId.has(id));
  if (!settings.baseRef) return { mode: "all", revisions: all(), note: settings.all ? "all revisions (--all)" : "all revisions (no --base-ref given)", findings: [] };
  const ref = settings.baseRef;
  const configRel = relativePath(settings.cwd, project.configPath);
  const fallback = (message: string, help: string): Scope => ({
    mode: "all",
    revisions: all(),
    note: `all revisions (base ref ${ref} unavailable)`,
    findings: [finding("base-ref-missing", "error", { file: configRel, line: 1 }, message, help)],
  });
  // The repository the project lives in (alembic-guard may run from elsewhere with --config path/to/alembic.ini).
  const projectDir = path.dirname(project.configPath);
  const realRoot = gitRoot(projectDir);
  // git names real paths; the project's paths are spelled from the working directory (maybe through a symlink,
  // e.g. /tmp → /private/tmp): name the repository root the way the project's folder is spelled.
  const root = realRoot && rootAsSeenFrom(projectDir, realRoot);
  if (!root) {
    return fallback(
      `--base-ref ${ref} was given but ${projectDir} is not inside a git repository (or git is not installed), so alembic-guard cannot tell which revisions are new; every revision was checked instead, and modified-migration / stale-down-revision did not run`,
      "Run alembic-guard inside the repository's checkout, or drop --base-ref (use --all).",
    );
  }
  const commit = resolveCommit(root, ref);
  if (!commit) {
    return fallback(
      `git ref \`${ref}\` does not exist in this clone, so alembic-guard cannot tell which revisions are new; every revision was checked instead, and modified-migration / stale-down-revision did not run`,
      "Fetch the base branch: in GitHub Actions use actions/checkout with `fetch-depth: 0`, or run `git fetch origin <base-branch>`; then pass --base-ref origin/<base-branch>.",
    );
  }
  const head = resolveCommit(root, "HEAD");
  const forkPoint = head ? mergeBase(root, commit, head) : commit;
  if (!forkPoint) {
    return fallback(
      `git has no common ancestor of \`${ref}\` and HEAD (a shallow clone?), so alembic-guard cannot tell which revisions are new; every revision was checked instead`,
      "Fetch more history: actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`.",
    );
  }
  let changes: FileChange[];
  try {
    changes = changedSince(root, forkPoint);
  } catch (error) {
    return fallback(`${(error as Error).message}; every revision was checked instead`, "Check that the repository is readable by this user (`git status` works).");
  }
  const baseRevisions = revisionsAtCommit(root, commit, project);
  const baseGraph = buildGraph(baseRevisions);
  const changed = new Map(changes.filter((c) => c.status !== "deleted").map((c) => [c.path, c]));
  const atFork = forkPoint === commit ? baseRevisions : revisionsAtCommit(root, forkPoint, project);
  const forkRevisions = new Set(atFork.map((r) => r.revision));
  const inScope = graph.order.filter((id) => {
    const rev = graph.byId.get(id);
    if (!rev) return false;
    // Changed files, and revisions the fork point did not have (a new id in a renamed file). A pure rename of a
    // revision the fork point had changes nothing to lint: its findings are not this change's.
    const change = changed.get(path.resolve(rev.file));
    return (change !== undefined && !isPureRename(change)) || !forkRevisions.has(id);
  });
  const base: BaseState = { ref, commit, forkPoint, root, revisions: baseRevisions, forkRevisions: atFork, graph: baseGraph, changes };
  // --all with --base-ref: lint everything, and still check the history policies against the base.
  if (settings.all) return { mode: "all", revisions: all(), note: `all revisions (--all; ${inScope.length} changed since ${ref})`, findings: [], base };
  return {
    mode: "git",
    revisions: inScope,
    note: `${inScope.length} revision${inScope.length === 1 ? "" : "s"} added or changed since ${ref}`,
    findings: [],
    base,
  };
}

function isPureRename(change: FileChange): boolean {
  return change.renamedFrom !== undefined && (change.similarity ?? 0) >= 100;
}

function rootAsSeenFrom(cwd: string, realRoot: string): string {
  try {
    return path.resolve(cwd, path.relative(fs.realpathSync(cwd), realRoot));
  } catch {
    return realRoot;
  }
}

/** The revisions in the project's version locations at a commit, read with the static scanner (no checkout). */
export function revisionsAtCommit(root: string, commit: string, project: AlembicProject): RevisionFile[] {
  const revisions: RevisionFile[] = [];
  for (const location of project.versionLocations) {
    const rel = toGitPath(root, location);
    if (rel.startsWith("..")) continue; // outside the repository: git knows nothing of it
    const files = listFilesAt(root, commit, rel === "" ? "" : rel).filter((p) => {
      if (!isRevisionFileName(path.posix.basename(p))) return false;
      const dir = path.posix.dirname(p);
      if (dir.split("/").includes("__pycache__")) return false;
      return project.recursiveVersionLocations || dir === (rel === "" ? "." : rel);
    });
    const contents = readFilesAt(root, commit, files);
    for (const file of files) {
      const bytes = contents.get(file);
      if (!bytes) continue;
      const rev = revisionFromSource(decodePythonSource(bytes).text, path.join(root, file));
      if (rev) revisions.push(rev);
    }
  }
  return revisions;
}

function revisionFromSource(text: string, file: string): RevisionFile | undefined {
  const { assignments } = scanModuleAssignments(text);
  const list = (name: string): string[] => {
    const value = assignments.get(name)?.value;
    return value?.kind === "strings" ? value.items : [];
  };
  const declared = list("revision");
  const revision = declared.length === 1 ? declared[0] : assignments.has("revision") ? undefined : legacyRevisionFromFileName(path.basename(file));
  if (!revision) return undefined;
  return {
    revision,
    downRevisions: list("down_revision"),
    dependsOn: list("depends_on"),
    branchLabels: list("branch_labels"),
    file,
    line: assignments.get("revision")?.line ?? 1,
    unresolved: [],
  };
}

/** modified-migration: revision files that exist at the fork point and were edited, renamed with edits, or deleted. */
export function modifiedMigrations(settings: Settings, graph: RevisionGraph, base: BaseState): Finding[] {
  const findings: Finding[] = [];
  const baseIds = new Map<string, RevisionFile>();
  for (const rev of base.forkRevisions) baseIds.set(path.resolve(rev.file), rev);
  const currentByFile = new Map([...graph.byId.values()].map((r) => [path.resolve(r.file), r]));
  for (const change of base.changes) {
    const before = baseIds.get(change.renamedFrom ?? change.path);
    if (!before) continue;
    const rel = relativePath(settings.cwd, change.path);
    const current = currentByFile.get(change.path);
    if (change.status === "deleted") {
      if (baseIds.has(change.path) && !change.renamedFrom && ![...graph.byId.values()].some((r) => r.revision === before.revision)) {
        findings.push(
          finding(
            "modified-migration",
            undefined,
            { file: rel, line: 1, revision: before.revision },
            `revision ${before.revision} (${rel}) exists on ${base.ref} and is deleted here: databases already stamped with it make \`alembic upgrade\` fail with "Can't locate revision ${before.revision}"`,
            "Keep the revision file. To undo its effect, add a new revision that reverses it.",
          ),
        );
      }
      continue;
    }
    if (isPureRename(change)) continue;
    if (change.status === "added" && !change.renamedFrom) continue;
    const line = firstChangedLine(base.root, base.forkPoint, change.path, change.renamedFrom) ?? current?.line ?? 1;
    findings.push(
      finding(
        "modified-migration",
        undefined,
        { file: rel, line, revision: current?.revision ?? before.revision },
        `revision ${before.revision} already exists on ${base.ref} and is edited here: databases that already ran it will never run the edit, so environments silently diverge`,
        "Revert the edit and put the change in a new revision (`alembic revision -m \"...\"`). If this revision has never been deployed anywhere, suppress with `# alembic-guard: ignore-file[modified-migration]`.",
      ),
    );
  }
  return findings;
}

/**
 * stale-down-revision: a new revision hangs below a revision that is no longer a head of the base branch
 * (someone merged another revision meanwhile), so merging gives two heads.
 */
export function staleDownRevisions(settings: Settings, graph: RevisionGraph, base: BaseState): Finding[] {
  const baseIds = new Set(base.graph.byId.keys());
  const baseHeads = base.graph.heads;
  if (baseHeads.length === 0) return [];
  const newIds = new Set([...graph.byId.keys()].filter((id) => !baseIds.has(id)));
  const findings: Finding[] = [];
  for (const id of graph.order) {
    if (!newIds.has(id)) continue;
    const rev = graph.byId.get(id)!;
    for (const parent of rev.downRevisions) {
      if (newIds.has(parent) || baseHeads.includes(parent) || !baseIds.has(parent)) continue;
      // The base heads that moved on from this parent (the branch others merged meanwhile); all heads if none.
      const moved = baseHeads.filter((h) => base.graph.ancestors(h).has(parent));
      const targets = moved.length ? moved : baseHeads;
      const ourHeads = graph.heads.filter((h) => h === id || graph.ancestors(h).has(id));
      // Already resolved here: a merge revision on this branch joins the base heads (or they are ours).
      if (ourHeads.length && ourHeads.every((h) => targets.every((t) => t === h || graph.ancestors(h).has(t)))) break;
      const ourHead = ourHeads[0] ?? id;
      const rel = relativePath(settings.cwd, rev.file);
      const baseHead = targets[0];
      const renumber = sequentialRename(settings, rev, base);
      const line = downRevisionLine(rev);
      findings.push(
        finding(
          "stale-down-revision",
          undefined,
          { file: rel, line, revision: id },
          `revision ${id} has down_revision = "${parent}", but ${base.ref} has moved on: its head is now ${targets.join(", ")}. ` +
            `Merging this branch gives two heads (${baseHead} and ${ourHead}), and \`alembic upgrade head\` fails with "Multiple head revisions"`,
          `Either merge the heads: \`${alembicCommand(settings)} merge -m "merge heads" ${baseHead} ${ourHead}\`; ` +
            `or re-point this revision: in ${rel} set \`down_revision = "${baseHead}"\`` +
            (renumber ? ` and rename it: \`git mv ${renumber.from} ${renumber.to}\`` : "") +
            ". Then check that the two branches' migrations do not touch the same tables.",
        ),
      );
      break;
    }
  }
  return findings;
}

/** The line of the `down_revision =` assignment (the fix goes there), else the revision line. */
function downRevisionLine(rev: RevisionFile): number {
  try {
    const text = decodePythonSource(fs.readFileSync(rev.file)).text;
    return scanModuleAssignments(text).assignments.get("down_revision")?.line ?? rev.line;
  } catch {
    return rev.line;
  }
}

/** With naming = "sequential": the file's new name, numbered after the base branch's highest number. */
function sequentialRename(settings: Settings, rev: RevisionFile, base: BaseState): { from: string; to: string } | undefined {
  if (settings.naming !== "sequential") return undefined;
  const name = path.basename(rev.file);
  const own = /^(\d+)/.exec(name);
  let highest = -1;
  let width = own?.[1].length ?? 4;
  for (const r of base.revisions) {
    const m = /^(\d+)/.exec(path.basename(r.file));
    if (!m) continue;
    if (Number(m[1]) > highest) highest = Number(m[1]);
    width = Math.max(width, m[1].length);
  }
  if (highest < 0) return undefined;
  const next = String(highest + 1).padStart(width, "0");
  const rest = own ? name.slice(own[1].length) : `_${name}`;
  const to = path.join(path.dirname(rev.file), `${next}${rest}`);
  if (own && Number(own[1]) === highest + 1) return undefined; // already numbered right
  return { from: relativePath(settings.cwd, rev.file), to: relativePath(settings.cwd, to) };
}
