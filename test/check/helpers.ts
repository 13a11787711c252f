// Running `check` in tests: real settings from CLI-style options, real projects on disk.
import * as fs from "node:fs";
import * as path from "node:path";
import { check } from "../../src/check";
import type { CheckResult } from "../../src/check/types";
import { main } from "../../src/cli";
import { resolveSettings, type RawOptions } from "../../src/settings";

export const FIXTURES = path.resolve(__dirname, "../fixtures/projects");
export const SYSTEM_PYTHON = "/usr/bin/python3";

export async function runCheck(cwd: string, raw: RawOptions): Promise<CheckResult> {
  return check(resolveSettings("check", raw, [], cwd));
}

export async function runCli(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["check", ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.alloc(0) }, cwd);
  return { code, stdout, stderr };
}

/** "file-basename:line rule" for each finding of the given rules: the location contract the tiers must agree on. */
export function located(result: CheckResult, rules?: readonly string[]): string[] {
  return result.findings
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${path.basename(f.file)}:${f.line} ${f.rule}`)
    .sort();
}

/** A revision file in the style `alembic revision` writes. */
export function revisionSource(id: string, down: string | null | string[], upgrade: string, downgrade = "pass"): string {
  const downRepr = down === null ? "None" : Array.isArray(down) ? `(${down.map((d) => JSON.stringify(d)).join(", ")})` : JSON.stringify(down);
  const indent = (body: string) => body.split("\n").map((l) => (l ? `    ${l}` : l)).join("\n");
  return `"""revision ${id}"""
from alembic import op
import sqlalchemy as sa

revision = ${JSON.stringify(id)}
down_revision = ${downRepr}
branch_labels = None
depends_on = None


def upgrade():
${indent(upgrade)}


def downgrade():
${indent(downgrade)}
`;
}

/** An Alembic project (the `unsafe` fixture's alembic.ini and env.py) with the given revision files, in dir. */
export function writeProject(dir: string, revisions: Record<string, string>, extra: Record<string, string> = {}): void {
  fs.mkdirSync(path.join(dir, "migrations/versions"), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, "unsafe/alembic.ini"), path.join(dir, "alembic.ini"));
  fs.copyFileSync(path.join(FIXTURES, "unsafe/migrations/env.py"), path.join(dir, "migrations/env.py"));
  fs.copyFileSync(path.join(FIXTURES, "unsafe/migrations/script.py.mako"), path.join(dir, "migrations/script.py.mako"));
  for (const [name, text] of Object.entries(revisions)) fs.writeFileSync(path.join(dir, "migrations/versions", name), text);
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
}
