#!/usr/bin/env node
// Create a new SQL rule's three files and register it:
//   node scripts/new-rule.mjs <id> <family> <error|warning|info|off> "<one-line summary>"
// Writes src/rules/sql/<id>.ts, test/rules/<id>.test.ts and rules/<id>.md, and adds the rule to
// src/rules/catalog/<family>.ts (import and list, sorted by id). The generated test has no cases and the page's
// Example is empty, so `vitest` and test/registry.test.ts fail until the rule, its table and its page are written.
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CATALOGS = { locks: "LOCK_RULES", breaking: "BREAKING_RULES", transactions: "TRANSACTION_RULES", hygiene: "HYGIENE_RULES", data: "DATA_RULES" };
const [id, family, severity, summary] = process.argv.slice(2);

const fail = (message) => {
  console.error(`new-rule: ${message}`);
  process.exit(2);
};
if (!id || !family || !severity || !summary) fail('usage: node scripts/new-rule.mjs <id> <family> <error|warning|info|off> "<summary>"');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`rule id \`${id}\` must be kebab-case`);
if (!(family in CATALOGS)) fail(`family must be one of ${Object.keys(CATALOGS).join(", ")}`);
if (!["error", "warning", "info", "off"].includes(severity)) fail("severity must be error, warning, info or off");

const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const files = {
  [`src/rules/sql/${id}.ts`]: `import type { SqlRule } from "../types";

export const ${camel}: SqlRule = {
  meta: {
    id: "${id}",
    family: "${family}",
    defaultSeverity: "${severity}",
    summary: ${JSON.stringify(summary)},
  },
  // The statement kinds (libpg-query node tags) this rule reports on; the engine calls check only for them.
  kinds: [],
  check(stmt, ctx) {
    return [];
  },
};
`,
  [`test/rules/${id}.test.ts`]: `import { ruleTester } from "../helpers/rule-tester";
import { ${camel} } from "../../src/rules/sql/${id}";

// At least 3 SQL texts that must raise the rule and 3 near-misses that must not (issue 3).
ruleTester(${camel}, {
  valid: [],
  invalid: [],
});
`,
  [`rules/${id}.md`]: `# ${id}

**Family:** ${family} · **Default severity:** ${severity}

## What it does
${summary}

## Why it hurts in production

## Example
\`\`\`sql
\`\`\`

## Safe alternative

## References
`,
};
for (const rel of Object.keys(files)) if (fs.existsSync(path.join(root, rel))) fail(`${rel} already exists`);
for (const [rel, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
}

// Register: add the import and the list entry, both kept sorted by id.
const catalog = path.join(root, "src", "rules", "catalog", `${family}.ts`);
const source = fs.readFileSync(catalog, "utf8");
const imports = [...source.matchAll(/^import \{ (\w+) \} from "\.\.\/sql\/([a-z0-9-]+)";$/gm)].map((m) => ({ name: m[1], id: m[2] }));
imports.push({ name: camel, id });
imports.sort((a, b) => a.id.localeCompare(b.id));
const list = CATALOGS[family];
const withoutRuleImports = source.replace(/^import \{ \w+ \} from "\.\.\/sql\/[a-z0-9-]+";\n/gm, "");
const typeImport = 'import type { SqlRule } from "../types";\n';
if (!withoutRuleImports.includes(typeImport)) fail(`${path.relative(root, catalog)} has an unexpected shape; register ${camel} by hand`);
const updated = withoutRuleImports
  .replace(typeImport, typeImport + imports.map((i) => `import { ${i.name} } from "../sql/${i.id}";\n`).join(""))
  .replace(new RegExp(`export const ${list}: readonly SqlRule\\[\\] = \\[[\\s\\S]*?\\];`), `export const ${list}: readonly SqlRule[] = [${imports.map((i) => i.name).join(", ")}];`);
fs.writeFileSync(catalog, updated);
console.log(`new-rule: wrote ${Object.keys(files).join(", ")} and registered ${camel} in ${path.relative(root, catalog)}`);
