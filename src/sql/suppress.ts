// Ignore comments and exclude globs: which findings the user asked us not to report, and which of those
// requests did nothing (`unused-ignore`). The matching is shared by SQL comments (`-- alembic-guard: ignore x`)
// and Python comments in revision files (`# alembic-guard: ignore[x]`), so both behave the same.
import { docsUrl, type Finding, type Severity } from "../findings";
import { closestRuleIds, isKnownRule } from "../rules/registry";

export type IgnoreKind = "next" | "file";

/** One `alembic-guard: ignore …` / `ignore-file …` comment, located, with what it covers. */
export interface IgnoreDirective {
  kind: IgnoreKind;
  /** Rule ids named; empty = every rule. */
  rules: readonly string[];
  /** Where the comment is (findings about the comment itself point here). */
  file: string;
  line: number;
  column: number;
  /**
   * kind "next": the lines (inclusive) of the statement or op.* call it covers, in `file`.
   * Undefined when nothing follows the comment.
   */
  target?: { fromLine: number; toLine: number };
}

const DIRECTIVE = /alembic-guard:\s*(ignore-file|ignore)(?![\w-])([\s\S]*)/i;
const RULE_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;

/**
 * Read an ignore directive from the text of one comment (`-- …`, `/* … *\/`, `# …`, with or without the markers).
 * Rules may be listed as `a, b`, `a b` or `[a, b]`; text after ` -- ` or after the closing `]` is a reason.
 */
export function parseIgnoreComment(comment: string): { kind: IgnoreKind; rules: string[] } | undefined {
  const match = DIRECTIVE.exec(comment.replace(/\*\/\s*$/, ""));
  if (!match) return undefined;
  const kind: IgnoreKind = match[1].toLowerCase() === "ignore-file" ? "file" : "next";
  let rest = match[2];
  const bracket = /^\s*\[([^\]]*)\]/.exec(rest);
  if (bracket) rest = bracket[1];
  else rest = rest.split(/\s(?:--|—|#)\s?|:\s/)[0];
  const rules: string[] = [];
  for (const word of rest.split(/[\s,]+/)) {
    if (!word) continue;
    if (!RULE_ID.test(word)) break; // the reason starts here
    rules.push(word.toLowerCase());
  }
  return { kind, rules };
}

export interface SuppressOptions {
  /** Is this rule run at all here (enabled, right PostgreSQL version, right stage)? Only then can an ignore of it be "unused". */
  isActive: (rule: string) => boolean;
  /** Effective severity of `unused-ignore` ("off": never reported). */
  unusedSeverity: Severity | "off";
}

function covers(directive: IgnoreDirective, finding: Finding): boolean {
  if (directive.file !== finding.file) return false;
  if (directive.rules.length > 0 && !directive.rules.includes(finding.rule)) return false;
  if (directive.kind === "file") return true;
  const t = directive.target;
  return t !== undefined && finding.line >= t.fromLine && finding.line <= t.toLine;
}

/**
 * Drop the findings an ignore covers and add an `unused-ignore` finding for every ignore that names an unknown
 * rule or suppressed nothing. Findings of other files pass through untouched.
 */
export function applySuppressions(findings: readonly Finding[], directives: readonly IgnoreDirective[], options: SuppressOptions): Finding[] {
  if (directives.length === 0) return [...findings];
  // Per file: the ignore-file directives, and the ignore (next statement) directives by each line they cover, so a
  // finding meets only the directives that can cover it (a file with thousands of ignores stays linear).
  const fileWide = new Map<string, IgnoreDirective[]>();
  const byLine = new Map<string, Map<number, IgnoreDirective[]>>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const d of directives) {
    if (d.kind === "file") push(fileWide, d.file, d);
    else if (d.target) {
      let lines = byLine.get(d.file);
      if (!lines) byLine.set(d.file, (lines = new Map()));
      for (let line = d.target.fromLine; line <= d.target.toLine; line++) push(lines, line, d);
    }
  }
  const used = new Map<IgnoreDirective, Set<string>>();
  const kept: Finding[] = [];
  const none: IgnoreDirective[] = [];
  for (const finding of findings) {
    let suppressed = false;
    const candidates = [...(fileWide.get(finding.file) ?? none), ...(byLine.get(finding.file)?.get(finding.line) ?? none)];
    for (const d of candidates) {
      if (!covers(d, finding)) continue;
      suppressed = true;
      if (!used.has(d)) used.set(d, new Set());
      used.get(d)!.add(finding.rule);
    }
    if (!suppressed) kept.push(finding);
  }
  if (options.unusedSeverity === "off") return kept;
  const unused: Finding[] = [];
  const report = (d: IgnoreDirective, message: string, help: string) =>
    unused.push({
      rule: "unused-ignore",
      severity: options.unusedSeverity as Severity,
      message,
      file: d.file,
      line: d.line,
      column: d.column,
      help,
      docs: docsUrl("unused-ignore"),
    });
  const what = (d: IgnoreDirective) => (d.kind === "file" ? "`alembic-guard: ignore-file`" : "`alembic-guard: ignore`");
  for (const d of directives) {
    const hits = used.get(d);
    if (d.kind === "next" && d.target === undefined) {
      report(d, `${what(d)} comment is not followed by a statement, so it suppresses nothing`, "Move the comment directly above the statement it is meant for, or delete it.");
      continue;
    }
    if (d.rules.length === 0) {
      if (!hits) report(d, `${what(d)} suppresses nothing: no finding ${d.kind === "file" ? "in this file" : "on the statement that follows"}`, "Delete the comment; nothing here needs it any more.");
      continue;
    }
    for (const rule of d.rules) {
      if (!isKnownRule(rule)) {
        const close = closestRuleIds(rule, 3);
        report(
          d,
          `${what(d)} names unknown rule \`${rule}\`${close.length ? `; did you mean \`${close[0]}\`?` : ""}`,
          `Use a rule id from \`alembic-guard rules\`${close.length ? ` (closest: ${close.join(", ")})` : ""}.`,
        );
      } else if (options.isActive(rule) && !hits?.has(rule)) {
        const where = d.kind === "file" ? "in this file" : "on the statement that follows";
        report(d, `${what(d)} of \`${rule}\` suppresses nothing: \`${rule}\` reports nothing ${where}`, `Remove \`${rule}\` from the comment (delete the comment if it names nothing else).`);
      }
    }
  }
  // An ignore-file that names unused-ignore explicitly silences these too (e.g. shared boilerplate headers).
  const silencers = directives.filter((d) => d.kind === "file" && d.rules.includes("unused-ignore"));
  return [...kept, ...unused.filter((f) => !silencers.some((d) => covers(d, f)))];
}

/** A glob from `exclude` as a RegExp over posix paths relative to the working directory. */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.replace(/\\/g, "/").replace(/^\.\//, "");
  const anchoredToDir = pattern.includes("/") && !pattern.endsWith("/");
  if (pattern.endsWith("/")) pattern = pattern.slice(0, -1);
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      const close = pattern.indexOf("}", i);
      if (close === -1) out += "\\{";
      else {
        out += `(?:${pattern.slice(i + 1, close).split(",").map(escapeRegExp).join("|")})`;
        i = close;
      }
    } else out += escapeRegExp(c);
  }
  // A pattern without a slash matches at any depth (like .gitignore); a directory matches everything below it.
  const prefix = anchoredToDir || pattern.includes("/") ? "^" : "^(?:.*/)?";
  return new RegExp(`${prefix}${out}(?:/.*)?$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}

/** Is this path (relative to the working directory, posix separators) excluded by one of the globs? */
export function isExcluded(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
  return globs.some((g) => globToRegExp(g).test(p));
}
