// SIGTERM in the middle of the stairway, in process: the signal cleanup stops the server under the hanging
// migration, so the migration fails — but that failure is ours, not the user's. The run must not come back
// with a migration-failed report; it waits for the signal handler, which prints one line and (in the CLI)
// re-raises the signal. A listener of our own stands in for "someone else decides how to exit", so the
// handler does not kill the test worker. (One signal per file: `terminating` stays set in this module.)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { main } from "../../src/cli";
import { terminating } from "../../src/roundtrip/cleanup";
import { waitFor } from "../helpers/processes";
import { FIXTURES, hangingMigration, PYTHON, throwawayServerDir } from "./helpers";

let tmp: string;
let savedTmpdir: string | undefined;
const keepAlive = () => undefined;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "h16-interrupt-"));
  fs.chmodSync(tmp, 0o755); // the server runs as the postgres user and must reach its socket dir
  savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  process.on("SIGTERM", keepAlive);
});
afterAll(() => {
  process.removeListener("SIGTERM", keepAlive);
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  fs.rmSync(tmp, { recursive: true, force: true });
});

it("reports nothing for a migration that failed because the signal cleanup stopped the server", async () => {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => Buffer.alloc(0) };
  let settled: string | undefined;
  void main(["roundtrip", "--python", PYTHON, "--step-timeout", "600"], io, path.join(FIXTURES, "hang"), true).then(
    (code) => (settled = `returned ${code}`),
    (error: unknown) => (settled = `threw ${String(error)}`),
  );
  const serverDir = await throwawayServerDir(tmp, () => {
    if (settled) throw new Error(`the run ended early: ${settled}; ${stdout} ${stderr}`);
  });
  await hangingMigration(serverDir, () => stderr);
  const progressBefore = stderr;
  const written: string[] = [];
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    expect(terminating()).toBe(false);
    process.emit("SIGTERM", "SIGTERM");
    expect(terminating()).toBe(true);
    await waitFor("the interrupted line", () => (written.length > 0 ? true : undefined), 15_000);
    // Give the run every chance to come back with its (spurious) result.
    await new Promise((r) => setTimeout(r, 1_500));
  } finally {
    write.mockRestore();
  }
  expect(written).toEqual([`alembic-guard: interrupted; cleaned up the throwaway PostgreSQL server and its temp dir ${serverDir}, the Python driver\n`]);
  expect(settled).toBeUndefined();
  expect(stdout).toBe("");
  expect(stderr).toBe(progressBefore); // no "upgrade failed" progress line either
  expect(stderr).not.toMatch(/failed|migration-failed/);
  expect(fs.existsSync(serverDir)).toBe(false);
}, 90_000);
