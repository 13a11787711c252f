// Temp dirs for tests that are removed when the test file finishes (a suite run must leave /tmp as it found it).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";

const created: string[] = [];

// Registered when a test file imports this module (collection time; vitest evaluates it once per file).
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** mkdtemp under os.tmpdir(), removed after the current test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}
