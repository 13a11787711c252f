import * as path from "node:path";
import * as fs from "node:fs";
import * as os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedSince, existsAt, firstChangedLine, gitRoot, introducedBy, listFilesAt, mergeBase, readFilesAt, resolveCommit } from "../../src/git";
import { TempRepo } from "./temp-repo";

describe("git module on a real repository", () => {
  let repo: TempRepo;
  let baseCommit: string;

  beforeAll(() => {
    repo = new TempRepo();
    repo.write("versions/001_init.py", "revision = '001'\n");
    repo.write("versions/002_users.py", "revision = '002'\n");
    repo.write("versions/old_name.py", "revision = 'old'\n" + "x = 1\n".repeat(20));
    repo.write("README", "readme\n");
    baseCommit = repo.commitAll("base");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("versions/003_teams.py", "revision = '003'\n");
    repo.write("versions/002_users.py", "revision = '002'\n# edited\n");
    repo.git("mv", "versions/old_name.py", "versions/new_name.py");
    repo.commitAll("feature work", { name: "Feature Author", email: "feature@example.com" });
    // Uncommitted: an edit, an untracked new file, a deletion.
    repo.write("versions/004_untracked.py", "revision = '004'\n");
    repo.remove("versions/001_init.py");
  });
  afterAll(() => repo.dispose());

  it("finds the repository root from a subdirectory, and nothing outside a repository", () => {
    expect(gitRoot(path.join(repo.root, "versions"))).toBe(repo.root);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "ag-nogit-"));
    try {
      expect(gitRoot(outside)).toBeUndefined();
    } finally {
      fs.rmSync(outside, { recursive: true });
    }
  });

  it("resolves refs and refuses missing ones and option-looking ones", () => {
    expect(resolveCommit(repo.root, "main")).toBe(baseCommit);
    expect(resolveCommit(repo.root, "origin/does-not-exist")).toBeUndefined();
    expect(resolveCommit(repo.root, "--all")).toBeUndefined();
    expect(mergeBase(repo.root, "main", "HEAD")).toBe(baseCommit);
  });

  it("lists committed, uncommitted and untracked changes, with renames", () => {
    const changes = changedSince(repo.root, baseCommit);
    const byRel = Object.fromEntries(changes.map((c) => [path.relative(repo.root, c.path), c]));
    expect(byRel["versions/003_teams.py"].status).toBe("added");
    expect(byRel["versions/002_users.py"].status).toBe("modified");
    expect(byRel["versions/004_untracked.py"].status).toBe("added");
    expect(byRel["versions/001_init.py"].status).toBe("deleted");
    expect(byRel["versions/new_name.py"]).toMatchObject({ status: "added", renamedFrom: path.join(repo.root, "versions/old_name.py") });
    expect(byRel["README"]).toBeUndefined();
  });

  it("reads files at a commit in one batch", () => {
    expect(listFilesAt(repo.root, baseCommit, "versions").sort()).toEqual([
      "versions/001_init.py",
      "versions/002_users.py",
      "versions/old_name.py",
    ]);
    const contents = readFilesAt(repo.root, baseCommit, ["versions/002_users.py", "versions/missing.py", "versions/001_init.py"]);
    expect(contents.get("versions/002_users.py")?.toString()).toBe("revision = '002'\n");
    expect(contents.get("versions/001_init.py")?.toString()).toBe("revision = '001'\n");
    expect(contents.has("versions/missing.py")).toBe(false);
    expect(existsAt(repo.root, baseCommit, path.join(repo.root, "versions/002_users.py"))).toBe(true);
    expect(existsAt(repo.root, baseCommit, path.join(repo.root, "versions/003_teams.py"))).toBe(false);
  });

  it("names the commit and author that added a file", () => {
    expect(introducedBy(repo.root, path.join(repo.root, "versions/003_teams.py"))).toMatchObject({
      author: "Feature Author",
      email: "feature@example.com",
      subject: "feature work",
    });
    expect(introducedBy(repo.root, path.join(repo.root, "versions/002_users.py"))).toMatchObject({ commit: baseCommit, author: "Base Author" });
    expect(introducedBy(repo.root, path.join(repo.root, "versions/004_untracked.py"))).toBeUndefined();
  });
});

describe("git is only read, never written", () => {
  it("changedSince and firstChangedLine leave .git/index untouched when files' stat data changed (git diff would refresh it)", () => {
    const repo = new TempRepo();
    try {
      repo.write("versions/001_init.py", "revision = '001'\n");
      repo.write("versions/002_users.py", "revision = '002'\n");
      const base = repo.commitAll("base");
      const touched = repo.write("versions/001_init.py", "revision = '001'\n# edited\n");
      // Same content, new mtime: `git diff` refreshes such entries and writes the index back.
      const sameContent = path.join(repo.root, "versions/002_users.py");
      fs.utimesSync(sameContent, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
      const index = path.join(repo.root, ".git/index");
      const before = { bytes: fs.readFileSync(index), mtimeMs: fs.statSync(index).mtimeMs };
      expect(changedSince(repo.root, base).map((c) => [path.basename(c.path), c.status])).toEqual([["001_init.py", "modified"]]);
      expect(firstChangedLine(repo.root, base, touched)).toBe(2);
      expect(fs.statSync(index).mtimeMs).toBe(before.mtimeMs);
      expect(fs.readFileSync(index).equals(before.bytes)).toBe(true);
      expect(fs.existsSync(path.join(repo.root, ".git/index.lock"))).toBe(false);
    } finally {
      repo.dispose();
    }
  });
});
