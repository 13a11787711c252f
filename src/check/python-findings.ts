// Python-level findings: run the rules over each parsed revision, put SQL findings on the op.* call's first
// line (so every tier points at the same Python line), and keep the finding that speaks Alembic when a
// Python-level and a SQL-level finding describe the same problem at the same line.
import { docsUrl, type Finding, type Severity } from "../findings";
import type { Settings } from "../settings";
import { relativePath, type RevisionDetail } from "../revisions";
import { ancestors } from "../revisions/tree";
import { ruleMeta } from "../rules/registry";
import { PYTHON_RULES, type PythonRule } from "../rules/python";

/** Python findings, each remembering which SQL rule ids it stands for. */
export interface PythonFinding extends Finding {
  sameAs: readonly string[];
  /**
   * For a batch_op.* call: the line of its `with op.batch_alter_table(...)`. Alembic runs batch operations when
   * the block exits, so the SQL they emit is attributed to that line, not to the call.
   */
  batchLine?: number;
  /** Not reported: it only drops its SQL twins (PythonRuleReport.clears). */
  clears?: boolean;
  /** Dropped in favour of a SQL twin when there is one (PythonRuleReport.yields). */
  yields?: boolean;
  /** Kept only when its revision was linted statically (PythonRuleReport.staticOnly). */
  staticOnly?: boolean;
}

function defaultSeverity(rule: PythonRule): Severity | "off" {
  return (rule.meta ?? ruleMeta(rule.id))?.defaultSeverity ?? "warning";
}

export function runPythonRules(details: readonly RevisionDetail[], settings: Settings, rules: readonly PythonRule[] = PYTHON_RULES): PythonFinding[] {
  const out: PythonFinding[] = [];
  for (const detail of details) {
    const file = relativePath(settings.cwd, detail.file);
    for (const rule of rules) {
      const setting = settings.rules[rule.id] ?? defaultSeverity(rule);
      if (setting === "off") continue;
      for (const report of rule.check({ file, revision: detail.revision, root: detail.tree.rootNode, opCalls: detail.opCalls })) {
        const f: PythonFinding = {
          rule: rule.id,
          severity: setting,
          message: report.message,
          file,
          line: report.line,
          help: report.help,
          docs: docsUrl(rule.id),
          revision: detail.revision,
          sameAs: rule.sameAs,
        };
        const batchCall = detail.opCalls.find((c) => c.via === "batch" && c.line === report.line);
        if (batchCall) {
          const withStatement = ancestors(batchCall.node).find((p) => p.type === "with_statement");
          if (withStatement) f.batchLine = withStatement.startPosition.row + 1;
        }
        if (report.column !== undefined) f.column = report.column;
        if (report.sql !== undefined) f.sql = report.sql;
        if (report.clears) f.clears = true;
        if (report.yields) f.yields = true;
        if (report.staticOnly) f.staticOnly = true;
        out.push(f);
      }
    }
  }
  return out;
}

/**
 * A SQL finding inside a multi-line op.* call moves to the call's first line and column: the driver reports the
 * line Python's frame had, the static tier the call's start; both must give the same location. The outermost
 * call wins: op.* calls inside another's arguments (op.f("ix_..."), op.get_bind()) are not the operation.
 */
export function snapToOpCalls(findings: Finding[], details: Map<string, RevisionDetail>, cwd: string): void {
  const callsByFile = new Map<string, Array<{ line: number; endLine: number; column: number }>>();
  for (const detail of details.values()) callsByFile.set(relativePath(cwd, detail.file), detail.opCalls);
  for (const f of findings) {
    const calls = callsByFile.get(f.file);
    if (!calls) continue;
    let best: { line: number; endLine: number; column: number } | undefined;
    for (const call of calls) {
      if (call.line > f.line || f.line > call.endLine) continue;
      if (!best || call.line < best.line || (call.line === best.line && call.endLine > best.endLine)) best = call;
    }
    if (best) {
      f.line = best.line;
      f.column = best.column;
    }
  }
}

/**
 * Drop a SQL finding when a Python finding at the same file:line stands for the same rule (for batch operations:
 * the next such finding inside the batch block whose line the SQL carries); the Python one gets its SQL.
 * A Python finding that only clears (the revision proves the SQL finding wrong) drops its twins and is not kept.
 */
export function preferPythonFindings(python: readonly PythonFinding[], sql: readonly Finding[], staticRevisions?: ReadonlySet<string>): Finding[] {
  // Static-tier-only findings of a revision whose SQL was rendered: the SQL rules had the final word there.
  python = python.filter((p) => !p.staticOnly || !staticRevisions || (p.revision !== undefined && staticRevisions.has(p.revision)));
  const byLocation = new Map<string, PythonFinding[]>();
  const byBatch = new Map<string, PythonFinding[]>();
  const push = (map: Map<string, PythonFinding[]>, key: string, p: PythonFinding) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of python) {
    push(byLocation, `${p.file}\u0000${p.line}`, p);
    if (p.batchLine !== undefined) push(byBatch, `${p.file}\u0000${p.batchLine}`, p);
  }
  const consumed = new Set<PythonFinding>();
  const yielded = new Set<PythonFinding>();
  const kept: Finding[] = [];
  for (const s of sql) {
    const key = `${s.file}\u0000${s.line}`;
    const twins = (byLocation.get(key) ?? []).filter((p) => p.sameAs.includes(s.rule));
    if (twins.length > 0 && twins.every((p) => p.yields)) {
      for (const twin of twins) yielded.add(twin);
      kept.push(s);
      continue;
    }
    if (twins.length === 0) {
      // Batch operations are listed in the order Alembic runs them: pair the n-th SQL finding with the n-th call.
      const batchTwin = (byBatch.get(key) ?? []).find((p) => p.sameAs.includes(s.rule) && !consumed.has(p));
      if (!batchTwin || batchTwin.yields) {
        if (batchTwin) yielded.add(batchTwin);
        if (batchTwin) consumed.add(batchTwin);
        kept.push(s);
        continue;
      }
      consumed.add(batchTwin);
      if (batchTwin.sql === undefined && s.sql !== undefined) batchTwin.sql = s.sql;
      continue;
    }
    for (const twin of twins) if (twin.sql === undefined && s.sql !== undefined) twin.sql = s.sql;
  }
  return [
    ...python.filter((p) => !p.clears && !yielded.has(p)).map(({ sameAs: _sameAs, batchLine: _batchLine, clears: _clears, yields: _yields, staticOnly: _staticOnly, ...f }) => f),
    ...kept,
  ];
}
