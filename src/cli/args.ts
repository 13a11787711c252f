// Command-line parsing: GNU-style flags into RawOptions, validated against the flags each command accepts.
import { UsageError } from "../findings";
import { COMMANDS, type Command, type RawOptions } from "../settings";

type FlagKind = "string" | "boolean";

/** Every flag, its kind and the commands that take it. Negations (--no-x) exist for boolean flags. */
export const FLAGS: Record<string, { kind: FlagKind; commands: readonly Command[]; help: string }> = {
  config: { kind: "string", commands: ["check", "graph", "roundtrip"], help: "alembic.ini path (default: alembic.ini; falls back to pyproject.toml [tool.alembic])" },
  name: { kind: "string", commands: ["check", "graph", "roundtrip"], help: "alembic.ini section, like alembic -n (default: alembic)" },
  format: { kind: "string", commands: ["check", "graph", "lint", "roundtrip", "rules"], help: "text | json | sarif | gitlab | gcc | markdown (per command)" },
  output: { kind: "string", commands: ["check", "graph", "lint", "roundtrip"], help: "write the report to this file instead of stdout" },
  "fail-on": { kind: "string", commands: ["check", "graph", "lint", "roundtrip"], help: "error | warning | info | never (default: error)" },
  "stdin-filepath": { kind: "string", commands: ["lint"], help: "file name to report for SQL read from stdin (-)" },
  "pg-version": { kind: "string", commands: ["check", "lint", "roundtrip"], help: "PostgreSQL major version the migrations target (default: 15)" },
  "assume-in-transaction": { kind: "boolean", commands: ["lint"], help: "lint .sql files as if they ran inside a transaction" },
  jobs: { kind: "string", commands: ["lint"], help: "threads to lint files on (default: by input size and CPUs; 1 = one thread)" },
  "base-ref": { kind: "string", commands: ["check", "roundtrip"], help: "git ref to compare with; revisions added or changed since it are checked" },
  all: { kind: "boolean", commands: ["check", "roundtrip"], help: "check every revision, not only the changed ones" },
  python: { kind: "string", commands: ["check", "roundtrip"], help: "Python interpreter with alembic importable (default: python3, then /usr/bin/python3)" },
  "database-url": { kind: "string", commands: ["check", "roundtrip"], help: "PostgreSQL server to create a throwaway database on" },
  "no-database": { kind: "boolean", commands: ["check"], help: "use no database: offline/static SQL only, no round trip" },
  "static-only": { kind: "boolean", commands: ["check"], help: "read SQL only from the revision files' source: never run Python or a database (for untrusted code)" },
  "allow-remote-database": { kind: "boolean", commands: ["check", "roundtrip"], help: "allow a --database-url that is not on this machine" },
  "postgres-version": { kind: "string", commands: ["check", "roundtrip"], help: "major version of the local PostgreSQL server to start" },
  roundtrip: { kind: "string", commands: ["check"], help: "auto | true | false (default: auto)" },
  "with-rows": { kind: "boolean", commands: ["check", "roundtrip"], help: "put a synthetic row into empty tables before each revision" },
  drift: { kind: "boolean", commands: ["check", "roundtrip"], help: "compare the models' metadata with the migrated database" },
  "step-timeout": { kind: "string", commands: ["check", "roundtrip"], help: "seconds one upgrade or downgrade may take (default: 120)" },
};

export interface ParsedArgs {
  command: Command;
  raw: RawOptions;
  args: string[];
  help: boolean;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    return { command: "check", raw: {}, args: [], help: true };
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command \`${first}\`; commands: ${COMMANDS.join(", ")} (alembic-guard --help)`);
  }
  const command = first as Command;
  const raw: RawOptions = {};
  const args: string[] = [];
  let help = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (token === "--help" || token === "-h") {
      help = true;
      continue;
    }
    if (token === "--") {
      args.push(...rest.slice(i + 1));
      break;
    }
    if (!token.startsWith("--") || token === "-") {
      args.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    let name = token.slice(2, eq === -1 ? undefined : eq);
    let value: string | boolean | undefined = eq === -1 ? undefined : token.slice(eq + 1);
    let spec = FLAGS[name];
    if (!spec && name.startsWith("no-") && FLAGS[name.slice(3)]?.kind === "boolean") {
      name = name.slice(3);
      spec = FLAGS[name];
      if (value !== undefined) throw new UsageError(`--no-${name} takes no value`);
      value = false;
    }
    if (!spec || !spec.commands.includes(command)) {
      throw new UsageError(`\`${command}\` does not take --${name}; see alembic-guard ${command} --help`);
    }
    if (spec.kind === "string" && value === undefined) {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
    }
    raw[name] = value ?? true;
  }
  return { command, raw, args, help };
}

export function usage(command?: Command): string {
  const lines = [
    "alembic-guard — keeps Alembic + PostgreSQL migrations safe before they merge",
    "",
    "Usage:",
    "  alembic-guard check [options]          graph checks, SQL lint of changed revisions, round trip on a throwaway PostgreSQL",
    "  alembic-guard graph [options]          revision graph: heads, bases, broken chains",
    "  alembic-guard lint [FILE.sql ...|-]    lint SQL files",
    "  alembic-guard roundtrip [options]      upgrade → downgrade → upgrade each revision on a throwaway PostgreSQL",
    "  alembic-guard rules                    list the rules",
    "  alembic-guard explain RULE             print a rule's documentation",
    "  alembic-guard --version                print the version",
    "",
    "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error.",
    "",
    "Options:",
  ];
  for (const [name, spec] of Object.entries(FLAGS)) {
    if (command && !spec.commands.includes(command)) continue;
    const shown = spec.kind === "string" ? `--${name} VALUE` : `--[no-]${name}`;
    lines.push(`  ${shown.padEnd(30)} ${spec.help}`);
  }
  return lines.join("\n");
}
