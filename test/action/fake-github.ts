// A local HTTP server that speaks the part of GitHub's REST API the Action uses, with GitHub's behaviour:
// issue comments (paginated with Link headers, 65,536-character body limit → 422), comment updates,
// GET /user (403 for the workflow's GITHUB_TOKEN), bearer-token checks, and injectable failures
// (5xx, secondary rate limits with retry-after, 403 for read-only tokens).
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface InjectedFailure {
  method: string;
  /** Matched against the request path (without query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
  body?: unknown;
  status: number;
  at: number;
}

export interface FakeGitHubOptions {
  token: string;
  /** The login GET /user answers; undefined = a GITHUB_TOKEN (403 on /user, comments by github-actions[bot]). */
  userLogin?: string;
  /** Page size the server uses regardless of per_page (to exercise pagination with few comments). */
  maxPerPage?: number;
  /** Reject comment writes with 403 as for a fork PR's read-only token. */
  readOnly?: boolean;
}

export const ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };

export class FakeGitHub {
  readonly comments = new Map<string, FakeComment[]>();
  readonly requests: RecordedRequest[] = [];
  readonly failures: InjectedFailure[] = [];
  private nextId = 1000;
  private server?: http.Server;
  url = "";

  constructor(readonly options: FakeGitHubOptions) {}

  get author(): FakeUser {
    return this.options.userLogin ? { login: this.options.userLogin, type: "User" } : ACTIONS_BOT;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => this.handle(req, res, Buffer.concat(chunks).toString("utf8")));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Put a comment on an issue directly (someone else's, or an old one of ours). */
  seed(owner: string, repo: string, issue: number, body: string, user: FakeUser): FakeComment {
    const list = this.issueComments(owner, repo, issue);
    const comment = this.newComment(owner, repo, issue, body, user);
    list.push(comment);
    return comment;
  }

  issueComments(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`;
    if (!this.comments.has(key)) this.comments.set(key, []);
    return this.comments.get(key)!;
  }

  private newComment(owner: string, repo: string, issue: number, body: string, user: FakeUser): FakeComment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    return { id, body, user, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`, created_at: now, updated_at: now };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, rawBody: string): void {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = rawBody;
    }
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, url: url.pathname + url.search, authorization: req.headers.authorization, body, status, at: Date.now() });
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(payload === undefined ? "" : JSON.stringify(payload));
    };
    const failure = this.failures.find((f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return send(failure.status, { message: failure.message, documentation_url: "https://docs.github.com/rest" }, failure.headers);
    }
    if (req.headers.authorization !== `Bearer ${this.options.token}`) {
      return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
    }
    if (method === "GET" && url.pathname === "/user") {
      if (!this.options.userLogin) return send(403, { message: "Resource not accessible by integration" });
      return send(200, { login: this.options.userLogin, type: "User" });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const [, owner, repo, issue] = list;
      const comments = this.issueComments(owner, repo, Number(issue));
      if (method === "GET") {
        const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), this.options.maxPerPage ?? 100);
        const page = Number(url.searchParams.get("page") ?? 1);
        const slice = comments.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < comments.length) {
          const next = new URL(url.toString());
          next.searchParams.set("page", String(page + 1));
          next.searchParams.set("per_page", String(perPage));
          headers.link = `<${next.toString()}>; rel="next", <${this.url}${url.pathname}?page=${Math.ceil(comments.length / perPage)}>; rel="last"`;
        }
        return send(200, slice, headers);
      }
      if (method === "POST") {
        if (this.options.readOnly) return send(403, { message: "Resource not accessible by integration" });
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== "string") return send(422, { message: "Invalid request.\n\nFor 'links/0/schema', nil is not an object." });
        if (text.length > 65_536) return send(422, { message: "Validation Failed", errors: [{ message: "body is too long (maximum is 65536 characters)" }] });
        const comment = this.newComment(owner, repo, Number(issue), text, this.author);
        comments.push(comment);
        return send(201, comment);
      }
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && method === "PATCH") {
      if (this.options.readOnly) return send(403, { message: "Resource not accessible by integration" });
      const id = Number(one[3]);
      for (const comments of this.comments.values()) {
        const comment = comments.find((c) => c.id === id);
        if (!comment) continue;
        if (comment.user.login !== this.author.login) return send(403, { message: "Resource not accessible by integration" });
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== "string") return send(422, { message: "Invalid request." });
        if (text.length > 65_536) return send(422, { message: "Validation Failed", errors: [{ message: "body is too long (maximum is 65536 characters)" }] });
        comment.body = text;
        comment.updated_at = new Date().toISOString();
        return send(200, comment);
      }
      return send(404, { message: "Not Found" });
    }
    return send(404, { message: "Not Found" });
  }
}
