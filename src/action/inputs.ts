// The one place the Action reads its environment: the INPUT_* variables the runner sets from action.yml
// (into the same RawOptions the CLI's flags give, so src/settings.ts validates both the same way), and the
// GITHUB_* variables and event payload that say what triggered the run. Nothing else in src/action reads
// process.env; everything below takes these objects.
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "../findings";
import { resolveSettings, type RawOptions, type Settings } from "../settings";

export interface InputSpec {
  /** The input's name in action.yml. */
  name: string;
  /** The CLI flag (src/cli/args.ts FLAGS) it becomes; absent for Action-only inputs. */
  flag?: string;
  /** action.yml's default; also applied here, so running dist/index.js outside a runner behaves the same. */
  default?: string;
}

/** Every input of action.yml (a test checks the two agree, and that README.md's table lists them). */
export const ACTION_INPUTS: readonly InputSpec[] = [
  { name: "config", flag: "config", default: "alembic.ini" },
  { name: "working-directory", default: "." },
  { name: "name", flag: "name", default: "alembic" },
  { name: "python", flag: "python" },
  { name: "database-url", flag: "database-url" },
  { name: "postgres-version", flag: "postgres-version" },
  { name: "base-ref", flag: "base-ref" },
  { name: "roundtrip", flag: "roundtrip", default: "auto" },
  { name: "with-rows", flag: "with-rows", default: "true" },
  { name: "drift", flag: "drift" },
  { name: "fail-on", flag: "fail-on" },
  { name: "comment", default: "true" },
  { name: "sarif-file" },
  { name: "github-token", default: "${{ github.token }}" },
  { name: "allow-remote-database", flag: "allow-remote-database", default: "false" },
  { name: "allow-untrusted-code", default: "false" },
];

export interface ActionInputs {
  /** Options for resolveSettings("check", raw, [], cwd), spelled as the CLI's flags. */
  raw: RawOptions;
  /** The working directory (absolute): `working-directory` under GITHUB_WORKSPACE. */
  cwd: string;
  comment: boolean;
  /** Absolute path to write SARIF to, when asked. */
  sarifFile?: string;
  githubToken?: string;
  allowUntrustedCode: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The runner's spelling: INPUT_ + the name upper-cased, spaces as underscores (hyphens stay). */
function input(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
  return value === "" ? undefined : value;
}

function booleanInput(name: string, value: string): boolean {
  if (/^(true|yes|1|on)$/i.test(value)) return true;
  if (/^(false|no|0|off)$/i.test(value)) return false;
  throw new UsageError(`input \`${name}\` must be true or false, got \`${value}\``);
}

export function readActionInputs(env: Env, workspace: string): ActionInputs {
  const values = new Map<string, string>();
  for (const spec of ACTION_INPUTS) {
    // `${{ github.token }}` only means something to the runner; outside it, no token.
    const fallback = spec.default?.startsWith("${{") ? undefined : spec.default;
    const value = input(env, spec.name) ?? fallback;
    if (value !== undefined) values.set(spec.name, value);
  }
  const raw: RawOptions = {};
  for (const spec of ACTION_INPUTS) {
    if (spec.flag && values.has(spec.name)) raw[spec.flag] = values.get(spec.name);
  }
  const cwd = path.resolve(workspace, values.get("working-directory") ?? ".");
  if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) {
    throw new UsageError(`input \`working-directory\`: ${path.relative(workspace, cwd) || "."} is not a directory in the repository`);
  }
  const sarif = values.get("sarif-file");
  return {
    raw,
    cwd,
    comment: booleanInput("comment", values.get("comment") ?? "true"),
    sarifFile: sarif ? path.resolve(cwd, sarif) : undefined,
    githubToken: values.get("github-token"),
    allowUntrustedCode: booleanInput("allow-untrusted-code", values.get("allow-untrusted-code") ?? "false"),
  };
}

export interface PullRequestInfo {
  number: number;
  /** Login of the pull request's author. */
  author: string;
  baseSha?: string;
  headSha?: string;
}

export interface EventContext {
  /** GITHUB_EVENT_NAME: pull_request, pull_request_target, push, merge_group, workflow_dispatch, … */
  eventName: string;
  owner: string;
  repo: string;
  /** GITHUB_WORKSPACE (the repository root on the runner); the process's cwd when unset. */
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** GITHUB_SHA: the commit checked out (for a pull request, the merge commit). */
  sha?: string;
  pullRequest?: PullRequestInfo;
  /** The default base ref for the event: the PR's base SHA, a push's `before`, a merge group's base. */
  defaultBaseRef?: string;
  /** Where to write the JSON report (RUNNER_TEMP, or the OS temp dir outside a runner). */
  tempDir: string;
}

const ZERO_SHA = /^0+$/;

export function readEventContext(env: Env, fallbackCwd: string, osTemp: string): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH && fs.existsSync(env.GITHUB_EVENT_PATH)) {
    try {
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (error) {
      throw new UsageError(`GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const pr = payload.pull_request;
  const pullRequest: PullRequestInfo | undefined =
    pr && typeof pr.number === "number"
      ? { number: pr.number, author: String(pr.user?.login ?? ""), baseSha: pr.base?.sha, headSha: pr.head?.sha }
      : undefined;
  let defaultBaseRef: string | undefined;
  if (pullRequest) defaultBaseRef = pullRequest.baseSha;
  else if (eventName === "push" && typeof payload.before === "string" && !ZERO_SHA.test(payload.before)) defaultBaseRef = payload.before;
  else if (eventName === "merge_group" && typeof payload.merge_group?.base_sha === "string") defaultBaseRef = payload.merge_group.base_sha;
  return {
    eventName,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || fallbackCwd,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    sha: env.GITHUB_SHA,
    pullRequest,
    defaultBaseRef,
    tempDir: env.RUNNER_TEMP || osTemp,
  };
}

/**
 * The Settings `check` runs with: the same resolveSettings the CLI uses, so inputs and flags are validated
 * alike; its messages name flags (`--fail-on`), which are rewritten to name the Action's inputs.
 */
export function resolveActionSettings(raw: RawOptions, cwd: string): Settings {
  try {
    return resolveSettings("check", raw, [], cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const inputFor = new Map(ACTION_INPUTS.filter((i) => i.flag).map((i) => [i.flag!, i.name]));
    throw new UsageError(error.message.replace(/--([a-z][a-z-]*)/g, (flag, name: string) => (inputFor.has(name) ? `input \`${inputFor.get(name)}\`` : flag)));
  }
}

/** Events whose pull request gets the sticky comment. push, merge_group, workflow_dispatch never comment. */
export function commentsOn(event: EventContext): boolean {
  return (event.eventName === "pull_request" || event.eventName === "pull_request_target") && event.pullRequest !== undefined;
}

export interface RunPlan {
  raw: RawOptions;
  /** Lines for the log and the report (e.g. why the round trip was refused). */
  notes: string[];
}

/** Event-dependent defaults and refusals on top of the inputs. */
export function planRun(inputs: ActionInputs, event: EventContext): RunPlan {
  const raw: RawOptions = { ...inputs.raw, format: "json" };
  const notes: string[] = [];
  if (raw["base-ref"] === undefined && event.defaultBaseRef) raw["base-ref"] = event.defaultBaseRef;
  if (event.eventName === "pull_request_target" && !inputs.allowUntrustedCode) {
    // pull_request_target runs with the base repository's secrets and a write token, on the pull request's
    // files: importing env.py or a revision file (the offline SQL) or upgrading a database would run its code.
    raw["static-only"] = true;
    delete raw["database-url"];
    notes.push(
      "Python and the round trip refused on `pull_request_target`: importing env.py and the revision files, or upgrading a database with them, would run this pull request's code with the base repository's secrets. Graph checks and the lint of the SQL read from the revision files' source still ran; set `allow-untrusted-code: true` only for trusted authors.",
    );
  }
  return { raw, notes };
}

/** The database password (and the whole URL) as they could appear in output, for core.setSecret. */
export function secretsOf(inputs: ActionInputs): string[] {
  const secrets: string[] = [];
  if (inputs.githubToken) secrets.push(inputs.githubToken);
  const url = inputs.raw["database-url"];
  if (typeof url === "string") {
    secrets.push(url);
    try {
      const password = new URL(url).password;
      if (password) secrets.push(password, decodeURIComponent(password));
    } catch {
      // Not a URL; settings will say so. The whole value is already masked.
    }
  }
  return [...new Set(secrets)];
}
