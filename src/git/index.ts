// The one module that talks to git: which files changed since a base ref, file contents at a ref,
// and who added a file. Every call is a plain `git` process; a missing git or repository is "no git".
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { relativePath } from "../paths";

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: readonly string[], input?: string, extraEnv: Record<string, string> = {}): GitResult {
  const result = spawnSync("git", ["-c", "core.quotepath=off", ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    // Never prompt (credentials, pagers) and never read the user's global hooks or pager settings.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C", ...extraEnv },
  });
  if (result.error) return { ok: false, stdout: Buffer.alloc(0), stderr: result.error.message };
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: (result.stderr ?? Buffer.alloc(0)).toString("utf8") };
}

/**
 * `git diff` against the working tree refreshes stale stat data in the index and writes it back (taking
 * .git/index.lock, which can make the user's own git commands fail meanwhile). Run it on a scratch copy of
 * the index instead, so the repository is only read.
 */
function gitOnWorkingTree(root: string, args: readonly string[]): GitResult {
  const indexPath = git(root, ["rev-parse", "--git-path", "index"]);
  if (!indexPath.ok) return indexPath;
  const index = path.resolve(root, indexPath.stdout.toString("utf8").trim());
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), "alembic-guard-index-"));
  try {
    const scratch = path.join(scratchDir, "index");
    if (fs.existsSync(index)) fs.copyFileSync(index, scratch);
    return git(root, args, undefined, { GIT_INDEX_FILE: scratch });
  } finally {
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}

/** The repository's top-level directory containing `dir`, or undefined when git is missing or `dir` is not in a repository. */
export function gitRoot(dir: string): string | undefined {
  const r = git(dir, ["rev-parse", "--show-toplevel"]);
  if (!r.ok) return undefined;
  return path.resolve(r.stdout.toString("utf8").trim());
}

/** The commit a ref names, or undefined when it does not resolve to a commit. */
export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith("-")) return undefined; // never let a ref be read as an option
  const r = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return r.ok ? r.stdout.toString("utf8").trim() : undefined;
}

/** The best common ancestor of two commits (what `git diff a...b` compares against), or undefined (unrelated histories, shallow clone). */
export function mergeBase(root: string, a: string, b: string): string | undefined {
  const r = git(root, ["merge-base", a, b]);
  return r.ok ? r.stdout.toString("utf8").trim().split("\n")[0] : undefined;
}

export type ChangeStatus = "added" | "modified" | "deleted";

export interface FileChange {
  /** Absolute path in the working tree. */
  path: string;
  status: ChangeStatus;
  /** For a rename or copy: the absolute path the file had at the base. */
  renamedFrom?: string;
  /** For a rename or copy: git's similarity index, 0-100 (100 = content unchanged). */
  similarity?: number;
}

/**
 * Files added, modified or deleted between `since` (a commit) and the working tree: committed changes,
 * staged and unstaged edits, and untracked files (those not ignored). A rename counts as "added" at the new
 * path with `renamedFrom` set, so a renamed revision file is both new here and known at the base.
 */
export function changedSince(root: string, since: string): FileChange[] {
  const changes = new Map<string, FileChange>();
  const diff = gitOnWorkingTree(root, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", since, "--"]);
  if (!diff.ok) throw new Error(`git diff against ${since} failed: ${diff.stderr.trim().split("\n")[0]}`);
  const fields = diff.stdout.toString("utf8").split("\0");
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const kind = code[0];
    if (kind === "R" || kind === "C") {
      const from = path.join(root, fields[i++]);
      const to = path.join(root, fields[i++]);
      const similarity = Number(code.slice(1)) || 0;
      changes.set(to, kind === "R" ? { path: to, status: "added", renamedFrom: from, similarity } : { path: to, status: "added" });
      if (kind === "R") changes.set(from, { path: from, status: "deleted" });
      continue;
    }
    const file = path.join(root, fields[i++]);
    if (kind === "A") changes.set(file, { path: file, status: "added" });
    else if (kind === "D") changes.set(file, { path: file, status: "deleted" });
    else changes.set(file, { path: file, status: "modified" }); // M, T (type change), U (unmerged)
  }
  const untracked = git(root, ["ls-files", "-z", "--others", "--exclude-standard"]);
  if (untracked.ok) {
    for (const rel of untracked.stdout.toString("utf8").split("\0")) {
      if (!rel) continue;
      const file = path.join(root, rel);
      changes.set(file, { path: file, status: "added" });
    }
  }
  return [...changes.values()];
}

/** Paths (relative to the repository root, posix) of the files under `dir` (relative, posix; "" = everything) at a commit. */
export function listFilesAt(root: string, commit: string, dir: string): string[] {
  const args = ["ls-tree", "-r", "-z", "--name-only", commit];
  if (dir) args.push("--", dir.endsWith("/") ? dir : `${dir}/`);
  const r = git(root, args);
  if (!r.ok) return [];
  return r.stdout
    .toString("utf8")
    .split("\0")
    .filter((p) => p.length > 0);
}

/**
 * Contents of several files at a commit, read by one `git cat-file --batch` process (a 300-file history costs
 * one process, not 300). Files missing at that commit are absent from the map.
 */
export function readFilesAt(root: string, commit: string, relPaths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (relPaths.length === 0) return out;
  const r = git(root, ["cat-file", "--batch"], relPaths.map((p) => `${commit}:${p}`).join("\n") + "\n");
  if (!r.ok) return out;
  const buf = r.stdout;
  let pos = 0;
  for (const rel of relPaths) {
    const eol = buf.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = buf.subarray(pos, eol).toString("utf8");
    pos = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<object> missing"
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(rel, buf.subarray(pos, pos + size));
    pos += size + 1; // contents are followed by a newline
  }
  return out;
}

/** The first line (1-based, in the working tree) that differs from the commit, for pointing a finding at the edit. */
export function firstChangedLine(root: string, since: string, file: string, renamedFrom?: string): number | undefined {
  const paths = renamedFrom ? [toGitPath(root, renamedFrom), toGitPath(root, file)] : [toGitPath(root, file)];
  const r = gitOnWorkingTree(root, ["diff", "-U0", "--no-ext-diff", "--no-color", "-M", since, "--", ...paths]);
  if (!r.ok) return undefined;
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/m.exec(r.stdout.toString("utf8"));
  if (!hunk) return undefined;
  // A hunk that only deletes lines names the line before the deletion.
  return Math.max(1, Number(hunk[1]) + (hunk[2] === "0" ? 1 : 0));
}

/** Does the file (absolute path) exist at the commit? */
export function existsAt(root: string, commit: string, file: string): boolean {
  const rel = toGitPath(root, file);
  return git(root, ["cat-file", "-e", `${commit}:${rel}`]).ok;
}

export interface Introduction {
  commit: string;
  author: string;
  email: string;
  /** Commit subject line. */
  subject: string;
}

/** The commit that added a file (following renames), or undefined when it is not committed yet. */
export function introducedBy(root: string, file: string): Introduction | undefined {
  const rel = toGitPath(root, file);
  const r = git(root, ["log", "--follow", "--diff-filter=A", "--format=%H%x00%an%x00%ae%x00%s", "--", rel]);
  if (!r.ok) return undefined;
  const lines = r.stdout.toString("utf8").trim().split("\n").filter(Boolean);
  const last = lines.at(-1); // the oldest addition: --follow may also list the add of an earlier name
  if (!last) return undefined;
  const [commit, author, email, subject] = last.split("\0");
  return { commit, author, email, subject };
}

/** A path relative to the repository root with posix separators, as git names it. */
export function toGitPath(root: string, file: string): string {
  return relativePath(root, path.resolve(root, file));
}
