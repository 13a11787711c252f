// ESLint RuleTester / squawk lint_ok-lint_errors style tables for SQL rules: SQL that must pass, SQL that must fail.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintSources } from "../../src/rules/engine";
import type { SqlRule } from "../../src/rules/types";

export interface CaseOptions {
  /** PostgreSQL major version (default 15). */
  pgVersion?: number;
  /** Treat the text as running inside Alembic's migration transaction (default true, as Alembic does). */
  inTransaction?: boolean;
}
export interface ValidCase extends CaseOptions {
  sql: string;
}
export interface InvalidCase extends CaseOptions {
  sql: string;
  /** How many findings of this rule (default 1). */
  count?: number;
  /** 1-based position of the (first) finding. */
  line?: number;
  column?: number;
}

export function lintWith(rule: SqlRule, sql: string, options: CaseOptions = {}) {
  return lintSources([{ text: sql, file: "migration.sql", inTransaction: options.inTransaction ?? true }], {
    pgVersion: options.pgVersion ?? 15,
    rules: [rule],
    only: [rule.meta.id],
  }).filter((f) => f.rule === rule.meta.id);
}

export function ruleTester(rule: SqlRule, cases: { valid: Array<string | ValidCase>; invalid: Array<string | InvalidCase> }) {
  describe(rule.meta.id, () => {
    beforeAll(() => loadSqlParser());
    const normalise = <T extends { sql: string }>(c: string | T): T => (typeof c === "string" ? ({ sql: c } as T) : c);
    for (const c of cases.valid.map((v) => normalise<ValidCase>(v))) {
      it(`passes: ${c.sql.replace(/\s+/g, " ").slice(0, 90)}`, () => {
        const findings = lintWith(rule, c.sql, c);
        expect(findings, JSON.stringify(findings, null, 2)).toHaveLength(0);
      });
    }
    for (const c of cases.invalid.map((v) => normalise<InvalidCase>(v))) {
      it(`fails: ${c.sql.replace(/\s+/g, " ").slice(0, 90)}`, () => {
        const findings = lintWith(rule, c.sql, c);
        expect(findings).toHaveLength(c.count ?? 1);
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.help.length).toBeGreaterThan(10);
        }
        if (c.line !== undefined) expect(findings[0].line).toBe(c.line);
        if (c.column !== undefined) expect(findings[0].column).toBe(c.column);
      });
    }
  });
}
