// `lint --format json`: {"findings": [Finding]} with 1-based line/column, nothing else on stdout.
// Compact (one line): it is read by programs, and pretty-printing 10,000 findings costs more than linting them.
import type { Finding } from "../findings";

export function renderJson(findings: readonly Finding[]): string {
  return JSON.stringify({ findings }) + "\n";
}
