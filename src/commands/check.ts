// `alembic-guard check`: run check(settings) and render its CheckResult in the format asked for.
import { exitCodeFor, UsageError } from "../findings";
import type { Settings } from "../settings";
import { check, type CheckResult } from "../check";
import { renderFindings } from "../report";
import { renderMarkdown } from "../report/markdown";
import type { CommandIO } from "./index";
import { sourceReader, writeReport } from "./output";

export async function runCheck(settings: Settings, io: CommandIO): Promise<number> {
  if (settings.format === "gcc") throw new UsageError("`check` supports --format text, json, sarif, gitlab or markdown, not gcc");
  const result = await check(settings, { onProgress: settings.progress ? (line) => io.stderr(`alembic-guard: ${line}\n`) : undefined });
  const text = renderCheck(result, settings, Boolean(!settings.output && settings.progress));
  writeReport(settings, io, text);
  return exitCodeFor(result.findings, settings.failOn);
}

export function renderCheck(result: CheckResult, settings: Settings, colour = false): string {
  const sourceText = sourceReader(settings);
  switch (settings.format) {
    case "json":
      return JSON.stringify(result, null, 2) + "\n";
    case "markdown":
      return renderMarkdown(result, {
        failOn: settings.failOn,
        sourceLine: (file, line) => sourceText(file)?.split("\n")[line - 1],
      });
    case "text":
      return checkHeader(result) + renderFindings("text", result.findings, { colour, sourceText, filesChecked: result.revisions_in_scope.length });
    default:
      return renderFindings(settings.format, result.findings);
  }
}

/** The first lines of the text report: the graph, the scope and the tier (always said, with why a better one did not run). */
function checkHeader(result: CheckResult): string {
  const lines = [
    `alembic-guard check: ${result.config}`,
    `  graph: ${result.graph.revisions.length} revision${result.graph.revisions.length === 1 ? "" : "s"}, heads: ${result.graph.heads.join(", ") || "(none)"}`,
    `  in scope: ${listed(result.revisions_in_scope)}`,
    `  SQL tier: ${result.tier}${result.tierNote ? ` — ${result.tierNote}` : ""}`,
  ];
  if (result.roundtrip) lines.push(`  round trip: ${result.roundtrip.server}, ${result.roundtrip.revisions.length} revisions in ${result.roundtrip.total_ms} ms`);
  else if (result.roundtrip_skipped) lines.push(`  round trip: skipped (${result.roundtrip_skipped})`);
  return lines.join("\n") + "\n\n";
}

function listed(ids: readonly string[], max = 12): string {
  if (ids.length === 0) return "(none)";
  if (ids.length <= max) return ids.join(", ");
  return `${ids.slice(0, max).join(", ")} … and ${ids.length - max} more`;
}
