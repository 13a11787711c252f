// When alembic-guard dies without closing the driver (SIGKILL, OOM), the driver must not live on: a migration
// it is running would otherwise keep going on the database for as long as it takes. It notices that its
// parent is gone even while its stdin stays open (it does not read stdin while a migration runs).
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expect, it } from "vitest";

const DRIVER = path.resolve(__dirname, "../../src/driver/driver.py");
const SHOP = path.resolve(__dirname, "../fixtures/driver/shop");

function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

it("exits soon after its parent process is gone", async () => {
  const init = JSON.stringify({ config: path.join(SHOP, "alembic.ini"), section: "alembic", version_locations: [] });
  // The driver's stdin: a FIFO this test holds open all along (node closes a child's stdin pipe when it exits).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "r2-orphan-"));
  const fifo = path.join(dir, "stdin");
  execFileSync("mkfifo", [fifo]);
  const writer = fs.openSync(fifo, fs.constants.O_RDWR);
  // A parent that starts the driver and dies.
  const parent = spawn("/bin/sh", ["-c", '"$0" "$1" "$2" <"$3" & echo $!; sleep 1', "/usr/bin/python3", DRIVER, init, fifo], { cwd: SHOP, stdio: ["ignore", "pipe", "ignore"] });
  const pid = await new Promise<number>((resolve) => parent.stdout!.once("data", (d: Buffer) => resolve(Number(String(d).trim()))));
  await new Promise((resolve) => parent.once("exit", resolve));
  try {
    expect(running(pid)).toBe(true);
    const deadline = Date.now() + 5_000;
    while (running(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running(pid)).toBe(false);
  } finally {
    if (running(pid)) process.kill(pid, "SIGKILL");
    fs.closeSync(writer);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 20_000);
