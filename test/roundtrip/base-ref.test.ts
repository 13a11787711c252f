// `alembic-guard roundtrip --base-ref`: the same scope as `check` (changed since the fork point with the base).
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli";
import { TempRepo } from "../git/temp-repo";
import { FIXTURES, PYTHON } from "./helpers";

const repo = new TempRepo("ag-rt-base-");
afterAll(() => repo.dispose());

async function roundtrip(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => Buffer.alloc(0) };
  const code = await main(["roundtrip", "--python", PYTHON, "--format", "json", ...argv], io, path.join(repo.root, "clean"));
  return { code, stdout, stderr };
}

describe("roundtrip --base-ref", () => {
  it("round-trips only the revisions added since the base branch, and reports a missing ref as a finding", async () => {
    fs.cpSync(path.join(FIXTURES, "_env"), path.join(repo.root, "_env"), { recursive: true });
    fs.cpSync(path.join(FIXTURES, "clean"), path.join(repo.root, "clean"), { recursive: true });
    fs.rmSync(path.join(repo.root, "clean/versions/c003_orders_index.py"));
    repo.commitAll("base: two revisions");
    repo.git("checkout", "-q", "-b", "feature");
    fs.copyFileSync(path.join(FIXTURES, "clean/versions/c003_orders_index.py"), path.join(repo.root, "clean/versions/c003_orders_index.py"));
    repo.commitAll("feature: a third revision");

    const changed = await roundtrip(["--base-ref", "main"]);
    expect(changed.stderr).toBe("");
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout).revisions_in_scope).toEqual(["c003index"]);

    const missing = await roundtrip(["--base-ref", "origin/nowhere"]);
    const json = JSON.parse(missing.stdout);
    expect(json.revisions_in_scope).toEqual(["c001users", "c002status", "c003index"]);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(["base-ref-missing"]);
    expect(missing.code).toBe(1);
  });
});
