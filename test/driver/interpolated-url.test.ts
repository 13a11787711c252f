// alembic.ini's sqlalchemy.url may be built from %(NAME)s options that only env.py sets
// (config.set_section_option): Alembic runs such a project, so the driver must load it too.
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Driver, type DriverOptions } from "../../src/driver";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

const DIR = path.resolve(__dirname, "../fixtures/driver/interpolated_url");
const options = (extra: Partial<DriverOptions> = {}): DriverOptions => ({
  python: "/usr/bin/python3",
  configPath: path.join(DIR, "alembic.ini"),
  section: "alembic",
  cwd: DIR,
  stepTimeoutMs: 60_000,
  versionLocations: [],
  ...extra,
});

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

it("runs the migrations on the throwaway database", async () => {
  const databaseUrl = await pg.createDatabase();
  const driver = await Driver.start(options({ databaseUrl }));
  try {
    expect((await driver.upgrade("s001")).ok).toBe(true);
    expect(await pg.query(databaseUrl, "SELECT version_num FROM alembic_version")).toEqual([{ version_num: "s001" }]);
  } finally {
    await driver.close();
  }
}, 60_000);

it("renders the SQL offline", async () => {
  const driver = await Driver.start(options());
  try {
    const response = await driver.offlineSql(null, "s001");
    expect(response.ok).toBe(true);
    expect(response.statements.some((s) => /^CREATE TABLE accounts/.test(s.sql))).toBe(true);
  } finally {
    await driver.close();
  }
}, 60_000);
