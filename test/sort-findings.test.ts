// sortFindings ranks file and rule names once instead of collating on every comparison; the order must be exactly
// what comparing with localeCompare gives, including names ICU orders differently from code points.
import { describe, expect, it } from "vitest";
import { sortFindings, type Finding, type Severity } from "../src/findings";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function byLocaleCompare(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

const FILES = ["b.sql", "B.sql", "a_b.sql", "a-b.sql", "ab.sql", "é.sql", "e\u0301.sql", "z/1.sql", "Z/10.sql", "z/2.sql", "migrations/0010_x.sql", "migrations/009_y.sql"];
const RULES = ["ban-drop-column", "ban-drop-table", "prefer-robust-stmts", "syntax-error", "adding-field-with-default", "unused-ignore"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];

describe("sortFindings", () => {
  it("orders exactly as localeCompare on file and rule, then line, column and severity", () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const findings: Finding[] = [];
    for (let i = 0; i < 2000; i++) {
      findings.push({
        rule: RULES[next(RULES.length)],
        severity: SEVERITIES[next(3)],
        message: `m${i}`,
        file: FILES[next(FILES.length)],
        line: 1 + next(5),
        column: next(4) === 0 ? undefined : 1 + next(3),
      });
    }
    const expected = byLocaleCompare(findings).map((f) => f.message);
    expect(sortFindings([...findings]).map((f) => f.message)).toEqual(expected);
  });

  it("keeps the input order of findings that compare equal (a stable sort)", () => {
    const f = (message: string, file: string): Finding => ({ rule: "r", severity: "error", message, file, line: 1 });
    // "é" precomposed and decomposed collate as equal, so their findings keep their input order.
    expect(sortFindings([f("1", "e\u0301.sql"), f("2", "é.sql"), f("3", "e\u0301.sql")]).map((x) => x.message)).toEqual(["1", "2", "3"]);
  });
});
