// A one-line code frame: the source line a finding points at, with a caret under its column.

const MAX_WIDTH = 140;

export interface FrameStyle {
  gutter: (text: string) => string;
  caret: (text: string) => string;
}

const PLAIN: FrameStyle = { gutter: (t) => t, caret: (t) => t };

/**
 * Lines such as
 *    12 | CREATE INDEX ix_users_email ON users (email);
 *       |                                ^
 * Tabs become spaces so the caret lines up; very long lines are cut around the column.
 */
export function codeFrame(sourceLine: string, line: number, column: number | undefined, style: FrameStyle = PLAIN): string[] {
  // Control characters (NUL bytes in a broken file) would garble the terminal: show them as U+FFFD, same width.
  // Most lines have no tab, CR or control character: test once instead of replacing three times.
  let text = /[\t\r\u0000-\u0008\u000b-\u001f\u007f]/.test(sourceLine) ? cleanLine(sourceLine) : sourceLine;
  let caretAt = column === undefined ? undefined : Math.max(0, expandedColumn(sourceLine, column) - 1);
  if (text.length > MAX_WIDTH) {
    const from = Math.max(0, Math.min((caretAt ?? 0) - Math.floor(MAX_WIDTH / 2), text.length - MAX_WIDTH));
    const cut = text.slice(from, from + MAX_WIDTH);
    text = (from > 0 ? "…" : "") + cut + (from + MAX_WIDTH < text.length ? "…" : "");
    if (caretAt !== undefined) caretAt = caretAt - from + (from > 0 ? 1 : 0);
  }
  const number = String(line);
  const pad = " ".repeat(number.length);
  const out = [`${style.gutter(` ${number} |`)} ${text}`];
  if (caretAt !== undefined) out.push(`${style.gutter(` ${pad} |`)} ${" ".repeat(caretAt)}${style.caret("^")}`);
  return out;
}

function cleanLine(sourceLine: string): string {
  return sourceLine
    .replace(/\r$/, "")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd");
}

/** The 1-based column after tabs were expanded to four spaces. */
function expandedColumn(sourceLine: string, column: number): number {
  if (!sourceLine.includes("\t")) return column;
  const before = sourceLine.slice(0, column - 1);
  return column + (before.split("\t").length - 1) * 3;
}
