// Runs the SQL rules over parsed statements and turns their reports into Findings: parse once per unit,
// build the context once, one pass over the statements calling only the rules that want that node kind,
// then apply the unit's ignore comments.
import { docsUrl, type Finding, type Severity } from "../findings";
import { parseSqlSources, type SqlSource, type SqlSyntaxError } from "../sql/parse";
import { buildLintContext } from "../sql/context";
import { applySuppressions } from "../sql/suppress";
import type { Statement } from "../sql/types";
import type { RuleReport, SqlRule } from "./types";
import { SQL_RULES, ruleMeta } from "./registry";

export interface LintOptions {
  pgVersion: number;
  /** Effective severity per rule id ("off" disables); rules not listed use their default. */
  severities?: Readonly<Record<string, Severity | "off">>;
  /** Restrict to these rules (tests use this to run one rule alone). */
  only?: readonly string[];
  rules?: readonly SqlRule[];
  /** Apply `-- alembic-guard: ignore` comments and report unused ones (default true). */
  applyIgnores?: boolean;
}

export function effectiveSeverity(rule: SqlRule, options: LintOptions): Severity | "off" {
  return options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Severity of a rule by id (SQL, meta or any other family), after config overrides. */
export function severityOf(ruleId: string, options: Pick<LintOptions, "severities">): Severity | "off" {
  return options.severities?.[ruleId] ?? ruleMeta(ruleId)?.defaultSeverity ?? "error";
}

/** Does this rule apply to the target PostgreSQL version? */
export function appliesToPgVersion(rule: { meta: { minPgVersion?: number; maxPgVersion?: number } }, pgVersion: number): boolean {
  if (rule.meta.minPgVersion !== undefined && pgVersion < rule.meta.minPgVersion) return false;
  if (rule.meta.maxPgVersion !== undefined && pgVersion >= rule.meta.maxPgVersion) return false;
  return true;
}

const activeCache = new WeakMap<LintOptions, SqlRule[]>();

/** The SQL rules that run under these options (enabled, right PostgreSQL version, in `only`). */
export function activeSqlRules(options: LintOptions): SqlRule[] {
  // Cached per options object: a lint run passes the same one for every file (treat options as immutable).
  let rules = activeCache.get(options);
  if (!rules) {
    rules = (options.rules ?? SQL_RULES).filter((rule) => {
      if (options.only && !options.only.includes(rule.meta.id)) return false;
      if (effectiveSeverity(rule, options) === "off" && !options.only) return false;
      return appliesToPgVersion(rule, options.pgVersion);
    });
    activeCache.set(options, rules);
  }
  return rules;
}

/** A parse failure (or NUL bytes / invalid UTF-8) as a `syntax-error` finding; undefined when the rule is off. */
export function syntaxErrorFinding(error: SqlSyntaxError, options: Pick<LintOptions, "severities">): Finding | undefined {
  const severity = severityOf("syntax-error", options);
  if (severity === "off") return undefined;
  const help = "Fix the SQL so PostgreSQL accepts it; the other statements were still checked.";
  return {
    rule: "syntax-error",
    severity,
    message: `PostgreSQL cannot parse this statement: ${error.message}`,
    file: error.file,
    line: error.line,
    column: error.column,
    help: error.hint ? `${error.hint} ${help}` : help,
    docs: docsUrl("syntax-error"),
    sql: error.sql,
    revision: error.revision,
  };
}

/** Lint one unit (a .sql file or one revision's statements). Returns findings including syntax errors. */
export function lintSources(sources: readonly SqlSource[], options: LintOptions): Finding[] {
  const parsed = parseSqlSources(sources);
  const findings: Finding[] = [];
  for (const e of parsed.syntaxErrors) {
    const f = syntaxErrorFinding(e, options);
    if (f) findings.push(f);
  }
  const rules = activeSqlRules(options);
  findings.push(...runRules(parsed.statements, rules, options));
  if (options.applyIgnores === false || parsed.ignores.length === 0) return findings;
  const active = new Set(rules.map((r) => r.meta.id));
  if (severityOf("syntax-error", options) !== "off") active.add("syntax-error");
  return applySuppressions(findings, parsed.ignores, {
    isActive: (rule) => active.has(rule),
    unusedSeverity: options.only && !options.only.includes("unused-ignore") ? "off" : severityOf("unused-ignore", options),
  });
}

export function lintStatements(statements: readonly Statement[], options: LintOptions): Finding[] {
  return runRules(statements, activeSqlRules(options), options);
}

/** A rule with what every finding it produces shares, worked out once per options object. */
interface PreparedRule {
  rule: SqlRule;
  /** Position in the prepared list (indexes the per-unit reportsOn answers). */
  ordinal: number;
  id: string;
  severity: Severity;
  docs: string;
  /** Its findings can make another rule's finding redundant (RESTATED_BY specific), or be made redundant (general). */
  restates: boolean;
  restated: boolean;
}

/** Rules grouped for one options object: computed once, reused for every unit linted with it. */
interface PreparedRules {
  all: readonly PreparedRule[];
  /** Per statement kind, the rules that look at it, in registry order (filled on first sight of a kind). */
  byKind: Map<string, readonly PreparedRule[]>;
  /** Per list of ALTER TABLE subcommand subtypes ("AT_AddColumn", "AT_AddColumn,AT_AddConstraint"), the rules for it. */
  bySubcommands: Map<string, readonly PreparedRule[]>;
  everyKind: boolean;
  anySubcommands: boolean;
  /** The rules that say, per unit, which statements they can report on (SqlRule.reportsOn). */
  unitGated: readonly PreparedRule[];
}
const prepared = new WeakMap<readonly SqlRule[], WeakMap<LintOptions, PreparedRules>>();

function prepare(rules: readonly SqlRule[], options: LintOptions): PreparedRules {
  let byOptions = prepared.get(rules);
  if (!byOptions) prepared.set(rules, (byOptions = new WeakMap()));
  let p = byOptions.get(options);
  if (p) return p;
  const all = rules.map((rule, ordinal): PreparedRule => {
    const s = effectiveSeverity(rule, options);
    const id = rule.meta.id;
    return {
      rule,
      ordinal,
      id,
      // A rule run explicitly (options.only) while off by default reports as a warning.
      severity: s === "off" ? "warning" : s,
      docs: docsUrl(id),
      restates: RESTATED_BY.some(([, specific]) => specific === id),
      restated: RESTATED_BY.some(([general]) => general === id),
    };
  });
  p = {
    all,
    byKind: new Map(),
    bySubcommands: new Map(),
    everyKind: rules.every((r) => !r.kinds),
    anySubcommands: rules.some((r) => r.subcommands),
    unitGated: all.filter(({ rule }) => rule.reportsOn),
  };
  byOptions.set(options, p);
  return p;
}

function rulesForKind(p: PreparedRules, kind: string): readonly PreparedRule[] {
  if (p.everyKind) return p.all;
  let list = p.byKind.get(kind);
  // Keep registry order so findings come out in the same order whether or not a rule declares kinds.
  if (!list) p.byKind.set(kind, (list = p.all.filter(({ rule }) => !rule.kinds || rule.kinds.includes(kind))));
  return list;
}

/**
 * The rules for one statement: by kind, and for an ALTER TABLE also by its subcommands (most rules about ALTER TABLE
 * look at one or two subtypes, and a migration's ALTER TABLE usually has one subcommand).
 */
function rulesForStatement(p: PreparedRules, stmt: Statement): readonly PreparedRule[] {
  if (stmt.kind !== "AlterTableStmt" || !p.anySubcommands) return rulesForKind(p, stmt.kind);
  const cmds: Array<{ AlterTableCmd?: { subtype?: string } }> = stmt.body.cmds ?? [];
  const subtypes = cmds.length === 1 ? String(cmds[0].AlterTableCmd?.subtype) : cmds.map((c) => String(c.AlterTableCmd?.subtype)).join(",");
  let list = p.bySubcommands.get(subtypes);
  if (!list) {
    const present = subtypes.split(",");
    list = rulesForKind(p, stmt.kind).filter(({ rule }) => !rule.subcommands || rule.subcommands.some((s) => present.includes(s)));
    p.bySubcommands.set(subtypes, list);
  }
  return list;
}

function runRules(statements: readonly Statement[], rules: readonly SqlRule[], options: LintOptions): Finding[] {
  if (statements.length === 0 || rules.length === 0) return [];
  const p = prepare(rules, options);
  const ctx = buildLintContext(statements, options.pgVersion);
  const findings: Finding[] = [];
  let restating = 0;
  let restated = 0;
  // Rules that know which statements they can report on in this unit are called only for those.
  const reportsOn: Array<{ has(index: number): boolean } | undefined> = [];
  for (let g = 0; g < p.unitGated.length; g++) {
    const gated = p.unitGated[g];
    try {
      reportsOn[gated.ordinal] = gated.rule.reportsOn!(ctx);
    } catch (error) {
      throw new Error(`rule ${gated.id} failed on ${statements[0].file}: ${(error as Error).message}`, { cause: error });
    }
  }
  // Indexed loops here and in the rules' hot paths: lint runs with --no-opt, where for…of allocates per step.
  for (let s = 0; s < statements.length; s++) {
    const stmt = statements[s];
    if (stmt.kind === "CreateStmt" && isVersionTableCreation(stmt)) continue;
    const forKind = rulesForStatement(p, stmt);
    for (let r = 0; r < forKind.length; r++) {
      const prepared = forKind[r];
      const targets = reportsOn[prepared.ordinal];
      if (targets !== undefined && !targets.has(stmt.index)) continue;
      let reports: RuleReport[];
      try {
        reports = prepared.rule.check(stmt, ctx);
      } catch (error) {
        throw new Error(`rule ${prepared.id} failed on ${stmt.file}:${stmt.line} (${stmt.kind}): ${(error as Error).message}`, { cause: error });
      }
      if (reports.length === 0) continue;
      if (prepared.restates) restating += reports.length;
      if (prepared.restated) restated += reports.length;
      for (let i = 0; i < reports.length; i++) {
        const report = reports[i];
        let line = stmt.line;
        let column = stmt.column;
        if (report.location !== undefined && report.location >= 0) {
          const at = stmt.locate(report.location);
          line = at.line;
          column = at.column;
        }
        findings.push({
          rule: prepared.id,
          severity: prepared.severity,
          message: report.message,
          file: stmt.file,
          line,
          column,
          help: report.help,
          docs: prepared.docs,
          sql: stmt.sql,
          revision: stmt.revision,
        });
      }
    }
  }
  // Most units have no finding that could restate another: nothing to drop.
  return restating > 0 && restated > 0 ? dropRestatedFindings(findings) : findings;
}

/**
 * Rule pairs that report the same hazard at the same spot: the first one says nothing when the second one
 * already reported there. A foreign key added without NOT VALID is both a missing NOT VALID and a
 * foreign-key lock; one op.create_foreign_key call should get one error, from the more specific rule
 * (whose message also names the referenced table it locks). With that rule off, the general one still reports.
 */
const RESTATED_BY: ReadonlyArray<readonly [general: string, specific: string]> = [
  ["constraint-missing-not-valid", "adding-foreign-key-constraint"],
  // sa.Column("id", sa.Integer, primary_key=True) renders `id SERIAL`: prefer-identity's message and help cover the width too.
  ["prefer-bigint-over-int", "prefer-identity"],
  ["prefer-bigint-over-smallint", "prefer-identity"],
];

function dropRestatedFindings(findings: Finding[]): Finding[] {
  const at = (f: Finding) => `${f.file}\0${f.line}\0${f.column ?? ""}\0${f.sql ?? ""}`;
  // Keys only for findings of the specific rules: only those can make another finding redundant.
  const reported = new Set<string>();
  for (const f of findings) if (RESTATED_BY.some(([, specific]) => f.rule === specific)) reported.add(`${f.rule}\0${at(f)}`);
  return findings.filter((f) => !RESTATED_BY.some(([general, specific]) => f.rule === general && reported.has(`${specific}\0${at(f)}`)));
}

/**
 * Alembic's own `CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc …)`,
 * which heads every `alembic upgrade --sql` script: the user cannot change it, so no rule reports on it. Recognised by
 * its shape (one version_num column, primary key named <table>_pkc) so a custom version_table is skipped too.
 */
function isVersionTableCreation(stmt: Statement): boolean {
  if (stmt.kind !== "CreateStmt") return false;
  const elts: Array<Record<string, any>> = stmt.body.tableElts ?? []; // eslint-disable-line @typescript-eslint/no-explicit-any
  // Checked for every CREATE TABLE: count the columns without building a list, and build the key name only when needed.
  let columns = 0;
  let versionNum = false;
  for (let i = 0; i < elts.length; i++) {
    if (!elts[i].ColumnDef) continue;
    columns++;
    versionNum = elts[i].ColumnDef.colname === "version_num";
  }
  if (columns !== 1 || !versionNum) return false;
  const relname: string | undefined = stmt.body.relation?.relname;
  return elts.some((e) => e.Constraint?.contype === "CONSTR_PRIMARY" && e.Constraint.conname === `${relname}_pkc`);
}
