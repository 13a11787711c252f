// The parser alone, as alembic-guard drives it: libpg-query's WASM (V8's baseline compiler only, as lint runs it),
// each file parsed in one call and its JSON parse tree decoded. No rules, no report. Prints the milliseconds spent
// parsing (after instantiation) as JSON; bench/lint/run.mjs uses it for the "floor" lines.
//   node bench/lint/parse-only.cjs FILE...
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { isAscii } = require("node:buffer");
require("node:v8").setFlagsFromString("--liftoff-only");

const root = path.resolve(__dirname, "../..");
const factory = require(path.join(root, "node_modules/libpg-query/wasm/libpg-query.js"));

async function main() {
  const files = process.argv.slice(2).map((f) => fs.readFileSync(f));
  const started = performance.now();
  const wasm = await WebAssembly.compile(fs.readFileSync(path.join(root, "dist/libpg-query.wasm")));
  const m = await factory({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasm, imports).then(receive);
      return {};
    },
  });
  const loaded = performance.now();
  let statements = 0;
  for (const sql of files) {
    const query = m._malloc(sql.length + 1);
    m.HEAPU8.set(sql, query);
    m.HEAPU8[query + sql.length] = 0;
    const result = m._wasm_parse_query_raw(query);
    const tree = m.HEAPU32[result >> 2];
    if (tree) {
      const json = Buffer.from(m.HEAPU8.buffer, tree, m.HEAPU8.indexOf(0, tree) - tree);
      statements += (JSON.parse(json.toString(isAscii(json) ? "latin1" : "utf8")).stmts ?? []).length;
    }
    m._wasm_free_parse_result(result);
    m._free(query);
  }
  const parsed = performance.now();
  process.stdout.write(JSON.stringify({ loadMs: loaded - started, parseMs: parsed - loaded, statements }) + "\n");
}
main();
