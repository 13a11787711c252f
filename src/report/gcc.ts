// One line per finding in the form compilers use, for editors and problem matchers:
//   file:line:col: severity: message [rule]
// Severity is error, warning or note (GCC's word for info), so tools that know GCC's format read it as is.
import type { Finding, Severity } from "../findings";

const GCC_SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };

export function renderGcc(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const where = `${f.file}:${f.line}:${f.column !== undefined ? `${f.column}:` : ""}`;
      return `${where} ${GCC_SEVERITY[f.severity]}: ${f.message.replace(/\s*\n\s*/g, " ")} [${f.rule}]\n`;
    })
    .join("");
}
