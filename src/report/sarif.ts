// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run, the rules that have results
// (with their docs as helpUri), one result per finding with a physical location.
import { DOCS_BASE, docsUrl, type Finding, type Severity } from "../findings";
import { ruleMeta } from "../rules/registry";
import { findingFingerprints } from "./gitlab";
import { VERSION } from "../version";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export interface SarifOptions {
  /** Default: this build's version. */
  toolVersion?: string;
}

/** A relative posix path as a SARIF URI reference (spaces and other reserved characters percent-encoded). */
export function sarifUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
}

export function renderSarif(findings: readonly Finding[], options: SarifOptions = {}): string {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = ruleMeta(id);
    const level = meta && meta.defaultSeverity !== "off" ? SARIF_LEVEL[meta.defaultSeverity] : "warning";
    return {
      id,
      name: id
        .split("-")
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(""),
      shortDescription: { text: meta?.summary ?? id },
      helpUri: docsUrl(id),
      help: { text: `${meta?.summary ?? id} See ${docsUrl(id)}` },
      defaultConfiguration: { level, enabled: meta?.defaultSeverity !== "off" },
      properties: { tags: [meta?.family ?? "alembic-guard"] },
    };
  });
  const fingerprints = findingFingerprints(findings);
  const results = findings.map((f, i) => {
    const region: Record<string, number> = { startLine: Math.max(1, f.line) };
    if (f.column !== undefined) region.startColumn = Math.max(1, f.column);
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: SARIF_LEVEL[f.severity],
      message: { text: `${f.message}${f.confirmed ? `\n${f.confirmed}` : ""}\nHelp: ${f.help}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(f.file), uriBaseId: "%SRCROOT%" }, region } }],
      partialFingerprints: { "alembicGuard/v1": fingerprints[i] },
      ...(f.revision || f.confirmed ? { properties: { ...(f.revision ? { revision: f.revision } : {}), ...(f.confirmed ? { confirmed: f.confirmed } : {}) } } : {}),
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "alembic-guard",
            informationUri: DOCS_BASE.replace(/\/blob\/main\/rules$/, ""),
            version: options.toolVersion ?? VERSION,
            rules,
          },
        },
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
