// End to end: the built dist/index.js run as the GitHub runner runs it, against real Alembic fixture projects
// in real git repositories and a local server that speaks GitHub's issue-comment API.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stickyMarker } from "../../src/action/sticky";
import { GITHUB_COMMENT_LIMIT } from "../../src/report/markdown";
import { ACTIONS_BOT, FakeGitHub } from "./fake-github";
import { ACTION_BUNDLE, cleanupRunnerDirs, ENV_PY, FixtureRepo, pullRequestPayload, revision, runAction, SAFE_INDEX_0002, UNSAFE_INDEX_0002, USERS_0001 } from "./runner";

const TOKEN = "ghs_e2eTokenValue0123456789";
const MARKER = stickyMarker("alembic.ini");
// Most cases need no database: graph + lint (offline SQL through real Alembic) is what they exercise.
const FAST = { python: "/usr/bin/python3", roundtrip: "false", "github-token": TOKEN };

let server: FakeGitHub;
const repos: FixtureRepo[] = [];

function pr(repo: FixtureRepo, base: string, head: string, author = "carol", number = 7) {
  return { workspace: repo.dir, eventName: "pull_request", payload: pullRequestPayload({ number, author, baseSha: base, headSha: head }), sha: head, apiUrl: server.url };
}

/** main: 0001 users; feature: adds 0002 with a non-concurrent index (an error). */
function unsafePullRequest() {
  const repo = new FixtureRepo();
  repos.push(repo);
  repo.project(".", { "0001_users.py": USERS_0001 });
  const base = repo.commit("users table", "Alice");
  repo.git("checkout", "-q", "-b", "feature");
  repo.write({ "migrations/versions/0002_index_email.py": UNSAFE_INDEX_0002 });
  const head = repo.commit("index users.email", "Carol");
  return { repo, base, head };
}

function ourComments(number = 7) {
  return server.issueComments("acme", "shop", number).filter((c) => c.body.startsWith(MARKER));
}

/** Lines the Action wrote to stdout that contain the token, other than the ::add-mask:: registration itself. */
function tokenLeaks(text: string, secret = TOKEN): string[] {
  return text.split("\n").filter((line) => line.includes(secret) && !line.startsWith("::add-mask::"));
}

beforeAll(async () => {
  if (!fs.existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run npm run build first`);
  server = new FakeGitHub({ token: TOKEN });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  for (const repo of repos) repo.cleanup();
  cleanupRunnerDirs();
});

describe("the Action on a pull request", () => {
  it("creates the sticky comment, then updates it (no duplicate), then turns it all-clear after the fix", async () => {
    const { repo, base, head } = unsafePullRequest();
    server.seed("acme", "shop", 7, "Looks good to me, but please check the index.", { login: "bob", type: "User" });

    const first = await runAction({ ...pr(repo, base, head), inputs: FAST });
    expect(first.stderr).not.toMatch(/internal error/);
    expect(first.code).toBe(1);
    expect(ourComments()).toHaveLength(1);
    const comment = ourComments()[0];
    expect(comment.body).toContain("### ❌ alembic-guard:");
    expect(comment.body).toContain("require-concurrent-index-creation");
    expect(comment.body).toContain("migrations/versions/0002_index_email.py");
    expect(comment.body).toContain('op.create_index("ix_users_email", "users", ["email"])');
    expect(comment.body).toContain(`https://github.com/acme/shop/blob/${head}/migrations/versions/0002_index_email.py#L`);
    // Outputs, summary, annotations, JSON report.
    expect(first.outputs.errors).not.toBe("0");
    expect(Number(first.outputs.findings)).toBeGreaterThanOrEqual(Number(first.outputs.errors));
    expect(first.outputs.heads).toBe("0002");
    expect(first.outputs.sarif).toBe("");
    expect(first.summary).toContain("require-concurrent-index-creation");
    expect(first.summary).not.toContain(MARKER);
    expect(first.stdout).toMatch(/^::error title=alembic-guard%3A require-concurrent-index-creation,file=migrations\/versions\/0002_index_email\.py,line=\d+/m);
    const report = JSON.parse(fs.readFileSync(first.outputs.report, "utf8"));
    expect(report.findings.some((f: { rule: string }) => f.rule === "require-concurrent-index-creation")).toBe(true);
    expect(tokenLeaks(first.stdout + first.stderr)).toEqual([]);

    // Second push: same findings → the same comment is updated (here: unchanged body), never duplicated.
    repo.write({ "README.md": "docs\n" });
    const head2 = repo.commit("docs", "Carol");
    const second = await runAction({ ...pr(repo, base, head2), inputs: FAST });
    expect(second.code).toBe(1);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0].id).toBe(comment.id);
    expect(ourComments()[0].body).toContain(head2);
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);

    // The fix: the same comment becomes an all-clear, and the step passes.
    repo.write({ "migrations/versions/0002_index_email.py": SAFE_INDEX_0002 });
    const head3 = repo.commit("build the index concurrently", "Carol");
    const third = await runAction({ ...pr(repo, base, head3), inputs: FAST });
    expect(third.code).toBe(0);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0].id).toBe(comment.id);
    expect(ourComments()[0].body).toContain("### ✅ alembic-guard: all clear in `alembic.ini`");
    expect(ourComments()[0].body).not.toContain("require-concurrent-index-creation");
    expect(third.outputs).toMatchObject({ errors: "0", findings: "0", heads: "0002" });
    // Someone else's comment is untouched.
    expect(server.issueComments("acme", "shop", 7)[0].body).toBe("Looks good to me, but please check the index.");
  });

  it("exit status follows fail-on", async () => {
    const { repo, base, head } = unsafePullRequest();
    const never = await runAction({ ...pr(repo, base, head, "carol", 8), inputs: { ...FAST, "fail-on": "never", comment: "false" } });
    expect(never.code).toBe(0);
    expect(Number(never.outputs.errors)).toBeGreaterThan(0);
    // A warning-only change: passes on error, fails on warning.
    repo.write({ "migrations/versions/0002_index_email.py": SAFE_INDEX_0002, "migrations/versions/0003_drop_email.py": revision("0003", "0002", 'op.drop_column("users", "email")', 'op.add_column("users", sa.Column("email", sa.String(200)))') });
    const head2 = repo.commit("drop email", "Carol");
    const onError = await runAction({ ...pr(repo, base, head2, "carol", 8), inputs: { ...FAST, comment: "false" } });
    const warnings = Number(onError.outputs.warnings);
    expect(Number(onError.outputs.errors)).toBe(0);
    expect(warnings).toBeGreaterThan(0);
    expect(onError.code).toBe(0);
    const onWarning = await runAction({ ...pr(repo, base, head2, "carol", 8), inputs: { ...FAST, comment: "false", "fail-on": "warning" } });
    expect(onWarning.code).toBe(1);
    expect(onWarning.stdout).toMatch(/::error::alembic-guard: findings at or above fail-on \(warning\)/);
    expect(server.issueComments("acme", "shop", 8)).toHaveLength(0);
  });

  it("a read-only token (fork PR) gets 403: a notice, the summary is kept, the exit status follows the findings", async () => {
    const readOnly = new FakeGitHub({ token: TOKEN, readOnly: true });
    await readOnly.start();
    try {
      const { repo, base, head } = unsafePullRequest();
      const run = await runAction({ ...pr(repo, base, head), apiUrl: readOnly.url, inputs: FAST });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::notice::Could not comment on pull request #7 \(GitHub API POST .* 403: Resource not accessible by integration\)/m);
      expect(run.summary).toContain("require-concurrent-index-creation");
      expect(run.outputs.findings).not.toBe("0");
      expect(readOnly.issueComments("acme", "shop", 7)).toHaveLength(0);
      // On a clean change the same 403 does not fail anything.
      repo.write({ "migrations/versions/0002_index_email.py": SAFE_INDEX_0002 });
      const fixed = repo.commit("fix", "Carol");
      readOnly.seed("acme", "shop", 7, `${MARKER}\nold failure`, ACTIONS_BOT);
      const clean = await runAction({ ...pr(repo, base, fixed), apiUrl: readOnly.url, inputs: FAST });
      expect(clean.code).toBe(0);
      expect(clean.stdout).toMatch(/::notice::Could not comment/);
    } finally {
      await readOnly.stop();
    }
  });

  it("retries a 502 and waits out a secondary rate limit's retry-after, then comments once", async () => {
    const flaky = new FakeGitHub({ token: TOKEN });
    await flaky.start();
    try {
      flaky.failures.push({ method: "GET", path: /\/issues\/7\/comments$/, status: 502, message: "Server Error" });
      flaky.failures.push({
        method: "POST",
        path: /\/issues\/7\/comments$/,
        status: 403,
        headers: { "retry-after": "1" },
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      });
      const { repo, base, head } = unsafePullRequest();
      const run = await runAction({ ...pr(repo, base, head), apiUrl: flaky.url, inputs: FAST });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/→ 502; retrying in \d+ ms/);
      expect(run.stdout).toMatch(/→ 403 \(rate limit\); waiting 1000 ms as GitHub asks/);
      const posts = flaky.requests.filter((r) => r.method === "POST");
      expect(posts.map((p) => p.status)).toEqual([403, 201]);
      expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(950);
      expect(flaky.issueComments("acme", "shop", 7)).toHaveLength(1);
    } finally {
      await flaky.stop();
    }
  });

  it("a huge report stays under GitHub's comment limit (the server rejects longer bodies with 422) and the summary has it all", async () => {
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project(".", { "0001_users.py": USERS_0001 });
    const base = repo.commit("users", "Alice");
    repo.git("checkout", "-q", "-b", "feature");
    // 60 revisions × 20 statements that each lock the table: far over 65,536 characters rendered in full.
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      const rev = `a${String(i).padStart(3, "0")}`;
      const down = i === 0 ? "0001" : `a${String(i - 1).padStart(3, "0")}`;
      const body = Array.from({ length: 20 }, (_, j) => `op.create_index("ix_${rev}_${j}_with_a_long_descriptive_name", "users", ["email", "id"])`).join("\n");
      files[`migrations/versions/${rev}_bulk_indexes_${i}.py`] = revision(rev, down, body, "pass");
    }
    repo.write(files);
    const head = repo.commit("many indexes", "Carol");
    const run = await runAction({ ...pr(repo, base, head, "carol", 9), inputs: FAST });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(1);
    const [comment] = server.issueComments("acme", "shop", 9);
    expect(comment).toBeDefined();
    expect(comment.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.body).toContain("shortened to fit GitHub's size limit");
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(1200);
    expect(run.summary.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    // Annotations: errors first, no more than GitHub shows per level.
    const annotations = run.stdout.split("\n").filter((l) => /^::(error|warning|notice) title=[^:]*,file=/.test(l));
    expect(annotations.length).toBeLessThanOrEqual(30);
    expect(annotations[0]).toMatch(/^::error /);
  });

  it("leads the comment with a merge conflict: both heads, the commits that added them, the fix commands", async () => {
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project(".", { "0001_users.py": USERS_0001 });
    repo.commit("users", "Alice");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "migrations/versions/0002a_add_name.py": revision("0002a", "0001", 'op.add_column("users", sa.Column("name", sa.Text()))', 'op.drop_column("users", "name")') });
    const prHead = repo.commit("add users.name", "Carol");
    repo.git("checkout", "-q", "main");
    repo.write({ "migrations/versions/0002b_add_age.py": revision("0002b", "0001", 'op.add_column("users", sa.Column("age", sa.Integer()))', 'op.drop_column("users", "age")') });
    const mainTip = repo.commit("add users.age", "Alice");
    // What actions/checkout gives for a pull request: the merge of the PR into its base.
    repo.git("checkout", "-q", "--detach", mainTip);
    repo.git("-c", "user.name=GitHub", "-c", "user.email=noreply@github.com", "merge", "-q", "--no-edit", "feature");
    const merge = repo.git("rev-parse", "HEAD");
    const run = await runAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: pullRequestPayload({ number: 10, author: "carol", baseSha: mainTip, headSha: prHead }),
      sha: merge,
      apiUrl: server.url,
      inputs: FAST,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.heads.split(" ").sort()).toEqual(["0002a", "0002b"]);
    const [comment] = server.issueComments("acme", "shop", 10);
    const body = comment.body;
    expect(body.indexOf("Merge conflict in the revision history")).toBeGreaterThan(0);
    expect(body).toContain(`\`${prHead.slice(0, 12)}\` add users.name (Carol)`);
    expect(body).toMatch(/`[0-9a-f]{12}` add users.age \(Alice\)/);
    expect(body).toMatch(/alembic merge -m "merge heads" 0002a 0002b|alembic merge -m "merge heads" 0002b 0002a/);
    expect(body).toContain("multiple-heads");
    // The PR's file links to its head commit; the base branch's new head (not in the PR) to the checkout.
    expect(body).toContain(`/blob/${prHead}/migrations/versions/0002a_add_name.py`);
    expect(body).toContain(`/blob/${merge}/migrations/versions/0002b_add_age.py`);
  });

  it("migration_owners: a PR by someone not listed gets migration-ownership on the revision it adds", async () => {
    const { repo, base } = unsafePullRequest();
    repo.write({ "alembic-guard.toml": 'migration_owners = ["alice"]\n', "migrations/versions/0002_index_email.py": SAFE_INDEX_0002 });
    const head = repo.commit("owners", "Carol");
    const run = await runAction({ ...pr(repo, base, head, "carol", 11), inputs: FAST });
    expect(run.code).toBe(1);
    const [comment] = server.issueComments("acme", "shop", 11);
    expect(comment.body).toContain("migration-ownership");
    expect(comment.body).toContain("@carol, who is not in migration_owners (@alice)");
    const byOwner = await runAction({ ...pr(repo, base, head, "Alice", 12), inputs: FAST });
    expect(byOwner.code).toBe(0);
  });
});

describe("the Action with the round trip", () => {
  it("runs the stairway on a PostgreSQL it starts, and the comment shows the live SQL tier and the round-trip table", async () => {
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project(".", { "0001_users.py": USERS_0001 });
    const base = repo.commit("users", "Alice");
    repo.git("checkout", "-q", "-b", "feature");
    // An enum created in upgrade and never dropped: only a real downgrade shows the leftover type.
    const enumRevision = revision(
      "0003",
      "0002",
      'sa.Enum("active", "blocked", name="user_status").create(op.get_bind())\nop.add_column("users", sa.Column("status", sa.Enum("active", "blocked", name="user_status", create_type=False), nullable=True))',
      'op.drop_column("users", "status")',
    );
    repo.write({ "migrations/versions/0002_index_email.py": SAFE_INDEX_0002, "migrations/versions/0003_status.py": enumRevision });
    const head = repo.commit("status enum", "Carol");
    const run = await runAction({ ...pr(repo, base, head, "carol", 15), inputs: { ...FAST, roundtrip: "true" } });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(1);
    const [comment] = server.issueComments("acme", "shop", 15);
    expect(comment.body).toMatch(/SQL from: live/);
    expect(comment.body).toMatch(/#### Round trip on PostgreSQL \d+/);
    expect(comment.body).toMatch(/\| `0002` \| \d+ ms \| \d+ ms \| ✅ ok \|/);
    expect(comment.body).toContain("downgrade-mismatch");
    expect(comment.body).toContain("user_status");
  });
});

describe("the Action on other events", () => {
  it("push: no comment, summary and outputs as usual, base ref from `before`", async () => {
    const { repo, base, head } = unsafePullRequest();
    const before = server.requests.length;
    const run = await runAction({ workspace: repo.dir, eventName: "push", payload: { ref: "refs/heads/feature", before: base, after: head }, sha: head, apiUrl: server.url, inputs: FAST });
    expect(run.code).toBe(1);
    expect(server.requests.length).toBe(before);
    expect(run.summary).toContain("require-concurrent-index-creation");
    expect(run.stdout).toContain("No pull request comment on a push run");
  });

  it("merge_group and workflow_dispatch: no comment; merge_group compares with the group's base", async () => {
    const { repo, base, head } = unsafePullRequest();
    const before = server.requests.length;
    const queued = await runAction({
      workspace: repo.dir,
      eventName: "merge_group",
      payload: { action: "checks_requested", merge_group: { head_sha: head, head_ref: "refs/heads/gh-readonly-queue/main/pr-7", base_sha: base, base_ref: "refs/heads/main" } },
      sha: head,
      apiUrl: server.url,
      inputs: FAST,
    });
    expect(queued.code).toBe(1);
    expect(queued.summary).toContain("1 revision checked");
    const manual = await runAction({ workspace: repo.dir, eventName: "workflow_dispatch", payload: { inputs: {}, ref: "refs/heads/feature" }, sha: head, apiUrl: server.url, inputs: FAST });
    expect(manual.code).toBe(1);
    expect(manual.summary).toContain("require-concurrent-index-creation");
    expect(server.requests.length).toBe(before);
  });

  it("pull_request_target: runs none of the pull request's Python (env.py, revision files) unless allow-untrusted-code; graph and lint still run", async () => {
    // The pull request's env.py and revision file each leave a marker when Python imports them.
    const markers = fs.mkdtempSync(path.join(os.tmpdir(), "ag-e2e-markers-"));
    const marker = (name: string) => `import pathlib\npathlib.Path(${JSON.stringify(path.join(markers, name))}).write_text("imported")\n`;
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project(".", { "0001_users.py": USERS_0001 });
    const base = repo.commit("users table", "Alice");
    repo.git("checkout", "-q", "-b", "feature");
    const revisionText = marker("0002.py") + UNSAFE_INDEX_0002;
    const indexLine = revisionText.split("\n").findIndex((l) => l.includes("op.create_index(")) + 1;
    repo.write({ "migrations/env.py": marker("env.py") + ENV_PY, "migrations/versions/0002_index_email.py": revisionText });
    const head = repo.commit("index users.email", "Stranger");
    try {
      const run = await runAction({
        ...pr(repo, base, head, "stranger", 13),
        eventName: "pull_request_target",
        inputs: { ...FAST, roundtrip: "true", "database-url": "postgresql://postgres:hunter2secret@localhost:5432/postgres" },
      });
      expect(run.stderr).not.toMatch(/internal error/);
      expect(fs.readdirSync(markers)).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::notice::Python and the round trip refused on `pull_request_target`/);
      expect(run.summary).toContain("refused on `pull_request_target`");
      // The Alembic-level rules read the revision's source: the unsafe index is still found, at its line.
      const report = JSON.parse(fs.readFileSync(run.outputs.report, "utf8"));
      expect(report.tier).toBe("static");
      expect(report.tierNote).toMatch(/--static-only/);
      expect(report.findings.filter((f: { rule: string }) => f.rule === "require-concurrent-index-creation").map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
        `migrations/versions/0002_index_email.py:${indexLine}`,
      ]);
      // `roundtrip: true` asked for it: its refusal is an error, not a note.
      expect(report.findings.filter((f: { rule: string }) => f.rule === "roundtrip-unavailable").map((f: { severity: string }) => f.severity)).toEqual(["error"]);
      expect(tokenLeaks(run.stdout + run.stderr + run.summary, "hunter2secret")).toEqual([]);

      // The same pull request with allow-untrusted-code: Alembic imports env.py and the revision (offline SQL).
      const trusted = await runAction({ ...pr(repo, base, head, "stranger", 13), eventName: "pull_request_target", inputs: { ...FAST, "allow-untrusted-code": "true" } });
      expect(trusted.stderr).not.toMatch(/internal error/);
      expect(fs.readdirSync(markers).sort()).toEqual(["0002.py", "env.py"]);
      expect(JSON.parse(fs.readFileSync(trusted.outputs.report, "utf8")).tier).toBe("offline");
    } finally {
      fs.rmSync(markers, { recursive: true, force: true });
    }
  });

  it("never prints the database password or the token, even when the database cannot be reached", async () => {
    const { repo, base, head } = unsafePullRequest();
    const password = "hunter2-Secret-pw";
    const run = await runAction({
      ...pr(repo, base, head, "carol", 16),
      inputs: { ...FAST, roundtrip: "true", "database-url": `postgresql://postgres:${password}@127.0.0.1:9/postgres` },
    });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stdout).toContain(`::add-mask::${password}`);
    const [comment] = server.issueComments("acme", "shop", 16);
    const everything = [run.stdout, run.stderr, run.summary, comment.body, fs.readFileSync(run.outputs.report, "utf8")].join("\n");
    expect(everything).toMatch(/round trip/i);
    expect(tokenLeaks(everything, password)).toEqual([]);
    expect(tokenLeaks(everything, TOKEN)).toEqual([]);
  });

  it("roundtrip: true that cannot run fails the check with the reason; auto does not", async () => {
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project(".", { "0001_users.py": USERS_0001 });
    const base = repo.commit("users table", "Alice");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "migrations/versions/0002_index_email.py": SAFE_INDEX_0002 });
    const head = repo.commit("index users.email concurrently", "Carol");
    const unreachable = "postgresql://postgres:pw@127.0.0.1:9/postgres";
    const roundtripUnavailable = (run: { outputs: Record<string, string> }) =>
      JSON.parse(fs.readFileSync(run.outputs.report, "utf8")).findings.filter((f: { rule: string }) => f.rule === "roundtrip-unavailable");

    const required = await runAction({ ...pr(repo, base, head, "carol", 17), inputs: { ...FAST, roundtrip: "true", "database-url": unreachable } });
    expect(required.stderr).not.toMatch(/internal error/);
    expect(required.code).toBe(1);
    const [finding] = roundtripUnavailable(required);
    expect(finding).toMatchObject({ severity: "error", file: "alembic.ini" });
    expect(finding.message).toMatch(/^the round trip on PostgreSQL is required \(roundtrip = true\) but did not run: /);
    expect(required.stdout).toMatch(/^::error title=alembic-guard%3A roundtrip-unavailable,file=alembic\.ini,line=1::/m);

    const auto = await runAction({ ...pr(repo, base, head, "carol", 17), inputs: { ...FAST, roundtrip: "auto", "database-url": unreachable } });
    expect(auto.stderr).not.toMatch(/internal error/);
    expect(auto.code).toBe(0);
    expect(roundtripUnavailable(auto).filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  });

  it("a bad input is one line naming the input, exit 2", async () => {
    const { repo, base, head } = unsafePullRequest();
    const run = await runAction({ ...pr(repo, base, head), inputs: { ...FAST, "fail-on": "sometimes" } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::alembic-guard: input `fail-on` must be one of error \| warning \| info \| never, got `sometimes`$/m);
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/);
    expect(run.summary).toContain("alembic-guard could not run");
  });

  it("a missing alembic.ini is one line in the log and the summary, exit 2", async () => {
    const { repo, base, head } = unsafePullRequest();
    const run = await runAction({ ...pr(repo, base, head), inputs: { ...FAST, config: "backend/alembic.ini" } });
    expect(run.code).toBe(2);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("backend/alembic.ini");
    expect(run.summary).toContain("backend/alembic.ini");
  });

  it("writes SARIF 2.1.0 with repository-relative paths when sarif-file is set (monorepo working-directory)", async () => {
    const repo = new FixtureRepo();
    repos.push(repo);
    repo.project("services/api", { "0001_users.py": USERS_0001 });
    const base = repo.commit("users", "Alice");
    repo.write({ "services/api/migrations/versions/0002_index_email.py": UNSAFE_INDEX_0002 });
    const head = repo.commit("index", "Carol");
    const run = await runAction({
      ...pr(repo, base, head, "carol", 14),
      inputs: { ...FAST, "working-directory": "services/api", "sarif-file": "reports/alembic.sarif" },
    });
    expect(run.code).toBe(1);
    const sarifPath = path.join(repo.dir, "services/api/reports/alembic.sarif");
    expect(run.outputs.sarif).toBe(sarifPath);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain("services/api/migrations/versions/0002_index_email.py");
    expect(run.stdout).toMatch(/^::error title=[^:]*,file=services\/api\/migrations\/versions\/0002_index_email\.py,/m);
    const [comment] = server.issueComments("acme", "shop", 14);
    expect(comment.body.startsWith(stickyMarker("services/api/alembic.ini"))).toBe(true);
  });
});
