// The one build: tsc (TypeScript 7, native) compiles src/ to build/ as CommonJS, then ncc bundles each
// entry point into a single file in dist/, and the runtime assets the bundles load are copied beside them.
// ncc cannot compile .ts with TypeScript 7, so it only ever sees tsc's JavaScript.
// dist/cli.js (the `bin`) is src/bin.ts as tsc wrote it: a few lines that pick dist/lint.js (lint only) or
// dist/main.js (every command); dist/index.js is the GitHub Action.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ncc = require("@vercel/ncc");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const build = path.join(root, "build");
const dist = path.join(root, "dist");

const ENTRIES = { "main.js": "cli.js", "lint.js": "lint-cli.js", "index.js": "action.js" };
const LAUNCHER = "bin.js";
const ASSETS = {
  "libpg-query.wasm": "node_modules/libpg-query/wasm/libpg-query.wasm",
  "web-tree-sitter.wasm": "node_modules/web-tree-sitter/web-tree-sitter.wasm",
  "tree-sitter-python.wasm": "node_modules/tree-sitter-python/tree-sitter-python.wasm",
  "driver.py": "src/driver/driver.py",
};

fs.rmSync(build, { recursive: true, force: true });
execFileSync(path.join(root, "node_modules/.bin/tsc"), ["-p", path.join(root, "tsconfig.json")], {
  stdio: "inherit",
  cwd: root,
});

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
for (const [outName, entry] of Object.entries(ENTRIES)) {
  const input = path.join(build, entry);
  if (!fs.existsSync(input)) {
    throw new Error(`build: ${entry} missing in build/ (no src/${entry.replace(/\.js$/, ".ts")}?)`);
  }
  const { code, assets } = await ncc(input, {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2022",
    // Assets are copied explicitly below; ncc must not rewrite their paths.
    assetBuilds: false,
  });
  fs.writeFileSync(path.join(dist, outName), code, { mode: 0o644 });
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name.endsWith(".wasm") || name.endsWith(".py") || name === "package.json") continue;
    fs.writeFileSync(path.join(dist, name), asset.source);
  }
}
// The launcher only requires its sibling bundles, so it needs no bundling.
fs.copyFileSync(path.join(build, LAUNCHER), path.join(dist, "cli.js"));
fs.chmodSync(path.join(dist, "cli.js"), 0o755);
for (const [name, from] of Object.entries(ASSETS)) {
  const source = path.join(root, from);
  if (fs.existsSync(source)) fs.copyFileSync(source, path.join(dist, name));
  else if (name !== "driver.py") throw new Error(`build: asset ${from} missing; run npm ci`);
}
// `alembic-guard explain` prints rules/<id>.md; the pages ship beside the bundle in dist/rules/.
fs.mkdirSync(path.join(dist, "rules"), { recursive: true });
for (const page of fs.readdirSync(path.join(root, "rules")).filter((name) => name.endsWith(".md"))) {
  fs.copyFileSync(path.join(root, "rules", page), path.join(dist, "rules", page));
}
console.log(`build: dist/ ← cli.js (launcher), ${Object.keys(ENTRIES).join(", ")} + ${Object.keys(ASSETS).join(", ")}`);
