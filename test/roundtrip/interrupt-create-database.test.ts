// --database-url: the drop of the run's database is registered with the signal cleanup BEFORE the CREATE
// DATABASE, so a signal just before or just after the CREATE leaves no database behind. A listener of our
// own stands in for "someone else decides how to exit", so the handler does not kill the test worker.
// A signal leaves `terminating` set in the cleanup module: each signal test loads fresh modules.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";

let pg: TestPostgres;
const keepAlive = () => undefined;
beforeAll(async () => {
  pg = await startTestPostgres();
  process.on("SIGINT", keepAlive);
}, 60_000);
afterAll(async () => {
  process.removeListener("SIGINT", keepAlive);
  await pg?.stop();
});

const databases = async () => (await pg.query<{ datname: string }>(pg.url("postgres"), "SELECT datname FROM pg_database ORDER BY 1")).map((d) => d.datname);

async function freshModules() {
  vi.resetModules();
  const cleanup = await import("../../src/roundtrip/cleanup");
  const postgres = await import("../../src/roundtrip/postgres");
  return { ...cleanup, ...postgres };
}

it("holds the drop of the new database before CREATE DATABASE runs, and drops it again after a normal close", async () => {
  const { startThrowawayPostgres, pendingCleanups } = await freshModules();
  const seen: { name: string; registered: (string | undefined)[]; existing: string[] }[] = [];
  const started = await startThrowawayPostgres({
    databaseUrl: pg.url("postgres"),
    allowRemote: false,
    createDatabaseHooks: {
      before: async (name) => {
        seen.push({ name, registered: pendingCleanups().map((c) => c.what), existing: await databases() });
      },
    },
  });
  expect(seen).toHaveLength(1);
  const { name } = seen[0];
  expect(seen[0].existing).not.toContain(name);
  expect(seen[0].registered).toEqual([`database ${name} on postgresql://postgres@/postgres`]);
  expect(await databases()).toContain(name);
  await started.close();
  expect(pendingCleanups()).toEqual([]);
  expect(await databases()).toEqual(["postgres", "template0", "template1"]);
});

for (const when of ["before", "after"] as const) {
  it(`a signal just ${when} CREATE DATABASE: one line, no database left, the run goes no further`, async () => {
    const { startThrowawayPostgres, terminating } = await freshModules();
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    let name = "";
    let existedAtSignal: boolean | undefined;
    try {
      const error = await startThrowawayPostgres({
        databaseUrl: pg.url("postgres"),
        allowRemote: false,
        createDatabaseHooks: {
          [when]: async (n: string) => {
            name = n;
            existedAtSignal = (await databases()).includes(n);
            process.emit("SIGINT", "SIGINT");
          },
        },
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(terminating()).toBe(true);
      // runRoundtrip swallows this while terminating (no report); here it shows the run did not go on.
      expect((error as Error).message).toMatch(/^(cannot create a database on|interrupted after creating database) /);
      await vi.waitFor(() => expect(written).toHaveLength(1), { timeout: 10_000 });
    } finally {
      write.mockRestore();
    }
    expect(existedAtSignal).toBe(when === "after");
    expect(written).toEqual([`alembic-guard: interrupted; cleaned up database ${name} on postgresql://postgres@/postgres\n`]);
    expect(await databases()).toEqual(["postgres", "template0", "template1"]);
  });
}
