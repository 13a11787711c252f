// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues.
// Fingerprints do not depend on line numbers, so a finding keeps its identity when code above it moves.
import { createHash } from "node:crypto";
import type { Finding, Severity } from "../findings";

const GITLAB_SEVERITY: Record<Severity, string> = { error: "critical", warning: "major", info: "info" };

/**
 * A stable identity per finding: rule, file and the statement text (or message), plus how many identical
 * findings came before it in the list (two identical statements in one file stay distinct).
 */
export function findingFingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const subject = (f.sql ?? f.message).replace(/\s+/g, " ").trim();
    const base = `${f.rule}\u0000${f.file}\u0000${subject}\u0000${f.revision ?? ""}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return createHash("md5").update(`${base}\u0000${occurrence}`).digest("hex");
  });
}

export function renderGitlab(findings: readonly Finding[]): string {
  const fingerprints = findingFingerprints(findings);
  const issues = findings.map((f, i) => ({
    type: "issue",
    check_name: f.rule,
    description: `${f.message} (${f.rule})`,
    content: { body: `${f.confirmed ? `${f.confirmed}\n\n` : ""}${f.help}\n\n${f.docs}` },
    categories: ["Bug Risk"],
    severity: GITLAB_SEVERITY[f.severity],
    fingerprint: fingerprints[i],
    location: { path: f.file, lines: { begin: f.line } },
  }));
  return JSON.stringify(issues, null, 2) + "\n";
}
