// The REST client and the sticky-comment logic against a local server that behaves like GitHub.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApiError, GitHubClient, nextLink } from "../../src/action/github-api";
import { configKey, isOurs, stickyMarker, upsertStickyComment } from "../../src/action/sticky";
import { ACTIONS_BOT, FakeGitHub } from "./fake-github";

const TOKEN = "ghs_testtoken123";
const target = { owner: "acme", repo: "shop", issue: 7 };

let server: FakeGitHub;
let sleeps: number[];
let retries: string[];

function client(overrides: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}): GitHubClient {
  return new GitHubClient({
    apiUrl: server.url,
    token: TOKEN,
    baseDelayMs: 5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onRetry: (m) => retries.push(m),
    ...overrides,
  });
}

async function startServer(options: Partial<ConstructorParameters<typeof FakeGitHub>[0]> = {}) {
  server = new FakeGitHub({ token: TOKEN, ...options });
  await server.start();
}

beforeEach(() => {
  sleeps = [];
  retries = [];
});
afterEach(async () => {
  await server?.stop();
});

describe("GitHubClient", () => {
  it("sends the token as a bearer header and the API version", async () => {
    await startServer({ userLogin: "octocat" });
    expect(await client().authenticatedLogin()).toBe("octocat");
    expect(server.requests[0].authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("answers undefined for GET /user when the token is the workflow's GITHUB_TOKEN (403)", async () => {
    await startServer();
    expect(await client().authenticatedLogin()).toBeUndefined();
  });

  it("follows Link pages to list every comment", async () => {
    await startServer({ maxPerPage: 3 });
    for (let i = 0; i < 8; i++) server.seed("acme", "shop", 7, `comment ${i}`, { login: "alice", type: "User" });
    const comments = await client().listIssueComments("acme", "shop", 7);
    expect(comments.map((c) => c.body)).toEqual([...Array(8).keys()].map((i) => `comment ${i}`));
    expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(3);
  });

  it("retries a 502 with exponential backoff and then succeeds", async () => {
    await startServer();
    server.failures.push({ method: "POST", path: /comments$/, status: 502, message: "Server Error", times: 2 });
    const comment = await client().createIssueComment("acme", "shop", 7, "hello");
    expect(comment.body).toBe("hello");
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(5);
    expect(sleeps[1]).toBeGreaterThanOrEqual(10);
    expect(server.issueComments("acme", "shop", 7)).toHaveLength(1);
  });

  it("gives up after the bounded number of retries on a persistent 503", async () => {
    await startServer();
    server.failures.push({ method: "GET", path: /comments$/, status: 503, message: "Unavailable", times: 100 });
    const error = await client({ maxRetries: 3 })
      .listIssueComments("acme", "shop", 7)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it("waits for retry-after on a secondary rate limit", async () => {
    await startServer();
    server.failures.push({
      method: "POST",
      path: /comments$/,
      status: 403,
      headers: { "retry-after": "3" },
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    });
    await client().createIssueComment("acme", "shop", 7, "hello");
    expect(sleeps).toEqual([3000]);
    expect(retries[0]).toMatch(/rate limit/);
  });

  it("waits until x-ratelimit-reset when the primary limit is spent", async () => {
    await startServer();
    const reset = Math.floor(Date.now() / 1000) + 5;
    server.failures.push({
      method: "GET",
      path: /comments$/,
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      message: "API rate limit exceeded",
    });
    await client().listIssueComments("acme", "shop", 7);
    expect(sleeps[0]).toBeGreaterThan(3000);
    expect(sleeps[0]).toBeLessThanOrEqual(6000);
  });

  it("refuses to wait longer than maxWaitMs", async () => {
    await startServer();
    server.failures.push({ method: "POST", path: /comments$/, status: 429, headers: { "retry-after": "3600" }, message: "slow down" });
    const error = await client({ maxWaitMs: 10_000 })
      .createIssueComment("acme", "shop", 7, "x")
      .catch((e) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.message).toMatch(/longer than we wait/);
    expect(sleeps).toEqual([]);
  });

  it("does not retry a plain 403 (read-only token) and keeps GitHub's message", async () => {
    await startServer({ readOnly: true });
    const error = await client()
      .createIssueComment("acme", "shop", 7, "x")
      .catch((e) => e);
    expect(error.status).toBe(403);
    expect(error.message).toContain("Resource not accessible by integration");
    expect(server.requests).toHaveLength(1);
    expect(error.message).not.toContain(TOKEN);
  });

  it("retries network errors", async () => {
    await startServer();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      if (calls++ === 0) throw new TypeError("fetch failed");
      return fetch(input, init);
    };
    await client({ fetch: flaky }).createIssueComment("acme", "shop", 7, "hi");
    expect(sleeps).toHaveLength(1);
  });

  it("parses Link headers", () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe(
      "https://api.github.com/x?page=2",
    );
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe("sticky comment", () => {
  const marker = stickyMarker("backend/alembic.ini");

  it("creates the comment once, then updates the same one", async () => {
    await startServer();
    server.seed("acme", "shop", 7, "LGTM", { login: "bob", type: "User" });
    const first = await upsertStickyComment(client(), target, marker, `${marker}\nfirst`, {});
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(client(), target, marker, `${marker}\nsecond`, {});
    expect(second.action).toBe("updated");
    expect(second.comment?.id).toBe(first.comment?.id);
    const third = await upsertStickyComment(client(), target, marker, `${marker}\nsecond`, {});
    expect(third.action).toBe("unchanged");
    expect(server.issueComments("acme", "shop", 7).map((c) => c.body)).toEqual(["LGTM", `${marker}\nsecond`]);
  });

  it("does not create an all-clear comment on a pull request it never commented on, but updates an old one", async () => {
    await startServer();
    const skipped = await upsertStickyComment(client(), target, marker, `${marker}\nall clear`, { createIfMissing: false });
    expect(skipped.action).toBe("skipped");
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(0);
    await upsertStickyComment(client(), target, marker, `${marker}\nfailure`, {});
    const cleared = await upsertStickyComment(client(), target, marker, `${marker}\nall clear`, { createIfMissing: false });
    expect(cleared.action).toBe("updated");
    expect(server.issueComments("acme", "shop", 7).map((c) => c.body)).toEqual([`${marker}\nall clear`]);
  });

  it("finds its comment beyond the first page", async () => {
    await startServer({ maxPerPage: 2 });
    for (let i = 0; i < 5; i++) server.seed("acme", "shop", 7, `chatter ${i}`, { login: "bob", type: "User" });
    const ours = server.seed("acme", "shop", 7, `${marker}\nold`, ACTIONS_BOT);
    const result = await upsertStickyComment(client(), target, marker, `${marker}\nnew`, {});
    expect(result).toMatchObject({ action: "updated", comment: { id: ours.id } });
  });

  it("ignores a human's comment that quotes the marker, and another config's comment", async () => {
    await startServer();
    server.seed("acme", "shop", 7, `${marker}\nfake`, { login: "mallory", type: "User" });
    server.seed("acme", "shop", 7, `${stickyMarker("alembic.ini")}\nother config`, ACTIONS_BOT);
    const result = await upsertStickyComment(client(), target, marker, `${marker}\nreal`, {});
    expect(result.action).toBe("created");
    expect(server.issueComments("acme", "shop", 7)).toHaveLength(3);
  });

  it("with a personal token, only that login's comments count", async () => {
    await startServer({ userLogin: "ci-user" });
    server.seed("acme", "shop", 7, `${marker}\nby the bot`, ACTIONS_BOT);
    const login = await client().authenticatedLogin();
    const result = await upsertStickyComment(client(), target, marker, `${marker}\nmine`, { login });
    expect(result.action).toBe("created");
    expect(result.comment.user?.login).toBe("ci-user");
  });

  it("isOurs needs the marker at the very start", () => {
    const c = (body: string) => ({ id: 1, body, html_url: "", user: ACTIONS_BOT });
    expect(isOurs(c(`${marker}\nx`), marker, {})).toBe(true);
    expect(isOurs(c(`quote: ${marker}`), marker, {})).toBe(false);
    expect(isOurs(c(`${marker}\nx`), marker, { login: "someone" })).toBe(false);
  });

  it("keys a non-default alembic.ini section separately, so each section keeps its own comment", () => {
    expect(stickyMarker(configKey("db/alembic.ini", "alembic"))).toBe("<!-- alembic-guard:db/alembic.ini -->");
    expect(stickyMarker(configKey("db/alembic.ini", "analytics"))).toBe("<!-- alembic-guard:db/alembic.ini#analytics -->");
  });

  it("keeps `--` out of the marker so the HTML comment stays closed", () => {
    expect(stickyMarker("a--b/alembic.ini")).toBe("<!-- alembic-guard:a-b/alembic.ini -->");
  });
});
