import { beforeAll, describe, expect, it } from "vitest";
import { activeSqlRules, lintSources, type LintOptions } from "../../src/rules/engine";
import { loadSqlParser } from "../../src/sql/parse";
import type { SqlRule } from "../../src/rules/types";
import { SQL_RULES } from "../../src/rules/registry";

beforeAll(() => loadSqlParser());

// Stand-in rules with real ids (ids must be known for ignores): behaviour is what the engine does around them.
const dropTable: SqlRule = {
  meta: { id: "ban-drop-table", family: "breaking", defaultSeverity: "warning", summary: "s" },
  kinds: ["DropStmt"],
  check: (stmt) => (stmt.body.removeType === "OBJECT_TABLE" ? [{ message: "drops a table", help: "do not", location: stmt.body.objects?.[0]?.List?.items?.[0]?.String ? undefined : undefined }] : []),
};
const everyStatement: SqlRule = {
  meta: { id: "prefer-robust-stmts", family: "transactions", defaultSeverity: "info", summary: "s" },
  check: (stmt) => (stmt.kind === "CreateStmt" ? [{ message: "create without IF NOT EXISTS", help: "add IF NOT EXISTS" }] : []),
};
const fromPg12: SqlRule = {
  meta: { id: "require-concurrent-reindex", family: "locks", defaultSeverity: "error", summary: "s", minPgVersion: 12 },
  check: (stmt) => (stmt.kind === "ReindexStmt" ? [{ message: "reindex locks", help: "use CONCURRENTLY" }] : []),
};
const beforePg11: SqlRule = {
  meta: { id: "adding-field-with-default", family: "locks", defaultSeverity: "error", summary: "s", maxPgVersion: 11 },
  check: (stmt) => (stmt.kind === "AlterTableStmt" ? [{ message: "default rewrites", help: "add it without default" }] : []),
};
const rules = [dropTable, everyStatement, fromPg12, beforePg11];

const lint = (text: string, options: Partial<LintOptions> = {}) =>
  lintSources([{ text, file: "m.sql", inTransaction: true }], { pgVersion: 15, rules, ...options });
const summary = (text: string, options: Partial<LintOptions> = {}) =>
  lint(text, options)
    .map((f) => `${f.line}:${f.rule}:${f.severity}`)
    .sort();

describe("engine", () => {
  it("gates rules on the PostgreSQL version (minPgVersion inclusive, maxPgVersion exclusive)", () => {
    const sql = "REINDEX TABLE users;\nALTER TABLE users ADD COLUMN c int DEFAULT 0;";
    expect(summary(sql, { pgVersion: 11 })).toEqual(["1:require-concurrent-reindex:error"].slice(0, 0));
    expect(summary(sql, { pgVersion: 10 })).toEqual(["2:adding-field-with-default:error"]);
    expect(summary(sql, { pgVersion: 12 })).toEqual(["1:require-concurrent-reindex:error"]);
  });

  it("applies per-rule severities from the config, and `off` disables", () => {
    const sql = "DROP TABLE a;\nCREATE TABLE b (id int);";
    expect(summary(sql)).toEqual(["1:ban-drop-table:warning", "2:prefer-robust-stmts:info"]);
    expect(summary(sql, { severities: { "ban-drop-table": "error", "prefer-robust-stmts": "off" } })).toEqual(["1:ban-drop-table:error"]);
    expect(activeSqlRules({ pgVersion: 15, severities: { "ban-drop-table": "off" } }).some((r) => r.meta.id === "ban-drop-table")).toBe(false);
  });

  it("calls a rule that declares kinds only for those statements", () => {
    const seen: string[] = [];
    const spy: SqlRule = { meta: { ...dropTable.meta }, kinds: ["IndexStmt"], check: (stmt) => (seen.push(stmt.kind), []) };
    lint("SELECT 1; CREATE INDEX ix ON t (a); DROP TABLE t;", { rules: [spy, everyStatement] });
    expect(seen).toEqual(["IndexStmt"]);
  });

  it("calls a rule that declares subcommands only for ALTER TABLE statements with one of them, in registry order", () => {
    const seen: string[] = [];
    const spy: SqlRule = {
      meta: { ...dropTable.meta },
      kinds: ["AlterTableStmt", "CreateStmt"],
      subcommands: ["AT_DropColumn"],
      check: (stmt) => (seen.push(stmt.sql), [{ message: "m", help: "h" }]),
    };
    const findings = lint(
      "ALTER TABLE t ADD COLUMN a int; ALTER TABLE t DROP COLUMN b; ALTER TABLE t ADD COLUMN c int, DROP COLUMN d; CREATE TABLE u (a int);",
      { rules: [everyStatement, spy, beforePg11], pgVersion: 10 },
    );
    expect(seen).toEqual(["ALTER TABLE t DROP COLUMN b", "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d", "CREATE TABLE u (a int)"]);
    expect(findings.map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual([
      "1:1:adding-field-with-default",
      "1:33:ban-drop-table",
      "1:33:adding-field-with-default",
      "1:62:ban-drop-table",
      "1:62:adding-field-with-default",
      "1:109:prefer-robust-stmts",
      "1:109:ban-drop-table",
    ]);
  });

  it("calls a rule with reportsOn only for the statements it names, asking once per unit", () => {
    const seen: string[] = [];
    const asked: number[] = [];
    const afterIndexes: SqlRule = {
      meta: { ...dropTable.meta },
      reportsOn: (ctx) => {
        asked.push(ctx.statements.length);
        const first = ctx.statements.findIndex((s) => s.kind === "IndexStmt");
        return new Set(first === -1 ? [] : ctx.statements.slice(first + 1).map((s) => s.index));
      },
      check: (stmt) => (seen.push(stmt.kind), [{ message: "after an index", help: "h" }]),
    };
    expect(lint("SELECT 1; DROP TABLE t;", { rules: [afterIndexes, everyStatement] })).toEqual([]);
    expect(seen).toEqual([]);
    const findings = lint("SELECT 1; CREATE INDEX ix ON t (a); DROP TABLE t; CREATE TABLE u (a int);", { rules: [afterIndexes, everyStatement] });
    expect(seen).toEqual(["DropStmt", "CreateStmt"]);
    expect(findings.map((f) => `${f.column}:${f.rule}`)).toEqual(["37:ban-drop-table", "51:ban-drop-table", "51:prefer-robust-stmts"]);
    expect(asked).toEqual([2, 4]);
  });

  it("turns syntax errors into findings with dialect hints, and still lints the rest", () => {
    const findings = lint("CREATE TABLE `t` (id int);\nDROP TABLE users;");
    expect(findings.map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual(["1:14:syntax-error", "2:1:ban-drop-table"]);
    expect(findings[0].help).toMatch(/double quotes/);
    expect(findings[0].message).toMatch(/^PostgreSQL cannot parse this statement: /);
    expect(lint("SELEC 1;", { severities: { "syntax-error": "off" } })).toEqual([]);
  });

  it("names the rule and the statement when a rule throws", () => {
    const broken: SqlRule = { meta: { ...dropTable.meta }, check: () => { throw new TypeError("x is undefined"); } };
    expect(() => lint("SELECT 1;\nSELECT 2;", { rules: [broken] })).toThrow("rule ban-drop-table failed on m.sql:1 (SelectStmt): x is undefined");
  });
});

describe("ignore comments", () => {
  it("suppress the next statement (line and block comments), all of a multi-line statement", () => {
    const sql = [
      "-- alembic-guard: ignore ban-drop-table",
      "DROP TABLE a;",
      "/* alembic-guard: ignore ban-drop-table,",
      "   prefer-robust-stmts */",
      "DROP",
      "  TABLE b;",
      "DROP TABLE c;",
    ].join("\n");
    const findings = lint(sql);
    expect(findings.filter((f) => f.rule === "ban-drop-table").map((f) => f.line)).toEqual([7]);
    // prefer-robust-stmts is active but had nothing to suppress on DROP TABLE b.
    expect(findings.filter((f) => f.rule === "unused-ignore").map((f) => [f.line, f.message])).toEqual([
      [3, "`alembic-guard: ignore` of `prefer-robust-stmts` suppresses nothing: `prefer-robust-stmts` reports nothing on the statement that follows"],
    ]);
  });

  it("a comment at the end of a statement's line covers that statement", () => {
    const sql = "DROP TABLE a; -- alembic-guard: ignore ban-drop-table\nDROP TABLE b;";
    expect(summary(sql)).toEqual(["2:ban-drop-table:warning"]);
  });

  it("a comment inside a multi-line statement covers that statement", () => {
    expect(summary("DROP TABLE\n  -- alembic-guard: ignore ban-drop-table\n  a;\nDROP TABLE b;")).toEqual(["4:ban-drop-table:warning"]);
  });

  it("ignore-file, with and without rules; unused-ignore for typos", () => {
    expect(summary("-- alembic-guard: ignore-file ban-drop-table\nDROP TABLE a;\nCREATE TABLE b (id int);\nDROP TABLE c;")).toEqual(["3:prefer-robust-stmts:info"]);
    expect(summary("-- alembic-guard: ignore-file\nDROP TABLE a;\nSELEC;")).toEqual([]);
    expect(summary("-- alembic-guard: ignore ban-drop-tabel\nDROP TABLE a;")).toEqual(["1:unused-ignore:warning", "2:ban-drop-table:warning"]);
  });

  it("can silence a syntax error of the next statement", () => {
    expect(summary("-- alembic-guard: ignore syntax-error\nCREATE TABLE t (id INTEGER AUTOINCREMENT);\nDROP TABLE x;")).toEqual(["3:ban-drop-table:warning"]);
  });

  it("an ignore of a rule that is off, or not for this PostgreSQL version, is not unused", () => {
    expect(summary("-- alembic-guard: ignore require-concurrent-reindex\nREINDEX TABLE a;", { pgVersion: 11 })).toEqual([]);
    expect(summary("-- alembic-guard: ignore ban-drop-table\nDROP TABLE a;", { severities: { "ban-drop-table": "off" } })).toEqual([]);
  });

  it("a keyword inside a string is not an ignore", () => {
    expect(summary("SELECT '-- alembic-guard: ignore ban-drop-table';\nDROP TABLE a;")).toEqual(["2:ban-drop-table:warning"]);
  });
});

describe("big and hostile input never crashes", () => {
  it("5 MB of SQL with a syntax error in the middle", () => {
    const chunk = "CREATE TABLE IF NOT EXISTS t_x (id bigint PRIMARY KEY, name text NOT NULL);\nDROP TABLE old_x;\nUPDATE t_x SET name = 'é' WHERE id = 1;\n";
    const half = chunk.repeat(Math.ceil(2.5e6 / chunk.length));
    const text = `${half}SELEC broken;\n${half}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(5e6);
    const findings = lintSources([{ text, file: "big.sql", inTransaction: true }], { pgVersion: 15, rules: SQL_RULES });
    const syntax = findings.filter((f) => f.rule === "syntax-error");
    expect(syntax).toHaveLength(1);
    expect(syntax[0].line).toBe(half.split("\n").length);
  });

  it("binary garbage gives findings, not exceptions", () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString("latin1");
    const findings = lintSources([{ text: garbage, file: "bin.sql", inTransaction: false }], { pgVersion: 15 });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line >= 1)).toBe(true);
  });
});
