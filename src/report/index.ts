// Findings → text in the format asked for. Markdown (a whole check report) lives in markdown.ts.
import type { Finding } from "../findings";
import { UsageError } from "../findings";
import type { OutputFormat } from "../settings";
import { renderGcc } from "./gcc";
import { renderGitlab } from "./gitlab";
import { renderJson } from "./json";
import { renderSarif } from "./sarif";
import { renderText, type TextOptions } from "./text";

export { renderGcc } from "./gcc";
export { renderGitlab, findingFingerprints } from "./gitlab";
export { renderJson } from "./json";
export { renderSarif, sarifUri, SARIF_SCHEMA } from "./sarif";
export { renderText, summaryLine } from "./text";
export { codeFrame } from "./codeframe";

export const FINDINGS_FORMATS = ["text", "json", "sarif", "gitlab", "gcc"] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export interface RenderOptions extends TextOptions {
  toolVersion?: string;
}

/** Render a flat list of findings (lint, or any stage's findings) in one of the machine or human formats. */
export function renderFindings(format: OutputFormat, findings: readonly Finding[], options: RenderOptions = {}): string {
  switch (format) {
    case "text":
      return renderText(findings, options);
    case "json":
      return renderJson(findings);
    case "sarif":
      return renderSarif(findings, options);
    case "gitlab":
      return renderGitlab(findings);
    case "gcc":
      return renderGcc(findings);
    default:
      throw new UsageError(`--format ${format} is not available here; use one of ${FINDINGS_FORMATS.join(", ")}`);
  }
}
