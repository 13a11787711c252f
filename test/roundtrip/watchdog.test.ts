// After a normal close() the watchdog must stand down, not run its clean-up: by then the server's pid may
// belong to another process, and the temp dir's name to something else.
import * as fs from "node:fs";
import { expect, it } from "vitest";
import { startThrowawayPostgres } from "../../src/roundtrip/postgres";

it("does nothing after a normal close()", async () => {
  const pg = await startThrowawayPostgres({ allowRemote: false });
  const dir = String(pg.clientConfig.host);
  await pg.close();
  expect(fs.existsSync(dir)).toBe(false);
  // Something new at the same path right away: the watchdog must leave it alone.
  fs.mkdirSync(dir);
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fs.existsSync(dir)).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
