// Action inputs become the CLI's RawOptions (validated by the same resolveSettings), event defaults apply,
// and action.yml, this module's table and README.md's inputs table agree.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAGS } from "../../src/cli/args";
import { UsageError } from "../../src/findings";
import { resolveSettings } from "../../src/settings";
import { ACTION_INPUTS, commentsOn, planRun, readActionInputs, readEventContext, resolveActionSettings, secretsOf } from "../../src/action/inputs";

const ROOT = path.resolve(__dirname, "../..");

/** Parse YAML with a real YAML parser (PyYAML). */
function yamlFile(file: string): any {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", "import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", file], { encoding: "utf8" }));
}

let workspace: string;
beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "ag-inputs-"));
  fs.mkdirSync(path.join(workspace, "backend"));
});
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

function event(name: string, payload: unknown) {
  const file = path.join(workspace, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(payload));
  return readEventContext(
    { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: "acme/shop", GITHUB_WORKSPACE: workspace },
    "/nowhere",
    os.tmpdir(),
  );
}

describe("action.yml", () => {
  const action = yamlFile(path.join(ROOT, "action.yml"));

  it("runs dist/index.js on node24 with branding", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it("declares exactly the inputs inputs.ts reads, with the same defaults, each documented", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(ACTION_INPUTS.map((i) => i.name).sort());
    for (const spec of ACTION_INPUTS) {
      const declared = action.inputs[spec.name];
      expect(declared.description.length, spec.name).toBeGreaterThan(20);
      expect(declared.default, spec.name).toBe(spec.default);
    }
  });

  it("maps every CLI-backed input onto a flag `check` accepts", () => {
    for (const spec of ACTION_INPUTS.filter((s) => s.flag)) {
      expect(FLAGS[spec.flag!]?.commands, spec.name).toContain("check");
    }
  });

  it("declares the outputs the Action sets", () => {
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "findings", "heads", "report", "sarif", "warnings"]);
  });

  it("README.md's inputs and outputs tables list every input and output", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(
      (name) => !new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, "m").test(readme),
    );
    expect(missing, "add a row `| \\`name\\` | … |` to README.md for each").toEqual([]);
  });

  it(".pre-commit-hooks.yaml defines hooks that run the CLI", () => {
    const hooks = yamlFile(path.join(ROOT, ".pre-commit-hooks.yaml"));
    expect(hooks.map((h: any) => h.id)).toEqual(["alembic-guard", "alembic-guard-roundtrip"]);
    for (const hook of hooks) {
      expect(hook.entry).toMatch(/^alembic-guard check /);
      expect(hook.language).toBe("node");
      expect(hook.pass_filenames).toBe(false);
      // Every flag the hook passes must be one `check` takes.
      for (const flag of `${hook.entry} ${hook.args.join(" ")}`.match(/--[a-z-]+/g) ?? []) {
        expect(FLAGS[flag.slice(2)]?.commands, flag).toContain("check");
      }
    }
  });
});

describe("readActionInputs", () => {
  it("turns INPUT_* into the RawOptions the CLI gives, hyphens kept as the runner spells them", () => {
    const inputs = readActionInputs(
      {
        "INPUT_CONFIG": "alembic.ini",
        "INPUT_WORKING-DIRECTORY": "backend",
        "INPUT_FAIL-ON": "warning",
        "INPUT_DATABASE-URL": "postgresql://postgres:s3cr%40t@localhost:5432/postgres",
        "INPUT_ROUNDTRIP": "false",
        "INPUT_WITH-ROWS": "",
        "INPUT_SARIF-FILE": "out/report.sarif",
        "INPUT_GITHUB-TOKEN": "ghs_abc",
      },
      workspace,
    );
    expect(inputs.cwd).toBe(path.join(workspace, "backend"));
    expect(inputs.raw).toEqual({
      config: "alembic.ini",
      name: "alembic",
      "fail-on": "warning",
      "database-url": "postgresql://postgres:s3cr%40t@localhost:5432/postgres",
      roundtrip: "false",
      "with-rows": "true",
      "allow-remote-database": "false",
    });
    expect(inputs.sarifFile).toBe(path.join(workspace, "backend/out/report.sarif"));
    expect(inputs.comment).toBe(true);
    expect(inputs.githubToken).toBe("ghs_abc");
    const settings = resolveSettings("check", inputs.raw, [], inputs.cwd);
    expect(settings).toMatchObject({ failOn: "warning", roundtrip: "false", withRows: true, config: path.join(workspace, "backend/alembic.ini") });
  });

  it("registers the token, the URL and the decoded password as secrets", () => {
    const inputs = readActionInputs({ "INPUT_DATABASE-URL": "postgresql://u:s3cr%40t@db:5432/x", "INPUT_GITHUB-TOKEN": "ghs_abc" }, workspace);
    expect(secretsOf(inputs)).toEqual(["ghs_abc", "postgresql://u:s3cr%40t@db:5432/x", "s3cr%40t", "s3cr@t"]);
  });

  it("rejects bad values with the input's name, through the same validation as the CLI", () => {
    expect(() => readActionInputs({ INPUT_COMMENT: "maybe" }, workspace)).toThrow(/input `comment` must be true or false, got `maybe`/);
    expect(() => readActionInputs({ "INPUT_WORKING-DIRECTORY": "nope" }, workspace)).toThrow(UsageError);
    const raw = readActionInputs({ "INPUT_FAIL-ON": "sometimes" }, workspace).raw;
    expect(() => resolveSettings("check", raw, [], workspace)).toThrow(/--fail-on must be one of error \| warning \| info \| never/);
    // The Action's wrapper names the input, not the flag.
    expect(() => resolveActionSettings(raw, workspace)).toThrow(/^input `fail-on` must be one of error \| warning \| info \| never, got `sometimes`$/);
    const rows = readActionInputs({ "INPUT_WITH-ROWS": "sure" }, workspace).raw;
    expect(() => resolveActionSettings(rows, workspace)).toThrow(/^input `with-rows` must be true or false, got `sure`$/);
  });
});

describe("event context", () => {
  const inputs = () => readActionInputs({}, workspace);

  it("pull_request: base ref defaults to the PR's base SHA; the author and number are known; it comments", () => {
    const ctx = event("pull_request", {
      action: "synchronize",
      number: 42,
      pull_request: { number: 42, user: { login: "carol" }, base: { sha: "b".repeat(40), ref: "main" }, head: { sha: "h".repeat(40) } },
    });
    expect(ctx.pullRequest).toEqual({ number: 42, author: "carol", baseSha: "b".repeat(40), headSha: "h".repeat(40) });
    expect(commentsOn(ctx)).toBe(true);
    expect(planRun(inputs(), ctx).raw["base-ref"]).toBe("b".repeat(40));
    expect(ctx.owner).toBe("acme");
    expect(ctx.repo).toBe("shop");
  });

  it("an explicit base-ref input wins", () => {
    const ctx = event("pull_request", { pull_request: { number: 1, user: { login: "x" }, base: { sha: "b".repeat(40) } } });
    const own = readActionInputs({ "INPUT_BASE-REF": "origin/main" }, workspace);
    expect(planRun(own, ctx).raw["base-ref"]).toBe("origin/main");
  });

  it("push: base ref is `before`, unless the branch is new (all zeros); no comment", () => {
    const push = event("push", { before: "a".repeat(40), after: "c".repeat(40) });
    expect(planRun(inputs(), push).raw["base-ref"]).toBe("a".repeat(40));
    expect(commentsOn(push)).toBe(false);
    const created = event("push", { before: "0".repeat(40), after: "c".repeat(40) });
    expect(planRun(inputs(), created).raw["base-ref"]).toBeUndefined();
  });

  it("merge_group and workflow_dispatch never comment", () => {
    const mg = event("merge_group", { merge_group: { base_sha: "m".repeat(40), head_sha: "n".repeat(40) } });
    expect(planRun(inputs(), mg).raw["base-ref"]).toBe("m".repeat(40));
    expect(commentsOn(mg)).toBe(false);
    expect(commentsOn(event("workflow_dispatch", { inputs: {} }))).toBe(false);
  });

  it("pull_request_target refuses the round trip unless allow-untrusted-code, and says why", () => {
    const ctx = event("pull_request_target", { pull_request: { number: 3, user: { login: "stranger" }, base: { sha: "b".repeat(40) } } });
    const withDb = readActionInputs({ INPUT_ROUNDTRIP: "true", "INPUT_DATABASE-URL": "postgresql://localhost/x" }, workspace);
    const plan = planRun(withDb, ctx);
    // Static only: not even Alembic's offline rendering (it imports env.py and the revision files).
    expect(plan.raw).toMatchObject({ "static-only": true, roundtrip: "true" });
    expect(plan.raw["database-url"]).toBeUndefined();
    expect(plan.notes.join(" ")).toMatch(/Python and the round trip refused on `pull_request_target`.*allow-untrusted-code: true/);
    expect(resolveSettings("check", plan.raw, [], workspace)).toMatchObject({ staticOnly: true, roundtrip: "true", databaseUrl: undefined });
    const byDefault = planRun(readActionInputs({}, workspace), ctx);
    expect(resolveSettings("check", byDefault.raw, [], workspace)).toMatchObject({ staticOnly: true, roundtrip: "auto" });
    const trusted = readActionInputs({ INPUT_ROUNDTRIP: "true", "INPUT_ALLOW-UNTRUSTED-CODE": "true" }, workspace);
    expect(planRun(trusted, ctx)).toMatchObject({ raw: { roundtrip: "true" }, notes: [] });
    expect(commentsOn(ctx)).toBe(true);
  });

  it("a broken event payload is a one-line usage error", () => {
    const file = path.join(workspace, "bad.json");
    fs.writeFileSync(file, "{not json");
    expect(() => readEventContext({ GITHUB_EVENT_PATH: file }, workspace, os.tmpdir())).toThrow(UsageError);
  });
});
