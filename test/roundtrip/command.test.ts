// `alembic-guard roundtrip` through the CLI entry (in process): output formats, exit codes, progress on a
// TTY, and the one-line errors when the round trip cannot run.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli";
import { FIXTURES, PYTHON } from "./helpers";

async function run(fixture: string, argv: string[], isTTY = false) {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => Buffer.alloc(0) };
  const code = await main(["roundtrip", ...argv], io, path.join(FIXTURES, fixture), isTTY);
  return { code, stdout, stderr };
}

describe("alembic-guard roundtrip", () => {
  it("prints a summary line and exits 0 on a clean project; progress goes to stderr on a TTY", async () => {
    const { code, stdout, stderr } = await run("clean", ["--python", PYTHON], true);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^round trip on PostgreSQL 15\.\d+ \(local, started by alembic-guard\): 3 revision\(s\) in \d+\.\d s \(3 ok\)\n/);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^round trip on PostgreSQL 15/);
    expect(lines.filter((l) => /^c00\d\w+ {2}upgrade \d+ ms, downgrade \d+ ms, upgrade again \d+ ms: ok$/.test(l))).toHaveLength(3);
    expect(lines[lines.length - 1]).toBe("downgrade base: nothing left behind");
  });

  it("writes the JSON roundtrip section and exits 1 on an error finding; quiet on stderr", async () => {
    const { code, stdout, stderr } = await run("enum_leftover", ["--python", PYTHON, "--format", "json"], true);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const json = JSON.parse(stdout);
    expect(json.roundtrip).toMatchObject({ server: expect.stringMatching(/^PostgreSQL 15/), total_ms: expect.any(Number) });
    expect(json.roundtrip.revisions).toEqual([
      { revision: "e001users", upgrade_ms: expect.any(Number), downgrade_ms: expect.any(Number), result: "ok" },
      { revision: "e002orders", upgrade_ms: expect.any(Number), downgrade_ms: expect.any(Number), result: "failed" },
    ]);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(["downgrade-mismatch", "migration-failed"]);
  });

  it("renders findings with the op.* line in text", async () => {
    const { code, stdout } = await run("enum_leftover", ["--python", PYTHON]);
    expect(code).toBe(1);
    expect(stdout).toContain("error[downgrade-mismatch]: enum type `status_enum` still exists after downgrade of e002orders (created at versions/e002_orders.py:12)");
    expect(stdout).toContain("--> versions/e002_orders.py:12 (revision e002orders)");
  });

  it("says in one line why it cannot run (exit 2)", async () => {
    const noAlembic = await run("clean", ["--python", "python3"]);
    expect(noAlembic.code).toBe(2);
    expect(noAlembic.stderr.trim().split("\n")).toHaveLength(1);
    expect(noAlembic.stderr).toMatch(/^alembic-guard: the round trip could not run: .*(alembic|No module)/);

    const remote = await run("clean", ["--python", PYTHON, "--database-url", "postgresql://app:pa55word@db.example.com/app"]);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain("--allow-remote-database");
    expect(remote.stderr).not.toContain("pa55word");
  });
});
