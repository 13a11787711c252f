// Table tests for Python-level rules: revision sources that must raise the rule (at a given line) and
// near-misses that must not. Each source goes through the real static parser (tree-sitter-python).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRevisionFile } from "../../src/revisions";
import { loadSqlParser } from "../../src/sql/parse";
import type { PythonRule, PythonRuleReport } from "../../src/rules/python/types";

const HEADER = `"""test revision"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "abc123"
down_revision = "prev01"
branch_labels = None
depends_on = None
`;

/** Number of lines HEADER adds before a case's body: case lines are written relative to the body. */
export const HEADER_LINES = HEADER.split("\n").length - 1;

export interface PythonInvalidCase {
  body: string;
  /** 1-based line within `body` of the (first) finding. */
  line?: number;
  count?: number;
  /** Text the (first) finding's message must contain. */
  message?: string;
}

let dir: string;

export async function runPythonRule(rule: PythonRule, body: string): Promise<PythonRuleReport[]> {
  const file = path.join(dir, `case_${Math.random().toString(36).slice(2)}.py`);
  fs.writeFileSync(file, HEADER + body);
  const { detail } = await parseRevisionFile(file, dir);
  if (!detail) throw new Error(`the static parser found no revision in:\n${body}`);
  try {
    return rule.check({ file: path.basename(file), revision: detail.revision, root: detail.tree.rootNode, opCalls: detail.opCalls });
  } finally {
    detail.tree.delete();
  }
}

export function pythonRuleTester(rule: PythonRule, cases: { valid: string[]; invalid: Array<string | PythonInvalidCase> }) {
  describe(rule.id, () => {
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-pyrule-"));
      await loadSqlParser();
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const body of cases.valid) {
      it(`passes: ${body.replace(/\s+/g, " ").trim().slice(0, 100)}`, async () => {
        const reports = await runPythonRule(rule, body);
        expect(reports, JSON.stringify(reports, null, 2)).toHaveLength(0);
      });
    }
    for (const c of cases.invalid.map((v) => (typeof v === "string" ? { body: v } : v))) {
      it(`fails: ${c.body.replace(/\s+/g, " ").trim().slice(0, 100)}`, async () => {
        const reports = await runPythonRule(rule, c.body);
        expect(reports, JSON.stringify(reports, null, 2)).toHaveLength(c.count ?? 1);
        for (const r of reports) {
          expect(r.message.length).toBeGreaterThan(20);
          expect(r.help.length).toBeGreaterThan(20);
        }
        if (c.line !== undefined) expect(reports[0].line - HEADER_LINES).toBe(c.line);
        if (c.message !== undefined) expect(reports[0].message).toContain(c.message);
      });
    }
  });
}
