// `lint --format json`: {"findings": [Finding]} with 1-based line/column, nothing else on stdout.
import type { Finding } from "../findings";

export function renderJson(findings: readonly Finding[]): string {
  return JSON.stringify({ findings }, null, 2) + "\n";
}
