// Runs the SQL rules over parsed statements and turns their reports into Findings.
import { docsUrl, type Finding, type Severity } from "../findings";
import { parseSqlSources, type SqlSource } from "../sql/parse";
import { buildLintContext } from "../sql/context";
import type { Statement } from "../sql/types";
import type { SqlRule } from "./types";
import { SQL_RULES } from "./registry";

export interface LintOptions {
  pgVersion: number;
  /** Effective severity per rule id ("off" disables); rules not listed use their default. */
  severities?: Readonly<Record<string, Severity | "off">>;
  /** Restrict to these rules (tests use this to run one rule alone). */
  only?: readonly string[];
  rules?: readonly SqlRule[];
}

export function effectiveSeverity(rule: SqlRule, options: LintOptions): Severity | "off" {
  return options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Lint one unit (a .sql file or one revision's statements). Returns findings including syntax errors. */
export function lintSources(sources: readonly SqlSource[], options: LintOptions): Finding[] {
  const parsed = parseSqlSources(sources);
  const findings: Finding[] = parsed.syntaxErrors.map((e) => ({
    rule: "syntax-error",
    severity: "error",
    message: `PostgreSQL cannot parse this statement: ${e.message}`,
    file: e.file,
    line: e.line,
    column: e.column,
    help: "Fix the SQL so PostgreSQL accepts it; the other statements were still checked.",
    docs: docsUrl("syntax-error"),
    sql: e.sql,
    revision: e.revision,
  }));
  findings.push(...lintStatements(parsed.statements, options));
  return findings;
}

export function lintStatements(statements: readonly Statement[], options: LintOptions): Finding[] {
  const rules = (options.rules ?? SQL_RULES).filter((rule) => {
    if (options.only && !options.only.includes(rule.meta.id)) return false;
    if (effectiveSeverity(rule, options) === "off" && !options.only) return false;
    if (rule.meta.minPgVersion !== undefined && options.pgVersion < rule.meta.minPgVersion) return false;
    if (rule.meta.maxPgVersion !== undefined && options.pgVersion >= rule.meta.maxPgVersion) return false;
    return true;
  });
  const ctx = buildLintContext(statements, options.pgVersion);
  const findings: Finding[] = [];
  for (const stmt of statements) {
    for (const rule of rules) {
      for (const report of rule.check(stmt, ctx)) {
        const severity = effectiveSeverity(rule, options);
        const at = report.location !== undefined ? stmt.locate(report.location) : { line: stmt.line, column: stmt.column };
        findings.push({
          rule: rule.meta.id,
          // A rule run explicitly (options.only) while off by default reports as a warning.
          severity: severity === "off" ? "warning" : severity,
          message: report.message,
          file: stmt.file,
          line: at.line,
          column: at.column,
          help: report.help,
          docs: docsUrl(rule.meta.id),
          sql: stmt.sql,
          revision: stmt.revision,
        });
      }
    }
  }
  return findings;
}
