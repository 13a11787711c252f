// How `lint` names files in its report: relative to the working directory with `/` separators, however the
// path was given (plain, with `.`/`..` segments, a directory, a file outside the working directory, a
// working directory spelled with `..` or a trailing slash), and each file once.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-lint-paths-"));
  for (const file of ["proj/a.sql", "proj/sub/b.sql", "other/c.sql"]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), "CREATE INDEX ix ON users (email);\n");
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function reportedFiles(args: string[], cwd: string): Promise<string[]> {
  let stdout = "";
  const code = await main(["lint", ...args, "--format", "json"], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stdout += t),
    readStdin: async () => Buffer.from(""),
  }, cwd);
  expect(code, stdout).toBe(1);
  const findings: Array<{ file: string; rule: string }> = JSON.parse(stdout).findings;
  return findings.filter((f) => f.rule === "require-concurrent-index-creation").map((f) => f.file);
}

describe("lint file names", () => {
  it("are relative to the working directory, with / separators, each file once", async () => {
    const proj = path.join(dir, "proj");
    expect(await reportedFiles(["a.sql", "./sub/../a.sql", path.join(proj, "a.sql")], proj)).toEqual(["a.sql"]);
    expect(await reportedFiles(["."], proj)).toEqual(["a.sql", "sub/b.sql"]);
    expect(await reportedFiles(["sub/b.sql", "../other/c.sql"], proj)).toEqual(["../other/c.sql", "sub/b.sql"]);
  });

  it("do not depend on how the working directory is spelled", async () => {
    for (const cwd of [path.join(dir, "other", "..", "proj"), path.join(dir, "proj") + path.sep]) {
      expect(await reportedFiles(["sub/b.sql", path.join(dir, "proj", "a.sql")], cwd)).toEqual(["a.sql", "sub/b.sql"]);
    }
  });

  it("name a file given as the working directory's sibling prefix (proj vs proj2) by a relative path", async () => {
    fs.mkdirSync(path.join(dir, "proj2"), { recursive: true });
    fs.writeFileSync(path.join(dir, "proj2", "d.sql"), "CREATE INDEX ix ON users (email);\n");
    expect(await reportedFiles([path.join(dir, "proj2", "d.sql")], path.join(dir, "proj"))).toEqual(["../proj2/d.sql"]);
  });
});
