// The throwaway database's URL carries the password of a --database-url: it must not be visible to other
// users of the machine, and /proc/<pid>/cmdline (what `ps` shows) is readable by everyone.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Driver } from "../../src/driver";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

const FIXTURES = path.resolve(__dirname, "../fixtures/driver");
const PASSWORD = "pw-must-not-show-in-ps-7f3a";

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

function commandLinesContaining(text: string): string[] {
  const hits: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmdline.includes(text)) hits.push(`${pid}: ${cmdline}`);
    } catch {
      // the process ended meanwhile
    }
  }
  return hits;
}

it("keeps the database URL (and its password) off the driver's command line, and still migrates", async () => {
  // The test server trusts local connections, so the password is carried along but not checked.
  const databaseUrl = (await pg.createDatabase()).replace("postgresql://postgres@", `postgresql://postgres:${PASSWORD}@`);
  expect(databaseUrl).toContain(PASSWORD);
  const dir = path.join(FIXTURES, "shop");
  const driver = await Driver.start({
    python: "/usr/bin/python3",
    configPath: path.join(dir, "alembic.ini"),
    section: "alembic",
    cwd: dir,
    databaseUrl,
    stepTimeoutMs: 60_000,
    versionLocations: [],
  });
  try {
    expect(driver.helloResponse.env).toBe("online");
    expect(commandLinesContaining(PASSWORD)).toEqual([]);
    const up = await driver.upgrade("head");
    expect(up.ok).toBe(true);
    expect((await pg.query(databaseUrl, "SELECT count(*)::int AS n FROM alembic_version"))[0].n).toBe(1);
  } finally {
    await driver.close();
  }
}, 60_000);
