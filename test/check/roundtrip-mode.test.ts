// --static-only (untrusted code: never run Python or a database) and `--roundtrip true` (the round trip is
// required: when it cannot run, roundtrip-unavailable is an error; with `auto` it is not).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/findings";
import { resolveSettings } from "../../src/settings";
import { revisionSource, runCheck, runCli, SYSTEM_PYTHON, writeProject } from "./helpers";

const UNREACHABLE = "postgresql://postgres:pw@127.0.0.1:9/postgres";

describe("--static-only", () => {
  let dir: string;
  let markers: string;
  const marker = (name: string) => `import pathlib\npathlib.Path(${JSON.stringify(path.join(markers, name))}).write_text("imported")\n`;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-static-only-"));
    markers = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-markers-"));
    writeProject(dir, {
      "0001_users.py": revisionSource("0001", null, 'op.create_table("users", sa.Column("id", sa.BigInteger, primary_key=True))', 'op.drop_table("users")'),
      "0002_tenant.py":
        marker("0002.py") +
        revisionSource("0002", "0001", 'op.add_column("users", sa.Column("tenant_id", sa.BigInteger(), nullable=False))\nop.execute("UPDATE users SET tenant_id = 1")', 'op.drop_column("users", "tenant_id")'),
    });
    const envPy = path.join(dir, "migrations/env.py");
    fs.writeFileSync(envPy, marker("env.py") + fs.readFileSync(envPy, "utf8"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(markers, { recursive: true, force: true });
  });

  it("imports neither env.py nor a revision file, lints the source, and says why in the tier note", async () => {
    const result = await runCheck(dir, { all: true, "static-only": true, python: SYSTEM_PYTHON });
    expect(fs.readdirSync(markers)).toEqual([]);
    expect(result.tier).toBe("static");
    expect(result.tierNote).toContain("--static-only: SQL read only from the revision files' source");
    expect(result.roundtrip).toBeUndefined();
    expect(result.roundtrip_skipped).toMatch(/^--static-only/);
    const source = fs.readFileSync(path.join(dir, "migrations/versions/0002_tenant.py"), "utf8").split("\n");
    const lineOf = (text: string) => source.findIndex((l) => l.includes(text)) + 1;
    const located = result.findings.filter((f) => f.file.endsWith("0002_tenant.py")).map((f) => `${f.line} ${f.rule}`);
    expect(located).toContain(`${lineOf("op.add_column(")} adding-required-field`);
    expect(located).toContain(`${lineOf("op.execute(")} update-without-where`);
    // Not required, so not an error: nothing about the round trip among the findings.
    expect(result.findings.filter((f) => f.rule === "roundtrip-unavailable" || f.rule === "python-unavailable")).toEqual([]);
  });

  it("the same project without it runs the project's Python (the markers prove the test would notice)", async () => {
    const result = await runCheck(dir, { all: true, "no-database": true, python: SYSTEM_PYTHON });
    expect(result.tier).toBe("offline");
    expect(fs.readdirSync(markers).sort()).toEqual(["0002.py", "env.py"]);
  });

  it("cannot be combined with a database", () => {
    expect(() => resolveSettings("check", { "static-only": true, "database-url": UNREACHABLE }, [], dir)).toThrow(UsageError);
    expect(resolveSettings("check", { "static-only": true }, [], dir)).toMatchObject({ staticOnly: true, roundtrip: "false" });
  });
});

describe("--roundtrip true means required", () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-check-roundtrip-required-"));
    writeProject(dir, {
      "0001_users.py": revisionSource("0001", null, 'op.create_table("users", sa.Column("id", sa.BigInteger, primary_key=True), sa.Column("email", sa.Text))', 'op.drop_table("users")'),
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const unavailable = (findings: { rule: string }[]) => findings.filter((f) => f.rule === "roundtrip-unavailable");

  it("no database reachable: an error with the reason and what to add to the workflow, exit 1", async () => {
    const required = await runCheck(dir, { all: true, roundtrip: "true", python: SYSTEM_PYTHON, "database-url": UNREACHABLE });
    const [finding] = unavailable(required.findings);
    expect(unavailable(required.findings)).toHaveLength(1);
    expect(finding).toMatchObject({ severity: "error", file: "alembic.ini", line: 1 });
    expect(finding.message).toMatch(/^the round trip on PostgreSQL is required \(roundtrip = true\) but did not run: \S/);
    expect(finding.message).not.toContain("\n");
    expect(finding.message).not.toContain(":pw@");
    expect(finding.help).toContain("services: postgres");
    expect(finding.help).toContain("database-url");
    expect(finding.help).toContain("roundtrip: auto");
    const cli = await runCli(dir, ["--all", "--roundtrip", "true", "--python", SYSTEM_PYTHON, "--database-url", UNREACHABLE]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain("error[roundtrip-unavailable]: the round trip on PostgreSQL is required");
  });

  it("with auto the same situation stays info and the exit status does not change", async () => {
    const auto = await runCheck(dir, { all: true, roundtrip: "auto", python: SYSTEM_PYTHON, "database-url": UNREACHABLE });
    expect(auto.roundtrip_skipped).toMatch(/cannot create a database/);
    expect(unavailable(auto.findings).filter((f) => (f as { severity: string }).severity !== "info")).toEqual([]);
    const cli = await runCli(dir, ["--all", "--python", SYSTEM_PYTHON, "--database-url", UNREACHABLE]);
    expect(cli.code).toBe(0);
  });

  it("no Python with alembic: an error too (auto only says so in the tier note)", async () => {
    const required = await runCheck(dir, { all: true, roundtrip: "true", python: "python3" });
    expect(unavailable(required.findings).map((f) => [(f as { severity: string }).severity, (f as { message: string }).message])).toEqual([
      ["error", expect.stringMatching(/^the round trip on PostgreSQL is required \(roundtrip = true\) but did not run: no Python with alembic importable/)],
    ]);
    const auto = await runCheck(dir, { all: true, python: "python3" });
    expect(unavailable(auto.findings)).toEqual([]);
    expect(auto.roundtrip_skipped).toMatch(/no Python with alembic importable/);
  });

  it("--static-only with --roundtrip true: an error naming --static-only", async () => {
    const result = await runCheck(dir, { all: true, roundtrip: "true", "static-only": true });
    expect(unavailable(result.findings).map((f) => [(f as { severity: string }).severity, (f as { help: string }).help])).toEqual([["error", expect.stringContaining("allow-untrusted-code: true")]]);
  });

  it("--roundtrip true and --no-database contradict each other: a usage error", () => {
    expect(() => resolveSettings("check", { roundtrip: "true", "no-database": true }, [], dir)).toThrow(/--roundtrip true and --no-database/);
  });
});
