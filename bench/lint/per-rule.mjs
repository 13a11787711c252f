#!/usr/bin/env node
// Where the lint time goes, rule by rule, on the benchmark's big file (one 10,000-statement unit):
// parse once, then run each SQL rule alone (warm, median of 3). Slow rules are usually ones that scan every
// earlier statement for every statement (quadratic on big files); cache per unit instead.
//   node bench/lint/per-rule.mjs          (AG_BUILD=dir of tsc output, default build/)
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { writeCorpus } from "./corpus.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const build = path.resolve(process.env.AG_BUILD ?? path.join(root, "build"));
if (!fs.existsSync(path.join(build, "rules", "engine.js"))) {
  console.error(`bench/lint/per-rule: no compiled engine in ${build}; run tsc first (npx tsc -p tsconfig.json --outDir DIR, AG_BUILD=DIR)`);
  process.exit(2);
}
const require = createRequire(path.join(build, "index.js"));
const { loadSqlParser, parseSqlSources } = require("./sql/parse.js");
const { lintStatements } = require("./rules/engine.js");
const { SQL_RULES } = require("./rules/registry.js");

const work = path.join(root, "bench", ".work", "lint-per-rule");
const corpus = writeCorpus(work);
const text = fs.readFileSync(corpus.big[0], "utf8");
await loadSqlParser();
const time = (fn) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
let parsed;
const parseMs = [0, 1, 2].map(() => time(() => (parsed = parseSqlSources([{ text, file: "all.sql", inTransaction: false }]))));
const allMs = [0, 1, 2].map(() => time(() => lintStatements(parsed.statements, { pgVersion: 15 })));
const median = (xs) => [...xs].sort((a, b) => a - b)[1];
const perRule = SQL_RULES.map((rule) => ({
  id: rule.meta.id,
  ms: median([0, 1, 2].map(() => time(() => lintStatements(parsed.statements, { pgVersion: 15, rules: [rule], only: [rule.meta.id] })))),
})).sort((a, b) => b.ms - a.ms);
console.log(`${parsed.statements.length} statements in one unit`);
console.log(`parse: first ${parseMs[0].toFixed(0)} ms, warm ${median(parseMs).toFixed(0)} ms`);
console.log(`all ${SQL_RULES.length} rules: first ${allMs[0].toFixed(0)} ms, warm ${median(allMs).toFixed(0)} ms`);
console.log("slowest rules (warm):");
for (const r of perRule.slice(0, 15)) console.log(`  ${r.ms.toFixed(1).padStart(7)} ms  ${r.id}`);
