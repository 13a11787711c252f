// A small GitHub REST client on Node's fetch: just the issue-comment endpoints the sticky comment needs.
// Retries 5xx and network errors with bounded exponential backoff, and waits out rate limits when GitHub
// says how long (`retry-after`, or `x-ratelimit-reset` when the primary limit is spent).

export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

export interface GitHubClientOptions {
  /** e.g. https://api.github.com or GITHUB_API_URL on GitHub Enterprise. */
  apiUrl: string;
  token: string;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** First backoff delay for 5xx / network errors; doubles each retry (default 1000 ms). */
  baseDelayMs?: number;
  /** Longest rate-limit wait we accept; beyond it the request fails (default 120 s). */
  maxWaitMs?: number;
  /** Injectable for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry (the Action logs it). */
  onRetry?: (message: string) => void;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
  ) {
    super(`GitHub API ${method} ${path} → ${status || "network error"}${apiMessage ? `: ${apiMessage}` : ""}`);
    this.name = "GitHubApiError";
  }
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export class GitHubClient {
  private readonly apiUrl: string;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxWaitMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GitHubClientOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, "");
    this.maxRetries = options.maxRetries ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The login the token acts as, or undefined when the token may not ask (GITHUB_TOKEN gets 403 on /user). */
  async authenticatedLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.request<{ login: string }>("GET", "/user");
      return data.login;
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401 || error.status === 404)) return undefined;
      throw error;
    }
  }

  /** Every comment on an issue or pull request, following the Link header's pages. */
  async listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    const all: IssueComment[] = [];
    let next: string | undefined = `/repos/${enc(owner)}/${enc(repo)}/issues/${issue}/comments?per_page=100`;
    for (let page = 0; next && page < 1000; page++) {
      const { data, headers } = await this.request<IssueComment[]>("GET", next);
      all.push(...data);
      next = nextLink(headers.get("link"));
      // The token goes with every request: follow pages on the API's own origin only.
      if (next && new URL(next, this.apiUrl).origin !== new URL(this.apiUrl).origin) next = undefined;
    }
    return all;
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    const { data } = await this.request<IssueComment>("POST", `/repos/${enc(owner)}/${enc(repo)}/issues/${issue}/comments`, { body });
    return data;
  }

  async updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment> {
    const { data } = await this.request<IssueComment>("PATCH", `/repos/${enc(owner)}/${enc(repo)}/issues/comments/${commentId}`, { body });
    return data;
  }

  /** One API call with retries. `path` is relative to the API URL, or an absolute URL from a Link header. */
  async request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T; headers: Headers }> {
    const url = /^https?:\/\//.test(path) ? path : `${this.apiUrl}${path}`;
    const shownPath = url.startsWith(this.apiUrl) ? url.slice(this.apiUrl.length) : url;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `Bearer ${this.options.token}`,
            "x-github-api-version": "2022-11-28",
            "user-agent": "alembic-guard",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        if (attempt >= this.maxRetries) throw new GitHubApiError(0, method, shownPath, (error as Error).message);
        const delay = this.backoff(attempt);
        this.options.onRetry?.(`GitHub API ${method} ${shownPath}: ${(error as Error).message}; retrying in ${delay} ms`);
        await this.sleep(delay);
        continue;
      }
      if (response.ok) {
        const text = await response.text();
        return { status: response.status, data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
      }
      const apiMessage = await errorMessage(response);
      const wait = this.rateLimitWait(response, apiMessage);
      if (attempt < this.maxRetries && wait !== undefined) {
        if (wait > this.maxWaitMs) {
          throw new GitHubApiError(response.status, method, shownPath, `${apiMessage} (rate limited for ${Math.ceil(wait / 1000)} s, longer than we wait)`);
        }
        this.options.onRetry?.(`GitHub API ${method} ${shownPath} → ${response.status} (rate limit); waiting ${wait} ms as GitHub asks`);
        await this.sleep(wait);
        continue;
      }
      if (attempt < this.maxRetries && RETRYABLE_STATUS.has(response.status)) {
        const delay = this.backoff(attempt);
        this.options.onRetry?.(`GitHub API ${method} ${shownPath} → ${response.status}; retrying in ${delay} ms`);
        await this.sleep(delay);
        continue;
      }
      throw new GitHubApiError(response.status, method, shownPath, apiMessage);
    }
  }

  private backoff(attempt: number): number {
    // Exponential with a little jitter so parallel matrix jobs do not retry in lockstep.
    const base = this.baseDelayMs * 2 ** attempt;
    return Math.round(base + Math.random() * base * 0.2);
  }

  /** How long GitHub asks us to wait, when the response is a rate limit; undefined otherwise. */
  private rateLimitWait(response: Response, apiMessage: string): number | undefined {
    if (response.status !== 403 && response.status !== 429) return undefined;
    const retryAfter = response.headers.get("retry-after");
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
    if (response.headers.get("x-ratelimit-remaining") === "0") {
      const reset = Number(response.headers.get("x-ratelimit-reset"));
      if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now()) + 1000;
    }
    // A secondary rate limit without retry-after: GitHub's docs say wait at least a minute.
    if (/secondary rate limit/i.test(apiMessage)) return 60_000;
    return undefined;
  }
}

function enc(part: string): string {
  return encodeURIComponent(part);
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text) as { message?: string };
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200);
}

/** The rel="next" URL of a Link header. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1];
  }
  return undefined;
}
