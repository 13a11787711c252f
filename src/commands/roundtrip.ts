// `alembic-guard roundtrip`: only the round trip (upgrade → downgrade → upgrade each revision on a throwaway
// PostgreSQL). Every revision is in scope, or with --base-ref only those added or changed since that ref.
import * as path from "node:path";
import { exitCodeFor, sortFindings, UsageError, type Finding } from "../findings";
import { discoverProject } from "../discover";
import { describeTried, findPython } from "../driver";
import { computeScope } from "../check/scope";
import { graphReport } from "../graph";
import { renderFindings } from "../report";
import { runRoundtrip } from "../roundtrip";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";
import { sourceReader, writeReport } from "./output";

export async function runRoundtripCommand(settings: Settings, io: CommandIO): Promise<number> {
  if (!["text", "json", "sarif", "gitlab", "gcc"].includes(settings.format)) {
    throw new UsageError(`\`roundtrip\` supports --format text, json, sarif, gitlab or gcc, not ${settings.format}`);
  }
  const project = discoverProject(settings);
  const { graph } = graphReport(project, settings);
  if (graph.order.length === 0) throw new UsageError(`no revisions found in ${project.versionLocations.map((d) => path.relative(settings.cwd, d) || ".").join(", ")}`);
  // The same scope as `check`: every revision, or with --base-ref those added or changed since the fork point.
  const { revisions: scope, findings: scopeFindings } = computeScope(settings, project, graph);
  // An interpreter named with --python is not probed first: starting the driver on it is the probe (one
  // Python start less), and a missing alembic comes back as the reason the round trip could not run.
  let python = settings.python;
  if (!python) {
    const found = await findPython();
    if (!found.python) {
      throw new UsageError(`no Python with alembic importable (${describeTried(found.tried)}); pass --python with the interpreter your project uses`);
    }
    python = found.python;
  }
  const progress = settings.progress ? (line: string) => io.stderr(`${line}\n`) : undefined;
  const result = await runRoundtrip({ project, graph, scope, settings, python, onProgress: progress });
  if (result.skipped && !result.report) {
    if (result.skipped === "no revisions in scope") {
      io.stderr(`alembic-guard: no revision changed since ${settings.baseRef}; nothing to round-trip\n`);
      return 0;
    }
    throw new UsageError(`the round trip could not run: ${result.skipped}`);
  }
  const findings = sortFindings([...scopeFindings, ...result.findings]);
  let text: string;
  if (settings.format === "json") {
    text = JSON.stringify({ roundtrip: result.report, revisions_in_scope: scope, findings }, null, 2) + "\n";
  } else if (settings.format === "text") {
    text = renderFindings("text", findings, { sourceText: sourceReader(settings) });
    const report = result.report!;
    const counts = report.revisions.reduce<Record<string, number>>((acc, r) => ((acc[r.result] = (acc[r.result] ?? 0) + 1), acc), {});
    text =
      `round trip on ${report.server}: ${report.revisions.length} revision(s) in ${(report.total_ms / 1000).toFixed(1)} s` +
      ` (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")})\n\n` +
      text;
  } else {
    text = renderFindings(settings.format, findings);
  }
  writeReport(settings, io, text);
  return exitCodeFor(findings as Finding[], settings.failOn);
}
