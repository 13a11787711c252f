// Build graph-family findings with their default severity and docs link.
import { docsUrl, type Finding, type Severity } from "../findings";
import { GRAPH_RULE_METAS } from "../rules/catalog/graph";

export type GraphRuleId =
  | "duplicate-revision"
  | "filename-convention"
  | "missing-parent"
  | "multiple-bases"
  | "multiple-heads"
  | "parse-error"
  | "revision-cycle"
  | "unresolved-value";

const DEFAULTS = new Map(GRAPH_RULE_METAS.map((m) => [m.id, m.defaultSeverity]));

export function graphFinding(
  rule: GraphRuleId,
  at: { file: string; line: number; column?: number; revision?: string },
  message: string,
  help: string,
  severity?: Severity,
): Finding {
  const byDefault = DEFAULTS.get(rule);
  // Off-by-default rules (filename-convention) report as warnings when the user turned them on via their option.
  const effective: Severity = severity ?? (byDefault === undefined || byDefault === "off" ? "warning" : byDefault);
  const finding: Finding = { rule, severity: effective, message, file: at.file, line: at.line, help, docs: docsUrl(rule) };
  if (at.column !== undefined) finding.column = at.column;
  if (at.revision !== undefined) finding.revision = at.revision;
  return finding;
}
