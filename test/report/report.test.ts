import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings";
import { codeFrame, findingFingerprints, renderFindings, renderGcc, renderGitlab, renderJson, renderSarif, renderText, sarifUri } from "../../src/report";

const base: Finding = {
  rule: "require-concurrent-index-creation",
  severity: "error",
  message: "index `ix` on existing table `users` is built without CONCURRENTLY",
  file: "db/001 init.sql",
  line: 3,
  column: 20,
  help: "Use CREATE INDEX CONCURRENTLY inside autocommit_block().",
  docs: "https://github.com/alembic-guard/alembic-guard/blob/main/rules/require-concurrent-index-creation.md",
  sql: "CREATE INDEX ix ON users (email)",
};
const findings: Finding[] = [
  base,
  { ...base, rule: "ban-drop-column", severity: "warning", line: 7, column: undefined, message: "drops column `users.legacy`", sql: "ALTER TABLE users DROP COLUMN legacy", docs: "https://x/ban-drop-column.md" },
  { ...base, rule: "prefer-text-field", severity: "info", file: "other.sql", line: 1, column: 1, message: "varchar(50)", sql: "CREATE TABLE t (c varchar(50))", docs: "https://x/prefer-text-field.md" },
];
const source = "-- init\n\nCREATE INDEX ix ON users (email);\n";

describe("text", () => {
  it("shows the code frame with a caret under the column, the help, the docs link and a summary", () => {
    const out = renderText([base], { sourceText: (f) => (f === base.file ? source : undefined), filesChecked: 2 });
    expect(out).toBe(
      [
        "error[require-concurrent-index-creation]: index `ix` on existing table `users` is built without CONCURRENTLY",
        "  --> db/001 init.sql:3:20",
        " 3 | CREATE INDEX ix ON users (email);",
        "   |                    ^",
        "  = help: Use CREATE INDEX CONCURRENTLY inside autocommit_block().",
        `  = docs: ${base.docs}`,
        "",
        "1 finding in 2 files: 1 error.",
        "",
      ].join("\n"),
    );
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("colours only when asked, falls back to the statement when the source is unknown", () => {
    expect(renderText([base], { colour: true })).toMatch(/\u001b\[31m/);
    expect(renderText([base])).toContain(" 3 | CREATE INDEX ix ON users (email)");
    expect(renderText([], { filesChecked: 1 })).toBe("No findings in 1 file.\n");
  });

  it("paints every part of a block in colour: severity, rule, arrow, gutter, caret, help label, docs", () => {
    const finding: Finding = { ...base, severity: "warning", revision: "abc123", confirmed: "locks users" };
    const out = renderText([finding], { colour: true, sourceText: () => "-- init\n\n\tCREATE INDEX ix ON users (email);\r\n" });
    expect(out).toBe(
      [
        "\u001b[33m\u001b[1mwarning\u001b[0m\u001b[0m\u001b[1m[require-concurrent-index-creation]\u001b[0m: index `ix` on existing table `users` is built without CONCURRENTLY",
        "  \u001b[34m-->\u001b[0m db/001 init.sql:3:20 (revision abc123)",
        "\u001b[34m 3 |\u001b[0m     CREATE INDEX ix ON users (email);",
        "\u001b[34m   |\u001b[0m                       \u001b[31m^\u001b[0m",
        "  \u001b[36m= help:\u001b[0m Use CREATE INDEX CONCURRENTLY inside autocommit_block().",
        `  \u001b[2m= docs: ${base.docs}\u001b[0m`,
        "  = confirmed: locks users",
        "",
        "1 finding: 1 warning.",
        "",
      ].join("\n"),
    );
  });

  it("shows control characters as U+FFFD so a broken file cannot garble the terminal", () => {
    expect(codeFrame("SELECT\u0000 1;\u001b[2J", 1, 7)[0]).toBe(" 1 | SELECT\ufffd 1;\ufffd[2J");
    // A CR ending the line is dropped; one inside it is a control character like the others.
    expect(codeFrame("a\rb\r", 1, 3)).toEqual([" 1 | a\ufffdb", "   |   ^"]);
  });

  it("lines up the caret after tabs and cuts very long lines around the column", () => {
    expect(codeFrame("\tCREATE INDEX ix ON t (a);", 1, 21)).toEqual([" 1 |     CREATE INDEX ix ON t (a);", "   |                        ^"]);
    const long = "x".repeat(300) + "HERE" + "y".repeat(300);
    const [text, caret] = codeFrame(long, 9, 301);
    expect(text.length).toBeLessThan(160);
    expect(text.indexOf("HERE")).toBe(caret.indexOf("^"));
  });
});

describe("json", () => {
  it("is {findings: [...]} with 1-based positions and nothing else", () => {
    const parsed = JSON.parse(renderJson(findings));
    expect(Object.keys(parsed)).toEqual(["findings"]);
    expect(parsed.findings[0]).toMatchObject({ rule: base.rule, line: 3, column: 20, file: "db/001 init.sql" });
  });
});

describe("gcc", () => {
  it("prints file:line:col: severity: message [rule], info as note, no column when unknown", () => {
    expect(renderGcc(findings).split("\n")).toEqual([
      "db/001 init.sql:3:20: error: index `ix` on existing table `users` is built without CONCURRENTLY [require-concurrent-index-creation]",
      "db/001 init.sql:7: warning: drops column `users.legacy` [ban-drop-column]",
      "other.sql:1:1: note: varchar(50) [prefer-text-field]",
      "",
    ]);
  });
});

describe("gitlab code quality", () => {
  it("has the required fields and GitLab's severities", () => {
    const issues = JSON.parse(renderGitlab(findings));
    expect(issues).toHaveLength(3);
    for (const issue of issues) {
      expect(issue).toMatchObject({ type: "issue", check_name: expect.any(String), description: expect.any(String), categories: expect.any(Array) });
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(issue.location.path).toEqual(expect.any(String));
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(["critical", "major", "info"]);
  });

  it("fingerprints survive lines moving and keep identical statements apart", () => {
    const moved = findings.map((f) => ({ ...f, line: f.line + 10 }));
    expect(findingFingerprints(moved)).toEqual(findingFingerprints(findings));
    const twins = findingFingerprints([base, { ...base, line: 9 }]);
    expect(new Set(twins).size).toBe(2);
    expect(findingFingerprints([{ ...base, file: "x.sql" }])[0]).not.toBe(findingFingerprints([base])[0]);
  });
});

describe("sarif 2.1.0", () => {
  const log = JSON.parse(renderSarif(findings, { toolVersion: "0.1.0" }));

  it("has the top-level shape the schema requires", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: "alembic-guard", version: "0.1.0" });
    expect(log.runs[0].tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it("lists each reported rule once, with a helpUri from the docs and a default level", () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["ban-drop-column", "prefer-text-field", "require-concurrent-index-creation"]);
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(["none", "note", "warning", "error"]).toContain(rule.defaultConfiguration.level);
    }
  });

  it("gives every result a ruleId matching its ruleIndex, a level, a message and a physical location", () => {
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(["none", "note", "warning", "error"]).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/[\s\\]/);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      if (location.region.startColumn !== undefined) expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("db/001%20init.sql");
    expect(results.map((r: { level: string }) => r.level)).toEqual(["error", "warning", "note"]);
    expect(results[1].locations[0].physicalLocation.region).toEqual({ startLine: 7 });
  });

  it("is valid with no findings", () => {
    const empty = JSON.parse(renderSarif([]));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });

  it("encodes URIs segment by segment", () => {
    expect(sarifUri("a b/c#d.sql")).toBe("a%20b/c%23d.sql");
  });
});

describe("renderFindings", () => {
  it("never puts GitHub workflow commands or anything but the document into machine formats", () => {
    for (const format of ["json", "sarif", "gitlab"] as const) {
      const out = renderFindings(format, findings);
      expect(out).not.toMatch(/^::/m);
      expect(() => JSON.parse(out)).not.toThrow();
    }
  });

  it("refuses markdown (a whole check report, not a list of findings)", () => {
    expect(() => renderFindings("markdown", findings)).toThrow(/not available/);
  });
});
