// The cached pristine data directory lives in a shared temp dir (/dev/shm, /tmp): anybody can put a symlink
// at its name. Following it would copy (as root: any) other data directory and start a server on it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expect, it } from "vitest";
import { UsageError } from "../../src/findings";
import { pristineCachePath, startThrowawayPostgres } from "../../src/roundtrip/postgres";
import { postgresBinDir } from "../helpers/postgres";

it("refuses a symlink where its cached data directory should be", async () => {
  const { version } = postgresBinDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "r2-cache-"));
  fs.chmodSync(root, 0o755);
  try {
    // Someone else's cluster, owned like ours would be (the postgres user when we are root) and private.
    const other = path.join(root, "someone-elses-cluster");
    fs.mkdirSync(other, { mode: 0o700 });
    fs.writeFileSync(path.join(other, "PG_VERSION"), `${version}\n`);
    fs.writeFileSync(path.join(other, "their-data"), "rows");
    if (process.getuid?.() === 0) {
      const [, , uid, gid] = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"))!.split(":");
      fs.chownSync(other, Number(uid), Number(gid));
    }
    const cache = pristineCachePath(version, root);
    fs.symlinkSync(other, cache);
    const error = await startThrowawayPostgres({ allowRemote: false, postgresVersion: version, cacheRoot: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`${cache} exists but is not a directory owned by this user (a symlink?) or is writable by others; remove it`);
    // Nothing was copied out of it.
    expect(fs.readdirSync(root).sort()).toEqual([path.basename(cache), "someone-elses-cluster"].sort());
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}, 60_000);
