// A --database-url that leaves the host to libpq's environment (PGHOST, PGPORT), as CI jobs often do:
// `postgresql:///postgres` with PGHOST set. The database is created where PGHOST points, the migrations must run
// there too, and a PGHOST on another machine needs --allow-remote-database like a host in the URL.
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { Driver } from "../../src/driver";
import { UsageError } from "../../src/findings";
import { startThrowawayPostgres } from "../../src/roundtrip/postgres";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

const saved = { PGHOST: process.env.PGHOST, PGPORT: process.env.PGPORT };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

it("runs the migrations on the server PGHOST names, where it created the database", async () => {
  process.env.PGHOST = pg.socketDir;
  process.env.PGPORT = "5432";
  const started = await startThrowawayPostgres({ databaseUrl: "postgresql://postgres@/postgres", allowRemote: false });
  const dir = path.resolve(__dirname, "../fixtures/driver/shop");
  let driver: Driver | undefined;
  try {
    driver = await Driver.start({
      python: "/usr/bin/python3",
      configPath: path.join(dir, "alembic.ini"),
      section: "alembic",
      cwd: dir,
      databaseUrl: started.url,
      stepTimeoutMs: 60_000,
      versionLocations: [],
    });
    expect((await driver.upgrade("s001")).ok).toBe(true);
  } finally {
    await driver?.close();
    await started.close();
  }
}, 60_000);

it("asks for --allow-remote-database when PGHOST is another machine", async () => {
  process.env.PGHOST = "db.example.com";
  const error = await startThrowawayPostgres({ databaseUrl: "postgresql://app:s3cret@/app", allowRemote: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).toMatch(/^--database-url points at db\.example\.com, which is not this machine/);
  expect((error as Error).message).not.toContain("s3cret");
});
