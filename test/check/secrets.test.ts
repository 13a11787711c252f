// A database password must not reach the report, even when the user's env.py puts a URL in its error message.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisionSource, runCheck, SYSTEM_PYTHON, writeProject } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-secrets-"));
  writeProject(dir, { "0001_users.py": revisionSource("0001", null, `op.execute("CREATE TABLE users (id bigint)")`, `op.execute("DROP TABLE users")`) });
  fs.writeFileSync(
    path.join(dir, "migrations/env.py"),
    'url = "postgresql://app:s3cr3t-pw@db.internal:5432/app"\nraise RuntimeError(f"could not connect to {url}: timeout")\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("env-import-failed with a URL in the error", () => {
  it("keeps the finding and the traceback but redacts the URL's password", async () => {
    const result = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
    const env = result.findings.find((f) => f.rule === "env-import-failed");
    expect(env?.message).toMatch(/could not connect to postgresql:\/\/app:\*\*\*@db\.internal:5432\/app/);
    const everything = JSON.stringify(result);
    expect(everything).not.toContain("s3cr3t-pw");
  });
});
