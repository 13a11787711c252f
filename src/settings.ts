// One place that reads CLI flags / action inputs (as raw options) and the project's config file,
// validates them, and returns a frozen Settings object. Nothing else reads process.env or flags.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseToml } from "smol-toml";
import { UsageError, type FailOn, type Severity } from "./findings";
import { isKnownRule } from "./rules/registry";

export const COMMANDS = ["check", "graph", "lint", "roundtrip", "rules", "explain"] as const;
export type Command = (typeof COMMANDS)[number];
export const OUTPUT_FORMATS = ["text", "json", "sarif", "gitlab", "gcc", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type RuleSetting = Severity | "off";

export interface Settings {
  command: Command;
  /** Working directory; relative paths in findings are relative to it. */
  cwd: string;
  /** Path of alembic.ini (or pyproject.toml with [tool.alembic]), absolute. */
  config: string;
  /** Was --config given explicitly (a missing explicit file is an error; a missing default one may fall back to pyproject). */
  configExplicit: boolean;
  /** alembic.ini section (alembic -n). */
  name: string;
  format: OutputFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  failOn: FailOn;
  /** Positional arguments: SQL files for `lint`, the rule id for `explain`. */
  args: readonly string[];
  /** lint: name for stdin input. */
  stdinFilepath?: string;
  pgVersion: number;
  /** lint: do plain .sql files run inside a transaction? */
  assumeInTransaction: boolean;
  /** lint: threads to lint files on, the main one included (undefined: by input size and CPU count). */
  jobs?: number;
  /** check: git ref to diff against; revisions added or changed since it are in scope. */
  baseRef?: string;
  all: boolean;
  /** Python interpreter with alembic importable (undefined: try python3, then /usr/bin/python3). */
  python?: string;
  /** Use no database at all (no live SQL capture, no round trip). */
  noDatabase: boolean;
  /** Never run Python or a database: SQL only from the revision files' source (untrusted code, e.g. pull_request_target). */
  staticOnly: boolean;
  databaseUrl?: string;
  allowRemoteDatabase: boolean;
  postgresVersion?: number;
  roundtrip: "auto" | "true" | "false";
  withRows: boolean;
  drift: boolean;
  stepTimeoutMs: number;
  /** Per-rule severity overrides from the config file. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Globs (relative to cwd) of files never reported on. */
  exclude: readonly string[];
  /** Policy: how many heads are fine (projects that branch on purpose). */
  allowedHeads?: number;
  naming: "off" | "sequential";
  minimumDowngradeRevision?: string;
  migrationOwners: readonly string[];
  /** Where the project's own config came from, for messages. */
  configFile?: string;
  /** Print progress lines to stderr (a TTY and not json). */
  progress: boolean;
}

/** Raw options as parsed from CLI flags or action inputs, keys in kebab-case as the flags are spelled. */
export type RawOptions = Record<string, string | boolean | undefined>;

const CONFIG_KEYS = [
  "pg_version",
  "fail_on",
  "rules",
  "exclude",
  "allowed_heads",
  "naming",
  "minimum_downgrade_revision",
  "migration_owners",
  "python",
  "with_rows",
  "drift",
  "assume_in_transaction",
  "step_timeout",
] as const;

type ProjectConfig = Partial<{
  pg_version: number;
  fail_on: FailOn;
  rules: Record<string, RuleSetting>;
  exclude: string[];
  allowed_heads: number;
  naming: "off" | "sequential";
  minimum_downgrade_revision: string;
  migration_owners: string[];
  python: string;
  with_rows: boolean;
  drift: boolean;
  assume_in_transaction: boolean;
  step_timeout: number;
}>;

const FAIL_ON = ["error", "warning", "info", "never"];
const RULE_SETTINGS = ["off", "info", "warning", "error"];

/** Find and validate `alembic-guard.toml` or `[tool.alembic-guard]` in pyproject.toml, in dir. */
export function loadProjectConfig(dir: string): { config: ProjectConfig; file?: string } {
  const own = path.join(dir, "alembic-guard.toml");
  const pyproject = path.join(dir, "pyproject.toml");
  let table: Record<string, unknown> | undefined;
  let file: string | undefined;
  if (fs.existsSync(own)) {
    table = readToml(own);
    file = own;
  } else if (fs.existsSync(pyproject)) {
    const tool = readToml(pyproject).tool as Record<string, unknown> | undefined;
    if (tool && typeof tool["alembic-guard"] === "object") {
      table = tool["alembic-guard"] as Record<string, unknown>;
      file = `${pyproject} [tool.alembic-guard]`;
    }
  }
  if (!table) return { config: {} };
  return { config: validateProjectConfig(table, file!), file };
}

function readToml(file: string): Record<string, unknown> {
  try {
    return parseToml(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${file}: not valid TOML: ${(error as Error).message.split("\n")[0]}`);
  }
}

export function validateProjectConfig(table: Record<string, unknown>, where: string): ProjectConfig {
  const bad = (key: string, value: unknown, expected: string) =>
    new UsageError(`${where}: \`${key}\` = ${JSON.stringify(value)} is not valid; expected ${expected}`);
  for (const key of Object.keys(table)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`${where}: unknown key \`${key}\`; known keys: ${CONFIG_KEYS.join(", ")}`);
    }
  }
  const t = table as Record<string, unknown>;
  const int = (key: string, min: number) => {
    if (t[key] === undefined) return;
    if (typeof t[key] !== "number" || !Number.isInteger(t[key]) || (t[key] as number) < min) throw bad(key, t[key], `an integer ≥ ${min}`);
  };
  const bool = (key: string) => {
    if (t[key] !== undefined && typeof t[key] !== "boolean") throw bad(key, t[key], "true or false");
  };
  const strings = (key: string) => {
    if (t[key] !== undefined && (!Array.isArray(t[key]) || (t[key] as unknown[]).some((v) => typeof v !== "string")))
      throw bad(key, t[key], "a list of strings");
  };
  int("pg_version", 9);
  int("allowed_heads", 1);
  int("step_timeout", 1);
  bool("with_rows");
  bool("drift");
  bool("assume_in_transaction");
  strings("exclude");
  strings("migration_owners");
  if (t.fail_on !== undefined && !FAIL_ON.includes(t.fail_on as string)) throw bad("fail_on", t.fail_on, FAIL_ON.join(" | "));
  if (t.naming !== undefined && !["off", "sequential"].includes(t.naming as string)) throw bad("naming", t.naming, '"off" or "sequential"');
  if (t.python !== undefined && typeof t.python !== "string") throw bad("python", t.python, "a path");
  if (t.minimum_downgrade_revision !== undefined && typeof t.minimum_downgrade_revision !== "string")
    throw bad("minimum_downgrade_revision", t.minimum_downgrade_revision, "a revision id");
  if (t.rules !== undefined) {
    if (typeof t.rules !== "object" || Array.isArray(t.rules)) throw bad("rules", t.rules, 'a table such as { "ban-drop-column" = "off" }');
    for (const [rule, setting] of Object.entries(t.rules as Record<string, unknown>)) {
      if (!isKnownRule(rule)) throw new UsageError(`${where}: unknown rule \`${rule}\` in \`rules\`; \`alembic-guard rules\` lists them`);
      if (!RULE_SETTINGS.includes(setting as string)) throw bad(`rules.${rule}`, setting, RULE_SETTINGS.join(" | "));
    }
  }
  return t as ProjectConfig;
}

const str = (raw: RawOptions, key: string): string | undefined => {
  const v = raw[key];
  if (v === undefined || v === "") return undefined;
  if (typeof v === "boolean") throw new UsageError(`--${key} needs a value`);
  return v;
};
const flag = (raw: RawOptions, key: string): boolean | undefined => {
  const v = raw[key];
  if (v === undefined || v === "") return undefined;
  if (typeof v === "boolean") return v;
  if (/^(true|yes|1|on)$/i.test(v)) return true;
  if (/^(false|no|0|off)$/i.test(v)) return false;
  throw new UsageError(`--${key} must be true or false, got \`${v}\``);
};
const positiveInt = (raw: RawOptions, key: string): number | undefined => {
  const v = str(raw, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${key} must be a positive whole number, got \`${v}\``);
  return Number(v);
};
function oneOf<T extends string>(raw: RawOptions, key: string, allowed: readonly T[]): T | undefined {
  const v = str(raw, key);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${key} must be one of ${allowed.join(" | ")}, got \`${v}\``);
  return v as T;
}

/** Build the frozen Settings for a command from raw options and the project config file. */
export function resolveSettings(command: Command, raw: RawOptions, args: readonly string[], cwd: string, isTTY = false): Settings {
  const configArg = str(raw, "config");
  const config = path.resolve(cwd, configArg ?? "alembic.ini");
  // The project's own config sits in the working directory, or beside alembic.ini (monorepos, --config sub/alembic.ini).
  let { config: project, file: configFile } = loadProjectConfig(cwd);
  if (!configFile && path.dirname(config) !== cwd) ({ config: project, file: configFile } = loadProjectConfig(path.dirname(config)));
  const format = oneOf(raw, "format", OUTPUT_FORMATS) ?? "text";
  const databaseUrl = str(raw, "database-url");
  const noDatabase = flag(raw, "no-database") ?? false;
  if (noDatabase && databaseUrl) throw new UsageError("--database-url and --no-database cannot be used together");
  const staticOnly = flag(raw, "static-only") ?? false;
  if (staticOnly && databaseUrl) throw new UsageError("--database-url and --static-only cannot be used together: --static-only never runs a database");
  if (noDatabase && str(raw, "roundtrip") === "true") throw new UsageError("--roundtrip true and --no-database cannot be used together");
  const stepTimeoutSeconds = positiveInt(raw, "step-timeout") ?? project.step_timeout ?? 120;
  const settings: Settings = {
    command,
    cwd,
    config,
    configExplicit: configArg !== undefined,
    name: str(raw, "name") ?? "alembic",
    format,
    output: str(raw, "output") ? path.resolve(cwd, str(raw, "output")!) : undefined,
    failOn: oneOf(raw, "fail-on", ["error", "warning", "info", "never"] as const) ?? project.fail_on ?? "error",
    args,
    stdinFilepath: str(raw, "stdin-filepath"),
    pgVersion: positiveInt(raw, "pg-version") ?? project.pg_version ?? 15,
    assumeInTransaction: flag(raw, "assume-in-transaction") ?? project.assume_in_transaction ?? false,
    jobs: positiveInt(raw, "jobs"),
    baseRef: str(raw, "base-ref"),
    all: flag(raw, "all") ?? false,
    python: str(raw, "python") ?? project.python,
    noDatabase,
    staticOnly,
    databaseUrl,
    allowRemoteDatabase: flag(raw, "allow-remote-database") ?? false,
    postgresVersion: positiveInt(raw, "postgres-version"),
    roundtrip: oneOf(raw, "roundtrip", ["auto", "true", "false"] as const) ?? (noDatabase || staticOnly ? "false" : "auto"),
    withRows: flag(raw, "with-rows") ?? project.with_rows ?? false,
    drift: flag(raw, "drift") ?? project.drift ?? false,
    stepTimeoutMs: stepTimeoutSeconds * 1000,
    rules: Object.freeze({ ...(project.rules ?? {}) }),
    exclude: Object.freeze([...(project.exclude ?? [])]),
    allowedHeads: project.allowed_heads,
    naming: project.naming ?? "off",
    minimumDowngradeRevision: project.minimum_downgrade_revision,
    migrationOwners: Object.freeze([...(project.migration_owners ?? [])]),
    configFile,
    progress: isTTY && format !== "json",
  };
  return Object.freeze(settings);
}
