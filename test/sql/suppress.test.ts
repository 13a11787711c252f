import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings";
import { applySuppressions, globToRegExp, isExcluded, parseIgnoreComment, type IgnoreDirective } from "../../src/sql/suppress";

describe("parseIgnoreComment", () => {
  it.each([
    ["-- alembic-guard: ignore ban-drop-column", "next", ["ban-drop-column"]],
    ["-- alembic-guard: ignore ban-drop-column, renaming-table", "next", ["ban-drop-column", "renaming-table"]],
    ["--alembic-guard:ignore ban-drop-column renaming-table", "next", ["ban-drop-column", "renaming-table"]],
    ["/* alembic-guard: ignore ban-drop-column */", "next", ["ban-drop-column"]],
    ["# alembic-guard: ignore[ban-drop-column, renaming-table] -- deprecated since v2", "next", ["ban-drop-column", "renaming-table"]],
    ["# alembic-guard: ignore[ban-drop-column]: deprecated", "next", ["ban-drop-column"]],
    ["-- alembic-guard: ignore ban-drop-column -- the column has been unused since v2", "next", ["ban-drop-column"]],
    ["-- alembic-guard: ignore-file", "file", []],
    ["-- alembic-guard: ignore-file prefer-robust-stmts", "file", ["prefer-robust-stmts"]],
    ["-- alembic-guard: ignore", "next", []],
    ["-- ALEMBIC-GUARD: IGNORE Ban-Drop-Column", "next", ["ban-drop-column"]],
  ])("%s", (comment, kind, rules) => {
    expect(parseIgnoreComment(comment)).toEqual({ kind, rules });
  });

  it("ignores comments that only mention the tool", () => {
    expect(parseIgnoreComment("-- checked by alembic-guard")).toBeUndefined();
    expect(parseIgnoreComment("-- alembic-guard: ignored-table list")).toBeUndefined();
  });
});

const finding = (rule: string, line: number, file = "m.sql"): Finding => ({ rule, severity: "error", message: "m", file, line, help: "h", docs: "d" });
const directive = (d: Partial<IgnoreDirective>): IgnoreDirective => ({ kind: "next", rules: [], file: "m.sql", line: 1, column: 1, ...d });
const options = { isActive: (rule: string) => rule !== "require-concurrent-index-creation", unusedSeverity: "warning" as const };

describe("applySuppressions", () => {
  it("drops covered findings only: same file, named rule, target lines", () => {
    const kept = applySuppressions(
      [finding("ban-drop-column", 3), finding("ban-drop-column", 5), finding("ban-drop-table", 3), finding("ban-drop-column", 3, "other.sql")],
      [directive({ rules: ["ban-drop-column"], line: 2, target: { fromLine: 3, toLine: 4 } })],
      options,
    );
    expect(kept.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual(["m.sql:5:ban-drop-column", "m.sql:3:ban-drop-table", "other.sql:3:ban-drop-column"]);
  });

  it("ignore-file covers the whole file; a bare ignore covers every rule", () => {
    const kept = applySuppressions(
      [finding("ban-drop-column", 3), finding("ban-drop-table", 9), finding("renaming-table", 20)],
      [directive({ kind: "file", rules: ["ban-drop-table"] }), directive({ line: 2, target: { fromLine: 3, toLine: 3 } })],
      options,
    );
    expect(kept.map((f) => f.rule)).toEqual(["renaming-table"]);
  });

  it("reports unknown rules (with the closest id), ignores that suppress nothing, and ignores with no statement after them", () => {
    const out = applySuppressions(
      [finding("ban-drop-column", 3)],
      [
        directive({ rules: ["ban-drop-colum"], line: 2, target: { fromLine: 3, toLine: 3 } }),
        directive({ rules: ["ban-drop-table"], line: 7, target: { fromLine: 8, toLine: 8 } }),
        directive({ rules: [], line: 10, target: { fromLine: 11, toLine: 11 } }),
        directive({ rules: ["ban-drop-table"], line: 30 }),
      ],
      options,
    );
    const unused = out.filter((f) => f.rule === "unused-ignore");
    expect(unused.map((f) => f.line)).toEqual([2, 7, 10, 30]);
    expect(unused[0].message).toMatch(/unknown rule `ban-drop-colum`; did you mean `ban-drop-column`\?/);
    expect(unused[1].message).toMatch(/suppresses nothing/);
    expect(unused[3].message).toMatch(/not followed by a statement/);
    expect(unused.every((f) => f.severity === "warning" && f.docs.endsWith("unused-ignore.md"))).toBe(true);
    expect(out.filter((f) => f.rule === "ban-drop-column")).toHaveLength(1);
  });

  it("does not call an ignore of a rule that did not run unused; unused-ignore can be switched off or file-ignored", () => {
    const d = directive({ rules: ["require-concurrent-index-creation"], target: { fromLine: 2, toLine: 2 } });
    expect(applySuppressions([], [d], options)).toEqual([]);
    const typo = directive({ rules: ["no-such-rule"], target: { fromLine: 2, toLine: 2 } });
    expect(applySuppressions([], [typo], { ...options, unusedSeverity: "off" })).toEqual([]);
    expect(applySuppressions([], [typo, directive({ kind: "file", rules: ["unused-ignore"] })], options)).toEqual([]);
  });
});

describe("exclude globs", () => {
  it.each([
    ["legacy/**", "legacy/a/b.sql", true],
    ["legacy", "legacy/b.sql", true],
    ["legacy/", "legacy/b.sql", true],
    ["*.gen.sql", "deep/dir/x.gen.sql", true],
    ["*.gen.sql", "deep/dir/x.sql", false],
    ["migrations/*.sql", "migrations/001.sql", true],
    ["migrations/*.sql", "migrations/old/001.sql", false],
    ["**/seed_*.sql", "seed_1.sql", true],
    ["**/seed_*.sql", "a/b/seed_1.sql", true],
    ["db/{old,tmp}/*.sql", "db/tmp/x.sql", true],
    ["db/{old,tmp}/*.sql", "db/new/x.sql", false],
    ["./v?.sql", "v1.sql", true],
    ["a+b/(x).sql", "a+b/(x).sql", true],
  ])("%s matches %s: %s", (glob, file, expected) => {
    expect(isExcluded(file, [glob])).toBe(expected);
  });

  it("compiles to an anchored expression", () => {
    expect(globToRegExp("x.sql").test("ax.sql")).toBe(false);
  });
});
