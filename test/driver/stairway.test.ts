// The round trip's access pattern: upgrade → downgrade → upgrade per revision, all through ONE driver.
import * as fs from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Driver } from "../../src/driver";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";
import { writeStairwayProject } from "./stairway-project";

let pg: TestPostgres;
let project: ReturnType<typeof writeStairwayProject>;
beforeAll(async () => {
  pg = await startTestPostgres();
  project = writeStairwayProject(30);
});
afterAll(async () => {
  await pg?.stop();
  if (project) fs.rmSync(project.dir, { recursive: true, force: true });
});

it("walks a 30-revision stairway and back to base in one driver process", async () => {
  const databaseUrl = await pg.createDatabase();
  const driver = await Driver.start({
    python: "/usr/bin/python3",
    configPath: project.config,
    section: "alembic",
    cwd: project.dir,
    databaseUrl,
    stepTimeoutMs: 60_000,
    versionLocations: [],
  });
  try {
    expect(driver.helloResponse.heads).toEqual([project.revisions.at(-1)]);
    for (const revision of project.revisions) {
      const up = await driver.upgrade(revision);
      expect(up.applied).toEqual([expect.objectContaining({ revision, direction: "upgrade" })]);
      const down = await driver.downgrade("-1");
      expect(down.applied).toEqual([expect.objectContaining({ revision, direction: "downgrade" })]);
      const again = await driver.upgrade(revision);
      expect(again.ok).toBe(true);
      expect(again.statements.filter((s) => !s.bookkeeping).map((s) => s.sql)).toEqual(
        up.statements.filter((s) => !s.bookkeeping).map((s) => s.sql),
      );
    }
    const base = await driver.downgrade("base");
    expect(base.applied.map((a) => a.revision)).toEqual([...project.revisions].reverse());
    const tables = await pg.query(databaseUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables).toEqual([{ tablename: "alembic_version" }]);
  } finally {
    await driver.close();
  }
});
