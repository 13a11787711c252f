// A --database-url server where the user may create databases but pg_hba.conf does not let them connect to
// new ones (a common lock-down): a one-line error (exit 2), the database created for the run dropped again.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { UsageError } from "../../src/findings";
import { startThrowawayPostgres } from "../../src/roundtrip/postgres";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
  // Connections to the maintenance databases only; everything else (the new database too) is rejected.
  fs.writeFileSync(path.join(pg.root, "data", "pg_hba.conf"), "local postgres all trust\nlocal template1 all trust\nlocal all all reject\n");
  await pg.query(pg.url("postgres"), "SELECT pg_reload_conf()");
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

it("says it cannot connect to the database it created, drops it, and leaves the others alone", async () => {
  const error = await startThrowawayPostgres({ databaseUrl: pg.url("postgres"), allowRemote: false }).then(
    async (started) => {
      await started.close();
      return started;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as Error).message;
  expect(message.split("\n")).toHaveLength(1);
  expect(message).toMatch(/^created database alembic_guard_[0-9a-f]{12} on postgresql:\/\/postgres@\/postgres but cannot connect to it: .*pg_hba\.conf rejects connection/);
  const databases = await pg.query<{ datname: string }>(pg.url("postgres"), "SELECT datname FROM pg_database ORDER BY 1");
  expect(databases.map((d) => d.datname)).toEqual(["postgres", "template0", "template1"]);
});

it("says which database to drop by hand when the server refuses the DROP at the end", async () => {
  fs.writeFileSync(path.join(pg.root, "data", "pg_hba.conf"), "local all all trust\n");
  await pg.query(pg.url("postgres"), "SELECT pg_reload_conf()");
  const started = await startThrowawayPostgres({ databaseUrl: pg.url("postgres"), allowRemote: false });
  const name = /database (alembic_guard_[0-9a-f]{12})/.exec(started.server)![1];
  // The maintenance database becomes unreachable before the end of the run.
  fs.writeFileSync(path.join(pg.root, "data", "pg_hba.conf"), "local template1 all trust\nlocal postgres all reject\nlocal all all trust\n");
  await pg.query(pg.url("template1"), "SELECT pg_reload_conf()");
  const error = await started.close().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as Error).message;
  expect(message.split("\n")).toHaveLength(1);
  expect(message).toContain(`could not drop the database ${name} that this run created on postgresql://postgres@/postgres`);
  expect(message).toContain(`DROP DATABASE "${name}"`);
  await pg.query(pg.url("template1"), `DROP DATABASE "${name}"`);
});
