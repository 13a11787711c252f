// Runtime assets (.wasm files, the Python driver) live next to the bundle in dist/;
// in development and tests they are found in node_modules / src instead.
import * as fs from "node:fs";
import * as path from "node:path";

const DEV_LOCATIONS: Record<string, string[]> = {
  "libpg-query.wasm": ["node_modules/libpg-query/wasm/libpg-query.wasm"],
  "web-tree-sitter.wasm": ["node_modules/web-tree-sitter/web-tree-sitter.wasm"],
  "tree-sitter-python.wasm": ["node_modules/tree-sitter-python/tree-sitter-python.wasm"],
  "driver.py": ["src/driver/driver.py"],
};

/** Absolute path of a runtime asset; throws with the places it looked. */
export function assetPath(name: string): string {
  const tried: string[] = [];
  const candidates = [path.join(__dirname, name)];
  // Walk up from this module to find the project root (dev: src/, build/; bundle: dist/).
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    for (const rel of DEV_LOCATIONS[name] ?? []) candidates.push(path.join(dir, rel));
    dir = path.dirname(dir);
  }
  for (const candidate of candidates) {
    tried.push(candidate);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`runtime asset ${name} not found (looked in: ${tried.join(", ")}); reinstall alembic-guard`);
}
