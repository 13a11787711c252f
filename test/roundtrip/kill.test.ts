// Stopping `alembic-guard roundtrip` mid-stairway (a migration hanging in pg_sleep) leaves no PostgreSQL
// process, no Python driver and no temp dir behind: on SIGINT/SIGTERM through the signal cleanup, and on
// SIGKILL through the watchdog. The CLI is compiled with tsc into a private directory and run with node.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, childProcesses, waitFor } from "../helpers/processes";
import { FIXTURES, hangingMigration, PYTHON, throwawayServerDir } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
// Inside node_modules so that assetPath() finds src/driver/driver.py by walking up, as in development.
const BUILD = path.join(ROOT, "node_modules", ".cache", `alembic-guard-kill-test-${process.pid}`);

/** Start the CLI on the hanging fixture; resolve once its migration sits in pg_sleep. */
async function startHangingRun(tmp: string, command: "roundtrip" | "check" = "roundtrip") {
  const cli = spawn(process.execPath, [path.join(BUILD, "cli.js"), command, "--python", PYTHON, "--step-timeout", "600"], {
    cwd: path.join(FIXTURES, "hang"),
    env: { ...process.env, TMPDIR: tmp },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  cli.stderr!.on("data", (d) => (stderr += d));
  cli.stdout!.on("data", (d) => (stdout += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => cli.on("exit", (code, signal) => resolve({ code, signal })));
  const serverDir = await throwawayServerDir(tmp);
  const postmaster = Number(fs.readFileSync(path.join(serverDir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
  await hangingMigration(serverDir, () => stderr);
  const driver = childProcesses(cli.pid!).find((child) => child.cmdline.includes("driver.py"))?.pid;
  expect(driver).toBeDefined();
  return { cli, exited, serverDir, postmaster, driver: driver!, stderr: () => stderr, stdout: () => stdout };
}

describe("a killed round trip leaves nothing behind", () => {
  let tmp: string;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.json"), "--outDir", BUILD], {
      cwd: ROOT,
      stdio: "ignore",
    });
  }, 120_000);
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "h7-kill-"));
    fs.chmodSync(tmp, 0o755);
  });
  afterAll(() => {
    fs.rmSync(BUILD, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const [command, signal] of [["roundtrip", "SIGINT"], ["roundtrip", "SIGTERM"], ["roundtrip", "SIGKILL"], ["check", "SIGTERM"]] as const) {
    it(`${command} on ${signal}`, async () => {
      const run = await startHangingRun(tmp, command);
      expect(alive(run.postmaster)).toBe(true);
      run.cli.kill(signal);
      const { signal: exitSignal } = await run.exited;
      expect(exitSignal).toBe(signal);
      // SIGINT/SIGTERM: cleaned before exit. SIGKILL: the watchdog notices the closed pipe and cleans up.
      await waitFor("the server, the driver and the temp dir to go", () =>
        !alive(run.postmaster) && !alive(run.driver) && !fs.existsSync(run.serverDir) ? true : undefined,
        signal === "SIGKILL" ? 15_000 : 3_000,
      );
      expect(fs.readdirSync(tmp).filter((d) => !d.startsWith("alembic-guard-pgcache-"))).toEqual([]);
      expect(run.stderr()).not.toMatch(/internal error|Traceback/);
      if (signal !== "SIGKILL") {
        // The migration failed because our cleanup stopped the server under it: not the user's failure, so no
        // report; one line says what happened and what was removed.
        expect(run.stdout()).toBe("");
        expect(run.stderr()).not.toContain("migration-failed");
        expect(run.stderr()).toBe(
          `alembic-guard: interrupted; cleaned up the throwaway PostgreSQL server and its temp dir ${run.serverDir}, the Python driver\n`,
        );
      }
    });
  }
});
