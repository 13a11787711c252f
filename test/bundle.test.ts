// The committed bundle must run on its own: copy dist/ somewhere else (no node_modules, no src/) and use it
// as a user would — the .wasm parsers and the Python driver must be found beside the bundle.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
let copy: string;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "ag-bundle-"));
  fs.cpSync(path.join(root, "dist"), path.join(copy, "dist"), { recursive: true });
  fs.cpSync(path.join(root, "examples", "helpdesk"), path.join(copy, "helpdesk"), { recursive: true });
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [path.join(copy, "dist", "cli.js"), ...args], {
    cwd: copy,
    input,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: "" },
  });
}

describe("dist/ copied away from the repository", () => {
  it("has every runtime asset beside the bundle", () => {
    for (const asset of ["cli.js", "main.js", "lint.js", "index.js", "libpg-query.wasm", "web-tree-sitter.wasm", "tree-sitter-python.wasm", "driver.py"]) {
      expect(fs.existsSync(path.join(copy, "dist", asset)), asset).toBe(true);
    }
  });

  it("lints SQL from stdin with the WASM PostgreSQL parser", () => {
    const run = cli(["lint", "-", "--stdin-filepath", "m.sql", "--format", "json"], "CREATE INDEX ix ON users (email);\n");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain("require-concurrent-index-creation");
    expect(run.status).toBe(1);
  });

  it("lints files on worker threads started from the lint bundle, with the same findings as one thread", () => {
    const files = ["a.sql", "b.sql", "c.sql"];
    files.forEach((name, i) => fs.writeFileSync(path.join(copy, name), `CREATE INDEX ix_${i} ON users (email);\nALTER TABLE users DROP COLUMN c${i};\n`));
    const threaded = cli(["lint", ...files, "--format", "json", "--jobs", "3"]);
    const single = cli(["lint", ...files, "--format", "json", "--jobs", "1"]);
    expect(threaded.stderr).toBe("");
    expect(threaded.stdout).toBe(single.stdout);
    const byFile = JSON.parse(threaded.stdout).findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`);
    for (const name of files) expect(byFile).toEqual(expect.arrayContaining([`${name} require-concurrent-index-creation`, `${name} ban-drop-column`]));
  });

  it("stops quietly when the reader closes the pipe (`lint … | head`), keeping the exit code", async () => {
    const sql = Array.from({ length: 3000 }, (_, i) => `CREATE INDEX ix_${i} ON users (email);`).join("\n");
    fs.writeFileSync(path.join(copy, "many.sql"), sql);
    const child = spawn(process.execPath, [path.join(copy, "dist", "cli.js"), "lint", "many.sql", "--format", "text"], { cwd: copy });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // Read one chunk of the report, then go away like `head` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  it("prints lint's usage from the lint bundle", () => {
    const run = cli(["lint", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--pg-version");
  });

  it("reads the example's revision graph with the WASM Python parser", () => {
    const run = cli(["graph", "--config", "helpdesk/alembic.ini", "--format", "json"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.heads).toEqual(["016"]);
    expect(report.revisions).toHaveLength(16);
  });

  it("prints usage and exits 2 on an unknown command, without a stack trace", () => {
    const run = cli(["frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
