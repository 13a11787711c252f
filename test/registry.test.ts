// The rule catalogue is complete and consistent: every SQL rule has its module, its table test and its doc
// page; every doc page belongs to a rule and has the five sections; each SQL page's Example raises its rule
// and its Safe alternative's SQL does not. Failures name the missing or wrong file.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../src/rules/engine";
import { ALL_RULE_METAS, SQL_RULES } from "../src/rules/registry";
import type { RuleMeta, SqlRule } from "../src/rules/types";
import { loadSqlParser } from "../src/sql/parse";

const root = path.resolve(__dirname, "..");
const exists = (rel: string) => fs.existsSync(path.join(root, rel));

/** The SQL rule ids issue 3 promises (the contract with users' config and ignores). */
const CATALOGUE = [
  // Locks and rewrites
  "require-concurrent-index-creation", "require-concurrent-index-deletion", "require-concurrent-reindex",
  "require-concurrent-partition-detach", "constraint-missing-not-valid", "adding-foreign-key-constraint",
  "adding-field-with-default", "adding-not-nullable-field", "adding-required-field", "adding-serial-primary-key-field",
  "disallowed-unique-constraint", "adding-exclusion-constraint", "changing-column-type", "prefer-text-field",
  "prefer-repack", "ban-create-domain-with-constraint", "ban-alter-domain-with-add-constraint", "require-lock-timeout",
  "require-statement-timeout", "statements-after-access-exclusive",
  // Breaking changes
  "ban-drop-column", "ban-drop-table", "ban-drop-database", "ban-drop-schema", "ban-drop-not-null", "renaming-column",
  "renaming-table", "renaming-enum-value", "ban-truncate-cascade",
  // Transactions
  "transaction-nesting", "ban-concurrent-index-creation-in-transaction", "ban-uncommitted-transaction",
  "prefer-robust-stmts", "enum-add-value-in-transaction",
  // Hygiene
  "prefer-bigint-over-int", "prefer-bigint-over-smallint", "prefer-identity", "prefer-timestamptz", "ban-char-field",
  "prefer-jsonb-over-json", "identifier-too-long", "require-enum-value-ordering", "ban-duplicate-column-assignments",
  "require-table-schema",
  // Data migrations
  "update-without-where", "delete-without-where", "untyped-null-in-insert-select",
];
const META_IDS = ["syntax-error", "unused-ignore"];
const SECTIONS = ["What it does", "Why it hurts in production", "Example", "Safe alternative", "References"];

const docPages = fs.readdirSync(path.join(root, "rules")).filter((f) => f.endsWith(".md")).sort();

function section(markdown: string, title: string): string | undefined {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

function sqlBlocks(text: string): string[] {
  return [...text.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** The setting a page's example is linted under: Alembic's transaction first, then autocommit; a PostgreSQL version the rule applies to. */
function contexts(meta: RuleMeta): Array<{ inTransaction: boolean; pgVersion: number }> {
  let pgVersion = 15;
  if (meta.minPgVersion !== undefined && pgVersion < meta.minPgVersion) pgVersion = meta.minPgVersion;
  if (meta.maxPgVersion !== undefined && pgVersion >= meta.maxPgVersion) pgVersion = meta.maxPgVersion - 1;
  return [
    { inTransaction: true, pgVersion },
    { inTransaction: false, pgVersion },
  ];
}

function findingsOf(id: string, sql: string, ctx: { inTransaction: boolean; pgVersion: number }, rule?: SqlRule) {
  const options = rule ? { rules: [rule], only: [id], pgVersion: ctx.pgVersion } : { pgVersion: ctx.pgVersion };
  return lintSources([{ text: sql, file: "example.sql", inTransaction: ctx.inTransaction }], options).filter((f) => f.rule === id);
}

beforeAll(() => loadSqlParser());

describe("the catalogue", () => {
  it("has every SQL rule issue 3 lists", () => {
    const registered = new Set(SQL_RULES.map((r) => r.meta.id));
    const missing = CATALOGUE.filter((id) => !registered.has(id));
    expect(missing, `rule ids not in SQL_RULES (src/rules/catalog/*.ts): ${missing.join(", ")}`).toEqual([]);
  });

  it("has unique ids, and the meta rules", () => {
    const ids = ALL_RULE_METAS.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), "duplicate rule ids").toEqual([]);
    for (const id of META_IDS) expect(ids, id).toContain(id);
    for (const id of ids) expect(id, "rule ids are kebab-case").toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("turns on every rule by default except require-table-schema", () => {
    const off = SQL_RULES.filter((r) => r.meta.defaultSeverity === "off").map((r) => r.meta.id);
    expect(off.filter((id) => id !== "require-table-schema"), "rules off by default").toEqual([]);
  });
});

describe.each(SQL_RULES.map((rule) => [rule.meta.id, rule] as const))("SQL rule %s", (id, rule) => {
  it("has its module, its table test and its doc page", () => {
    const missing = [`src/rules/sql/${id}.ts`, `test/rules/${id}.test.ts`, `rules/${id}.md`].filter((f) => !exists(f));
    expect(missing, `missing for ${id}`).toEqual([]);
  });

  it("has a one-line summary and a SQL family", () => {
    expect(rule.meta.summary.length, `${id}: summary`).toBeGreaterThan(20);
    expect(rule.meta.summary, `${id}: summary is one line`).not.toMatch(/\n/);
    expect(["locks", "breaking", "transactions", "hygiene", "data"], `${id}: family`).toContain(rule.meta.family);
  });

  it("is raised by its page's Example, and not by the SQL of its Safe alternative", () => {
    const page = path.join(root, "rules", `${id}.md`);
    expect(fs.existsSync(page), `rules/${id}.md is missing`).toBe(true);
    const markdown = fs.readFileSync(page, "utf8");
    const [example] = sqlBlocks(section(markdown, "Example") ?? "");
    expect(example, `rules/${id}.md: no \`\`\`sql block under "## Example"`).toBeDefined();
    const ctx = contexts(rule.meta).find((c) => findingsOf(id, example, c, rule).length > 0);
    expect(ctx, `rules/${id}.md: the Example SQL does not raise ${id}:\n${example}`).toBeDefined();
    for (const safe of sqlBlocks(section(markdown, "Safe alternative") ?? "")) {
      const raised = findingsOf(id, safe, ctx!, rule);
      expect(raised.map((f) => f.message), `rules/${id}.md: the Safe alternative SQL raises ${id}:\n${safe}`).toEqual([]);
    }
  });
});

describe.each(META_IDS)("meta rule %s", (id) => {
  it("has a page whose Example raises it and whose Safe alternative does not", () => {
    const markdown = fs.readFileSync(path.join(root, "rules", `${id}.md`), "utf8");
    const [example] = sqlBlocks(section(markdown, "Example") ?? "");
    const ctx = { inTransaction: true, pgVersion: 15 };
    expect(findingsOf(id, example, ctx).length, `rules/${id}.md: Example does not raise ${id}`).toBeGreaterThan(0);
    for (const safe of sqlBlocks(section(markdown, "Safe alternative") ?? "")) expect(findingsOf(id, safe, ctx), `rules/${id}.md: Safe alternative raises ${id}`).toEqual([]);
  });
});

describe.each(docPages)("rules/%s", (page) => {
  const id = page.replace(/\.md$/, "");
  const markdown = fs.readFileSync(path.join(root, "rules", page), "utf8");

  it("belongs to a known rule", () => {
    expect(ALL_RULE_METAS.map((m) => m.id), `rules/${page} has no rule with id ${id} in ALL_RULE_METAS`).toContain(id);
  });

  it("has the title, the family/severity line and the five sections in order", () => {
    expect(markdown.split("\n")[0], `rules/${page}: first line`).toBe(`# ${id}`);
    const meta = ALL_RULE_METAS.find((m) => m.id === id);
    if (meta) expect(markdown, `rules/${page}: family/severity line`).toContain(`**Family:** ${meta.family} · **Default severity:** ${meta.defaultSeverity}`);
    const positions = SECTIONS.map((title) => markdown.split("\n").findIndex((l) => l.trim() === `## ${title}`));
    const missing = SECTIONS.filter((_, i) => positions[i] === -1);
    expect(missing, `rules/${page}: missing sections`).toEqual([]);
    expect([...positions].sort((a, b) => a - b), `rules/${page}: sections out of order`).toEqual(positions);
    for (const title of SECTIONS) expect((section(markdown, title) ?? "").trim().length, `rules/${page}: "## ${title}" is empty`).toBeGreaterThan(0);
    expect(section(markdown, "References"), `rules/${page}: References has no link`).toMatch(/\]\(https?:\/\//);
  });
});
