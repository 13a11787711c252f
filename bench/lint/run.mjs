#!/usr/bin/env node
// Lint benchmark: alembic-guard lint vs squawk on the same generated 10,000-statement corpus, in one run.
//   node bench/lint/run.mjs            (AG_CLI=path/to/cli.js to bench another build; BENCH_RUNS=5 for more runs;
//                                       BENCH_NPX=1 also times `npx squawk`, whose npm start-up is not squawk's cost)
// Both tools write JSON (their fastest machine format) and run alternately, so load on the machine hits both.
// Wall time is the median of the runs; max RSS comes from /usr/bin/time (GNU time) when it is installed.
// Many files are linted on worker threads by default (when a core is free that is what users get); the
// "--jobs 1" line is the same run on one thread. On a busy machine compare CPU time, not wall time.
// The "Floor" lines show what any Node + libpg-query linter pays before its first rule: Node start, the fixed cost
// of our lint, and libpg-query parsing the corpus alone (parse-only.cjs), next to squawk's native binary alone.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { writeCorpus } from "./corpus.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const work = path.join(root, "bench", ".work", "lint");
const cli = path.resolve(process.env.AG_CLI ?? path.join(root, "dist", "cli.js"));
const squawk = path.join(root, "node_modules", ".bin", "squawk");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const gnuTime = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

for (const [what, file] of [["alembic-guard CLI (AG_CLI)", cli], ["squawk (npm squawk-cli, a devDependency)", squawk]]) {
  if (!fs.existsSync(file)) {
    console.error(`bench/lint: ${what} not found at ${file}`);
    process.exit(2);
  }
}

function measure(command, args) {
  const full = gnuTime ? [gnuTime, ["-f", "__RSS_KB=%M __CPU_S=%U+%S", command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const res = spawnSync(full[0], full[1], { cwd: work, encoding: "utf8", maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.error) throw res.error;
  const rss = /__RSS_KB=(\d+)/.exec(res.stderr ?? "");
  const cpu = /__CPU_S=([\d.]+)\+([\d.]+)/.exec(res.stderr ?? "");
  const stderr = (res.stderr ?? "").replace(/__RSS_KB=.*\n?/, "").replace(/Command exited with non-zero status \d+\n?/, "");
  if (res.status !== 0 && res.status !== 1) throw new Error(`${command} ${args.slice(0, 3).join(" ")} … exited ${res.status}: ${stderr.slice(0, 500)}`);
  return { wallMs, rssKb: rss ? Number(rss[1]) : undefined, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, stdout: res.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => `${(ms / 1000).toFixed(3)} s`;
const fmtRss = (kb) => (kb === undefined ? "n/a" : `${(kb / 1024).toFixed(0)} MB`);

const corpus = writeCorpus(work);
const rel = (files) => files.map((f) => path.relative(work, f));
const scenarios = [
  { name: `${corpus.many.length} revision files`, files: rel(corpus.many) },
  { name: "one big file", files: rel(corpus.big) },
];
console.log(`bench/lint: ${corpus.statements} statements; ${runs} runs per tool; ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`  ours:   node ${path.relative(root, cli) || cli} lint FILES --format json --fail-on never`);
console.log(`  squawk: ${path.relative(root, squawk)} --reporter json FILES   (the launcher npx squawk runs, without npx's own start-up)`);
console.log("");

const rows = [];
for (const scenario of scenarios) {
  const ours = [];
  const theirs = [];
  const viaNpx = [];
  const oneThread = [];
  for (let i = 0; i < runs; i++) {
    ours.push(measure(process.execPath, [cli, "lint", ...scenario.files, "--format", "json", "--fail-on", "never"]));
    theirs.push(measure(squawk, ["--reporter", "json", ...scenario.files]));
    // Many files are spread over worker threads by default; --jobs 1 shows what one thread does.
    if (scenario.files.length > 1) oneThread.push(measure(process.execPath, [cli, "lint", ...scenario.files, "--format", "json", "--fail-on", "never", "--jobs", "1"]));
    if (process.env.BENCH_NPX) viaNpx.push(measure("npx", ["--no-install", "squawk", "--reporter", "json", ...scenario.files]));
  }
  const ourFindings = JSON.parse(ours[0].stdout).findings.length;
  let theirFindings = "?";
  try {
    const parsed = JSON.parse(theirs[0].stdout);
    theirFindings = Array.isArray(parsed) ? parsed.length : "?";
  } catch {
    // squawk prints nothing parseable for some inputs; the count is informational only
  }
  const row = {
    scenario: scenario.name,
    oursWall: median(ours.map((r) => r.wallMs)),
    squawkWall: median(theirs.map((r) => r.wallMs)),
    oursCpu: gnuTime ? median(ours.map((r) => r.cpuMs)) : undefined,
    squawkCpu: gnuTime ? median(theirs.map((r) => r.cpuMs)) : undefined,
    oursRss: Math.max(...ours.map((r) => r.rssKb ?? 0)) || undefined,
    squawkRss: Math.max(...theirs.map((r) => r.rssKb ?? 0)) || undefined,
    ourFindings,
    theirFindings,
    oneThreadWall: oneThread.length ? median(oneThread.map((r) => r.wallMs)) : undefined,
    oneThreadCpu: oneThread.length && gnuTime ? median(oneThread.map((r) => r.cpuMs)) : undefined,
  };
  if (oneThread.length && oneThread[0].stdout !== ours[0].stdout) throw new Error("--jobs 1 and the default disagree on the findings");
  rows.push(row);
  console.log(`${row.scenario}`);
  const cpu = (ms) => (ms === undefined ? "" : `  cpu ${fmtMs(ms)}`);
  console.log(`  alembic-guard  wall ${fmtMs(row.oursWall)}${cpu(row.oursCpu)}  max RSS ${fmtRss(row.oursRss)}  findings ${row.ourFindings}`);
  if (row.oneThreadWall !== undefined) console.log(`  (--jobs 1)     wall ${fmtMs(row.oneThreadWall)}${cpu(row.oneThreadCpu)}`);
  console.log(`  squawk         wall ${fmtMs(row.squawkWall)}${cpu(row.squawkCpu)}  max RSS ${fmtRss(row.squawkRss)}  findings ${row.theirFindings}`);
  if (viaNpx.length) console.log(`  npx squawk     wall ${fmtMs(median(viaNpx.map((r) => r.wallMs)))}${cpu(median(viaNpx.map((r) => r.cpuMs)))}  (npm's own start-up included)`);
  console.log(`  ratio (ours / squawk wall): ${(row.oursWall / row.squawkWall).toFixed(2)}×   (target ≤ 1.00×)` + (row.oursCpu ? `;  cpu ratio ${(row.oursCpu / row.squawkCpu).toFixed(2)}×` : ""));
  console.log("");
}
// The floor: what any Node + libpg-query linter pays before its first rule runs, next to squawk's native binary.
// The fixed cost is `lint` on a one-statement file (Node start, our bundle, the parser instantiated); the parse is
// libpg-query alone on the corpus (bench/lint/parse-only.cjs), which at best is shared evenly by all cores.
const oneStatement = path.join(work, "one-statement.sql");
fs.writeFileSync(oneStatement, "SELECT 1;\n");
const squawkBinary = (() => {
  try {
    return createRequire(path.join(root, "node_modules", "squawk-cli", "package.json")).resolve(`@squawk-cli/${process.platform}-${process.arch}/bin/squawk`);
  } catch {
    return undefined;
  }
})();
const floorRuns = Math.max(runs, 5);
const medianWall = (command, args) => median(Array.from({ length: floorRuns }, () => measure(command, args).wallMs));
const nodeStart = medianWall(process.execPath, ["-e", "0"]);
const fixed = medianWall(process.execPath, [cli, "lint", path.relative(work, oneStatement), "--format", "json", "--fail-on", "never"]);
const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
console.log(`Floor (the least a Node + libpg-query linter can take here; medians of ${floorRuns})`);
console.log(`  node start, nothing loaded (squawk's npm launcher is a Node script and pays it too)  ${fmtMs(nodeStart)}`);
console.log(`  alembic-guard fixed cost: lint on one statement (Node, bundle, parser instantiated)  ${fmtMs(fixed)}`);
const floors = [];
for (const [i, scenario] of scenarios.entries()) {
  const parses = Array.from({ length: floorRuns }, () => JSON.parse(measure(process.execPath, [path.join(root, "bench", "lint", "parse-only.cjs"), ...scenario.files]).stdout));
  const parseMs = median(parses.map((p) => p.parseMs));
  // Spread over every core even for one file (lint parses a single file on one thread): the kindest floor.
  const threads = cores;
  const floor = fixed + parseMs / threads;
  const native = squawkBinary ? medianWall(squawkBinary, ["--reporter", "json", ...scenario.files]) : undefined;
  floors.push({ scenario: scenario.name, parseMs, threads, floorMs: floor, squawkBinaryMs: native, squawkWallMs: rows[i].squawkWall });
  console.log(`  ${scenario.name}: libpg-query parsing alone ${fmtMs(parseMs)} on one thread` + (native === undefined ? "" : `; squawk's binary alone ${fmtMs(native)}`));
  const left = rows[i].squawkWall - floor;
  console.log(
    `    floor = fixed + parse / ${threads} thread${threads === 1 ? "" : "s"} = ${fmtMs(floor)}: ${(floor / rows[i].squawkWall).toFixed(2)}× squawk's ${fmtMs(rows[i].squawkWall)}` +
      (left > 0 ? `, leaving ${left.toFixed(0)} ms for every rule, the report and the worker threads' start-up` : ", before any rule, report or worker start-up"),
  );
}
console.log("");
fs.writeFileSync(path.join(work, "results.json"), JSON.stringify({ cli, runs, load: os.loadavg(), rows, floor: { nodeStartMs: nodeStart, fixedMs: fixed, scenarios: floors } }, null, 2) + "\n");
console.log(`results: ${path.relative(root, path.join(work, "results.json"))}`);
