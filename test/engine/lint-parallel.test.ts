// `lint` on many files may spread them over worker threads started from lint's own bundle (dist/lint.js). The output must
// not depend on it: lint the benchmark corpus (485 revision files) from a freshly built ncc bundle on one thread
// and on two, and require byte-identical reports (JSON and text) and the same exit code.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
// Inside the repository (ignored by git) so the compiled code finds node_modules like the real build does.
const work = path.join(root, "bench", ".work", `lint-parallel-test-${process.pid}`);
let bundle: string;
let corpus: { many: string[]; big: string[]; statements: number };

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  const build = path.join(work, "build");
  const dist = path.join(work, "dist");
  try {
    execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", path.join(root, "tsconfig.json"), "--outDir", build], { cwd: root, stdio: "pipe" });
  } catch {
    // Type errors elsewhere in the tree do not stop tsc from writing JavaScript; a missing cli.js fails below.
  }
  // The layout scripts/build.mjs makes: the launcher as dist/cli.js, lint's own bundle (which the workers start
  // from) as dist/lint.js, every command as dist/main.js.
  const ncc = createRequire(path.join(root, "package.json"))("@vercel/ncc");
  fs.mkdirSync(dist, { recursive: true });
  for (const [out, entry] of [["lint.js", "lint-cli.js"], ["main.js", "cli.js"]]) {
    const { code } = await ncc(path.join(build, entry), { cache: false, minify: false, sourceMap: false, quiet: true, target: "es2022", assetBuilds: false });
    fs.writeFileSync(path.join(dist, out), code);
  }
  bundle = path.join(dist, "cli.js");
  fs.copyFileSync(path.join(build, "bin.js"), bundle);
  fs.copyFileSync(path.join(root, "node_modules", "libpg-query", "wasm", "libpg-query.wasm"), path.join(dist, "libpg-query.wasm"));
  const { writeCorpus } = await import(path.join(root, "bench", "lint", "corpus.mjs"));
  corpus = writeCorpus(path.join(work, "corpus"));
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function lint(args: string[]) {
  const res = spawnSync(process.execPath, [bundle, "lint", ...args], { cwd: path.join(work, "corpus"), encoding: "utf8", maxBuffer: 1 << 30 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("lint on worker threads (from the ncc bundle)", () => {
  it("reports exactly what one thread reports, JSON and text", () => {
    expect(corpus.many.length).toBeGreaterThan(400);
    for (const format of ["json", "text"]) {
      const one = lint(["many", "--format", format, "--jobs", "1"]);
      const two = lint(["many", "--format", format, "--jobs", "2"]);
      expect(one.stderr).toBe("");
      expect(two.stderr).toBe("");
      expect(one.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      if (format === "json") expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(5000);
    }
  });

  it("stops on an unreadable file with the same one-line error", () => {
    // /proc/self/mem passes stat but cannot be read: the error must be the serial run's, whichever thread hit it.
    const args = ["many", "/proc/self/mem", "big", "--format", "json"];
    const one = lint([...args, "--jobs", "1"]);
    const two = lint([...args, "--jobs", "2"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/^alembic-guard: lint: cannot read .*proc\/self\/mem: EIO\n$/);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe("");
  });

  it("rejects a --jobs that is not a positive whole number", () => {
    const res = lint(["many", "--jobs", "0"]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("--jobs must be a positive whole number");
  });
});
