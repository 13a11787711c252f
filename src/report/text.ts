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
  const paint = options.colour ? (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m` : (_code: number, text: string) => text;
  const style: FrameStyle = { gutter: (t) => paint(ANSI.blue, t), caret: (t) => paint(ANSI.red, t) };
  // The fixed parts of a block, painted once (a lint run can print thousands of findings).
  const severityLabel: Record<Severity, string> = {
    error: paint(ANSI.red, paint(ANSI.bold, "error")),
    warning: paint(ANSI.yellow, paint(ANSI.bold, "warning")),
    info: paint(ANSI.blue, paint(ANSI.bold, "info")),
  };
  const arrow = `\n  ${paint(ANSI.blue, "-->")} `;
  const helpLabel = `\n  ${paint(ANSI.cyan, "= help:")} `;
  const lineCache = new Map<string, string[] | undefined>();
  const sourceLine = (file: string, line: number): string | undefined => {
    if (!lineCache.has(file)) lineCache.set(file, options.sourceText?.(file)?.split("\n"));
    return lineCache.get(file)?.[line - 1];
  };
  const blocks: string[] = [];
  for (const f of findings) {
    let block = `${severityLabel[f.severity]}${paint(ANSI.bold, `[${f.rule}]`)}: ${f.message}${arrow}${f.file}:${f.line}`;
    if (f.column !== undefined) block += `:${f.column}`;
    if (f.revision) block += ` (revision ${f.revision})`;
    const src = sourceLine(f.file, f.line);
    if (src !== undefined && src.trim() !== "") block += "\n" + codeFrame(src, f.line, f.column, style).join("\n");
    else if (f.sql) block += "\n" + codeFrame(firstLine(f.sql), f.line, undefined, style).join("\n");
    block += `${helpLabel}${f.help}\n  ${paint(ANSI.dim, `= docs: ${f.docs}`)}`;
    // The round trip's evidence reads "confirmed on PostgreSQL 15: …" already.
    if (f.confirmed) block += `\n  = ${/^confirmed\b/i.test(f.confirmed) ? f.confirmed : `confirmed: ${f.confirmed}`}`;
    blocks.push(block);
  }
  blocks.push(summaryLine(findings, options.filesChecked));
  return blocks.join("\n\n") + "\n";
}

function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}

export function summaryLine(findings: readonly Finding[], filesChecked?: number): string {
  const files = filesChecked === undefined ? "" : ` in ${filesChecked} file${filesChecked === 1 ? "" : "s"}`;
  if (findings.length === 0) return `No findings${files}.`;
  const counts = countBySeverity(findings);
  const parts = (["error", "warning", "info"] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
  return `${findings.length} finding${findings.length === 1 ? "" : "s"}${files}: ${parts.join(", ")}.`;
}
