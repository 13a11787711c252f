// Human output: one block per finding (code frame, message, help, docs link) and a summary line.
// Colour only when asked (the caller decides: stdout is a TTY and no --output).
import { countBySeverity, type Finding, type Severity } from "../findings";
import { codeFrame, type FrameStyle } from "./codeframe";

export interface TextOptions {
  colour?: boolean;
  /** Source text of a file (by finding.file), for code frames; without it the statement's first line is shown. */
  sourceText?: (file: string) => string | undefined;
  /** How many files were checked, for the summary line. */
  filesChecked?: number;
}

const ANSI = { red: 31, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 } as const;

export function renderText(findings: readonly Finding[], options: TextOptions = {}): string {
  const paint = (code: number, text: string) => (options.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColour: Record<Severity, number> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };
  const style: FrameStyle = { gutter: (t) => paint(ANSI.blue, t), caret: (t) => paint(ANSI.red, t) };
  const lineCache = new Map<string, string[] | undefined>();
  const sourceLine = (file: string, line: number): string | undefined => {
    if (!lineCache.has(file)) lineCache.set(file, options.sourceText?.(file)?.split("\n"));
    return lineCache.get(file)?.[line - 1];
  };
  const blocks: string[] = [];
  for (const f of findings) {
    const head = `${paint(severityColour[f.severity], paint(ANSI.bold, f.severity))}${paint(ANSI.bold, `[${f.rule}]`)}: ${f.message}`;
    const where = `${f.file}:${f.line}${f.column !== undefined ? `:${f.column}` : ""}${f.revision ? ` (revision ${f.revision})` : ""}`;
    const lines = [head, `  ${paint(ANSI.blue, "-->")} ${where}`];
    const src = sourceLine(f.file, f.line);
    if (src !== undefined && src.trim() !== "") lines.push(...codeFrame(src, f.line, f.column, style));
    else if (f.sql) lines.push(...codeFrame(f.sql.split("\n")[0], f.line, undefined, style));
    lines.push(`  ${paint(ANSI.cyan, "= help:")} ${f.help}`);
    lines.push(`  ${paint(ANSI.dim, `= docs: ${f.docs}`)}`);
    // The round trip's evidence reads "confirmed on PostgreSQL 15: …" already.
    if (f.confirmed) lines.push(`  = ${/^confirmed\b/i.test(f.confirmed) ? f.confirmed : `confirmed: ${f.confirmed}`}`);
    blocks.push(lines.join("\n"));
  }
  blocks.push(summaryLine(findings, options.filesChecked));
  return blocks.join("\n\n") + "\n";
}

export function summaryLine(findings: readonly Finding[], filesChecked?: number): string {
  const files = filesChecked === undefined ? "" : ` in ${filesChecked} file${filesChecked === 1 ? "" : "s"}`;
  if (findings.length === 0) return `No findings${files}.`;
  const counts = countBySeverity(findings);
  const parts = (["error", "warning", "info"] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
  return `${findings.length} finding${findings.length === 1 ? "" : "s"}${files}: ${parts.join(", ")}.`;
}
