// Shared by the graph tests: settings for a fixture project, running the CLI in-process, asking Alembic.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli";
import { resolveSettings, type RawOptions, type Settings } from "../../src/settings";
import { tempDir } from "../helpers/tmp";

export const FIXTURES = path.resolve(__dirname, "../fixtures/graph");
export const REPO = path.resolve(__dirname, "../..");

export function graphSettings(cwd: string, raw: RawOptions = {}): Settings {
  return resolveSettings("graph", raw, [], cwd);
}

export async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.alloc(0) }, cwd);
  return { code, stdout, stderr };
}

export interface OracleCase {
  dir: string;
  config: string;
  name?: string;
}

export interface OracleAnswer {
  heads: string[];
  bases: string[];
  revisions: Record<string, { down_revisions: string[]; depends_on: string[]; branch_labels: string[]; file: string }>;
  warnings: string[];
  error?: string;
}

/** One /usr/bin/python3 process answers every case (Alembic 1.8.1's ScriptDirectory). */
export function askAlembic(cases: OracleCase[]): OracleAnswer[] {
  const out = execFileSync("/usr/bin/python3", [path.join(__dirname, "alembic_oracle.py"), JSON.stringify(cases)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as OracleAnswer[];
}

/** A throwaway Alembic project: alembic.ini + migrations/versions/<files>. Returns its directory. */
export function makeProject(files: Record<string, string | Buffer>, extra: Record<string, string> = {}): string {
  const dir = tempDir("ag-graph-");
  fs.mkdirSync(path.join(dir, "migrations/versions"), { recursive: true });
  fs.writeFileSync(path.join(dir, "alembic.ini"), "[alembic]\nscript_location = %(here)s/migrations\n");
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, "migrations/versions", name), content);
  for (const [name, content] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A minimal revision file. */
export function rev(id: string, down: string | string[] | null, more = ""): string {
  const downText = down === null ? "None" : Array.isArray(down) ? `(${down.map((d) => JSON.stringify(d)).join(", ")},)` : JSON.stringify(down);
  return `"""${id}"""\nfrom alembic import op\n\nrevision = ${JSON.stringify(id)}\ndown_revision = ${downText}\n${more}\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n`;
}
