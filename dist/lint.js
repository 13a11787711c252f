/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 3734:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assetPath = assetPath;
// Runtime assets (.wasm files, the Python driver) live next to the bundle in dist/;
// in development and tests they are found in node_modules / src instead.
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const DEV_LOCATIONS = {
    "libpg-query.wasm": ["node_modules/libpg-query/wasm/libpg-query.wasm"],
    "web-tree-sitter.wasm": ["node_modules/web-tree-sitter/web-tree-sitter.wasm"],
    "tree-sitter-python.wasm": ["node_modules/tree-sitter-python/tree-sitter-python.wasm"],
    "driver.py": ["src/driver/driver.py"],
};
/** Absolute path of a runtime asset; throws with the places it looked. */
function assetPath(name) {
    const tried = [];
    const candidates = [path.join(__dirname, name)];
    // Walk up from this module to find the project root (dev: src/, build/; bundle: dist/).
    let dir = __dirname;
    for (let i = 0; i < 4; i++) {
        for (const rel of DEV_LOCATIONS[name] ?? [])
            candidates.push(path.join(dir, rel));
        dir = path.dirname(dir);
    }
    for (const candidate of candidates) {
        tried.push(candidate);
        if (fs.existsSync(candidate))
            return candidate;
    }
    throw new Error(`runtime asset ${name} not found (looked in: ${tried.join(", ")}); reinstall alembic-guard`);
}


/***/ }),

/***/ 3513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLAGS = void 0;
exports.parseArgs = parseArgs;
exports.usage = usage;
// Command-line parsing: GNU-style flags into RawOptions, validated against the flags each command accepts.
const findings_1 = __nccwpck_require__(2321);
const settings_1 = __nccwpck_require__(3314);
/** Every flag, its kind and the commands that take it. Negations (--no-x) exist for boolean flags. */
exports.FLAGS = {
    config: { kind: "string", commands: ["check", "graph", "roundtrip"], help: "alembic.ini path (default: alembic.ini; falls back to pyproject.toml [tool.alembic])" },
    name: { kind: "string", commands: ["check", "graph", "roundtrip"], help: "alembic.ini section, like alembic -n (default: alembic)" },
    format: { kind: "string", commands: ["check", "graph", "lint", "roundtrip", "rules"], help: "text | json | sarif | gitlab | gcc | markdown (per command)" },
    output: { kind: "string", commands: ["check", "graph", "lint", "roundtrip"], help: "write the report to this file instead of stdout" },
    "fail-on": { kind: "string", commands: ["check", "graph", "lint", "roundtrip"], help: "error | warning | info | never (default: error)" },
    "stdin-filepath": { kind: "string", commands: ["lint"], help: "file name to report for SQL read from stdin (-)" },
    "pg-version": { kind: "string", commands: ["check", "lint", "roundtrip"], help: "PostgreSQL major version the migrations target (default: 15)" },
    "assume-in-transaction": { kind: "boolean", commands: ["lint"], help: "lint .sql files as if they ran inside a transaction" },
    jobs: { kind: "string", commands: ["lint"], help: "threads to lint files on (default: by input size and CPUs; 1 = one thread)" },
    "base-ref": { kind: "string", commands: ["check", "roundtrip"], help: "git ref to compare with; revisions added or changed since it are checked" },
    all: { kind: "boolean", commands: ["check", "roundtrip"], help: "check every revision, not only the changed ones" },
    python: { kind: "string", commands: ["check", "roundtrip"], help: "Python interpreter with alembic importable (default: python3, then /usr/bin/python3)" },
    "database-url": { kind: "string", commands: ["check", "roundtrip"], help: "PostgreSQL server to create a throwaway database on" },
    "no-database": { kind: "boolean", commands: ["check"], help: "use no database: offline/static SQL only, no round trip" },
    "static-only": { kind: "boolean", commands: ["check"], help: "read SQL only from the revision files' source: never run Python or a database (for untrusted code)" },
    "allow-remote-database": { kind: "boolean", commands: ["check", "roundtrip"], help: "allow a --database-url that is not on this machine" },
    "postgres-version": { kind: "string", commands: ["check", "roundtrip"], help: "major version of the local PostgreSQL server to start" },
    roundtrip: { kind: "string", commands: ["check"], help: "auto | true | false (default: auto)" },
    "with-rows": { kind: "boolean", commands: ["check", "roundtrip"], help: "put a synthetic row into empty tables before each revision" },
    drift: { kind: "boolean", commands: ["check", "roundtrip"], help: "compare the models' metadata with the migrated database" },
    "step-timeout": { kind: "string", commands: ["check", "roundtrip"], help: "seconds one upgrade or downgrade may take (default: 120)" },
};
function parseArgs(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
        return { command: "check", raw: {}, args: [], help: true };
    }
    if (!settings_1.COMMANDS.includes(first)) {
        throw new findings_1.UsageError(`unknown command \`${first}\`; commands: ${settings_1.COMMANDS.join(", ")} (alembic-guard --help)`);
    }
    const command = first;
    const raw = {};
    const args = [];
    let help = false;
    for (let i = 0; i < rest.length; i++) {
        const token = rest[i];
        if (token === "--help" || token === "-h") {
            help = true;
            continue;
        }
        if (token === "--") {
            args.push(...rest.slice(i + 1));
            break;
        }
        if (!token.startsWith("--") || token === "-") {
            args.push(token);
            continue;
        }
        const eq = token.indexOf("=");
        let name = token.slice(2, eq === -1 ? undefined : eq);
        let value = eq === -1 ? undefined : token.slice(eq + 1);
        let spec = exports.FLAGS[name];
        if (!spec && name.startsWith("no-") && exports.FLAGS[name.slice(3)]?.kind === "boolean") {
            name = name.slice(3);
            spec = exports.FLAGS[name];
            if (value !== undefined)
                throw new findings_1.UsageError(`--no-${name} takes no value`);
            value = false;
        }
        if (!spec || !spec.commands.includes(command)) {
            throw new findings_1.UsageError(`\`${command}\` does not take --${name}; see alembic-guard ${command} --help`);
        }
        if (spec.kind === "string" && value === undefined) {
            value = rest[++i];
            if (value === undefined)
                throw new findings_1.UsageError(`--${name} needs a value`);
        }
        raw[name] = value ?? true;
    }
    return { command, raw, args, help };
}
function usage(command) {
    const lines = [
        "alembic-guard — keeps Alembic + PostgreSQL migrations safe before they merge",
        "",
        "Usage:",
        "  alembic-guard check [options]          graph checks, SQL lint of changed revisions, round trip on a throwaway PostgreSQL",
        "  alembic-guard graph [options]          revision graph: heads, bases, broken chains",
        "  alembic-guard lint [FILE.sql ...|-]    lint SQL files",
        "  alembic-guard roundtrip [options]      upgrade → downgrade → upgrade each revision on a throwaway PostgreSQL",
        "  alembic-guard rules                    list the rules",
        "  alembic-guard explain RULE             print a rule's documentation",
        "  alembic-guard --version                print the version",
        "",
        "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error.",
        "",
        "Options:",
    ];
    for (const [name, spec] of Object.entries(exports.FLAGS)) {
        if (command && !spec.commands.includes(command))
            continue;
        const shown = spec.kind === "string" ? `--${name} VALUE` : `--[no-]${name}`;
        lines.push(`  ${shown.padEnd(30)} ${spec.help}`);
    }
    return lines.join("\n");
}


/***/ }),

/***/ 2358:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCommandLine = runCommandLine;
exports.runAsProgram = runAsProgram;
// The command-line program around a table of commands: flags → settings → the command → exit code.
// A usage mistake is one line and exit 2; anything unexpected is an internal error with its stack and exit 3.
const args_1 = __nccwpck_require__(3513);
const lint_parallel_1 = __nccwpck_require__(9213);
const findings_1 = __nccwpck_require__(2321);
const settings_1 = __nccwpck_require__(3314);
const version_1 = __nccwpck_require__(8743);
async function runCommandLine(argv, io, cwd, isTTY, commands) {
    try {
        if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
            io.stdout(`alembic-guard ${version_1.VERSION}\n`);
            return 0;
        }
        const parsed = (0, args_1.parseArgs)(argv);
        if (parsed.help) {
            io.stdout((0, args_1.usage)(argv.length > 1 ? parsed.command : undefined) + "\n");
            return 0;
        }
        const settings = (0, settings_1.resolveSettings)(parsed.command, parsed.raw, parsed.args, cwd, isTTY);
        const run = commands[settings.command];
        if (!run)
            throw new findings_1.UsageError(`\`${settings.command}\` is not available in this build`);
        return await run(settings, io);
    }
    catch (error) {
        if (error instanceof findings_1.UsageError) {
            io.stderr(`alembic-guard: ${error.message}\n`);
            return 2;
        }
        const err = error;
        io.stderr(`alembic-guard: internal error: ${err.message}\n${err.stack ?? ""}\nPlease report this with the command you ran.\n`);
        return 3;
    }
}
/**
 * Run as the program the user started: this process's arguments, stdio and exit code. `bundleFile` is the bundle
 * running it, which lint's worker threads start from.
 */
function runAsProgram(commands, bundleFile) {
    (0, lint_parallel_1.setLintWorkerEntry)(bundleFile);
    // `alembic-guard lint … | head`: once the reader is gone the rest of the report has nobody to read it. Stop
    // writing and finish normally (the exit code still says what was found) instead of dying on EPIPE.
    const closed = { stdout: false, stderr: false };
    for (const name of ["stdout", "stderr"]) {
        process[name].on("error", (error) => {
            if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED")
                throw error;
            closed[name] = true;
        });
    }
    const io = {
        stdout: (text) => {
            if (!closed.stdout)
                process.stdout.write(text);
        },
        stderr: (text) => {
            if (!closed.stderr)
                process.stderr.write(text);
        },
        readStdin: async () => {
            const chunks = [];
            for await (const chunk of process.stdin)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        },
    };
    void runCommandLine(process.argv.slice(2), io, process.cwd(), Boolean(process.stderr.isTTY), commands).then((code) => {
        process.exitCode = code;
    });
}


/***/ }),

/***/ 9213:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setLintWorkerEntry = setLintWorkerEntry;
exports.runningAsCliProgram = runningAsCliProgram;
exports.isLintWorkerThread = isLintWorkerThread;
exports.lintWorkerCount = lintWorkerCount;
exports.startLintWorkers = startLintWorkers;
exports.serveLintWorker = serveLintWorker;
// Linting many files on several threads. Each file is its own unit, so files can be linted anywhere; the
// results are put back in input order, so the output is the same as on one thread.
// Threads claim file indexes from one shared counter: whoever is free takes the next file, which balances
// uneven file sizes and lets the main thread start at once while the workers are still starting up.
// Kept free of heavy imports: cli.ts loads it at start-up to recognise a worker thread.
const os = __importStar(__nccwpck_require__(8161));
const node_worker_threads_1 = __nccwpck_require__(5919);
const WORKER_TAG = "alembic-guard lint worker";
let entryFile;
/**
 * The CLI's entry file (the bundle, dist/cli.js), which a worker thread starts from. Set only by the CLI when it
 * runs as a program; without it (tests calling main(), other embedders) linting stays on one thread.
 */
function setLintWorkerEntry(file) {
    entryFile = file;
}
/** Is this the CLI program (not a test or another program calling main())? Only then may lint tune the process. */
function runningAsCliProgram() {
    return entryFile !== undefined;
}
/** Is this thread a lint worker started by startLintWorkers? */
function isLintWorkerThread() {
    return !node_worker_threads_1.isMainThread && node_worker_threads_1.workerData?.tag === WORKER_TAG;
}
/**
 * Below this much SQL per thread a worker's start-up (a new V8 isolate, the bundle, the parser: ~100 ms) costs more
 * than it saves. Measured on 2 cores: 285 KB of revision files, no gain in wall time for 45% more CPU; 470 KB, 8%
 * faster for 35% more CPU; 880 KB, 20% faster.
 */
const MIN_BYTES_PER_WORKER = 512 * 1024;
/**
 * How many worker threads to add for files of these sizes: none for small inputs or when workers are unavailable;
 * `jobs` (--jobs) is the total number of threads, the main thread included.
 */
function lintWorkerCount(sizes, jobs) {
    if (!entryFile || sizes.length < 2)
        return 0;
    const total = sizes.reduce((a, b) => a + b, 0);
    const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    const wanted = jobs ?? Math.min(cores, Math.floor(total / MIN_BYTES_PER_WORKER) + 1);
    return Math.max(0, Math.min(wanted, sizes.length) - 1);
}
/** Start `workers` worker threads for a job over `count` files (none when the CLI entry is unknown). */
function startLintWorkers(count, workers, job) {
    const counter = new SharedArrayBuffer(4);
    const next = new Int32Array(counter);
    const outcomes = new Array(count);
    let filled = 0;
    const record = (index, outcome) => {
        if (outcomes[index] === undefined)
            filled++;
        outcomes[index] = outcome;
    };
    const pool = [];
    let reported = 0;
    let wake = () => { };
    const allIn = new Promise((resolve) => (wake = resolve));
    const workerDone = () => {
        reported++;
        if (reported === pool.length || filled === count)
            wake();
    };
    for (let w = 0; w < workers && entryFile; w++) {
        const data = { tag: WORKER_TAG, job, counter, count };
        const worker = new node_worker_threads_1.Worker(entryFile, { workerData: data, stdout: false, stderr: false });
        pool.push(worker);
        let done = false;
        const once = () => {
            if (!done)
                (done = true), workerDone();
        };
        worker.on("message", (batch) => {
            for (const [index, outcome] of batch)
                record(index, outcome);
            once();
        });
        // A worker that fails or exits without reporting leaves its files to this thread (redone below).
        worker.on("error", once);
        worker.on("exit", once);
    }
    return {
        stop() {
            for (const worker of pool)
                void worker.terminate();
        },
        async run(wasmModule, lintOne) {
            // The parser module goes to the workers as soon as it is compiled; they instantiate it, not compile it again.
            for (const worker of pool)
                worker.postMessage({ wasmModule });
            for (;;) {
                const index = Atomics.add(next, 0, 1);
                if (index >= count)
                    break;
                record(index, runOne(lintOne, index));
            }
            // Every file is claimed now. Files still missing belong to workers: wait for them (not for idle ones).
            if (filled < count && pool.length > 0)
                await allIn;
            for (const worker of pool)
                void worker.terminate();
            for (let index = 0; index < count; index++)
                if (outcomes[index] === undefined)
                    outcomes[index] = runOne(lintOne, index);
            return outcomes;
        },
    };
}
function runOne(lintOne, index) {
    try {
        return { ok: lintOne(index) };
    }
    catch (error) {
        const e = error;
        return { error: { message: e.message, usage: e?.name === "UsageError", stack: e.stack } };
    }
}
/** Worker side: claim files until none are left, lint each with `lintOne`, send all outcomes back at once. */
async function serveLintWorker(prepare) {
    const data = node_worker_threads_1.workerData;
    // The main thread sends the compiled parser once it has it (see run()).
    const first = await new Promise((resolve) => node_worker_threads_1.parentPort.once("message", resolve));
    const lintOne = await prepare({ ...data, wasmModule: first.wasmModule });
    const next = new Int32Array(data.counter);
    const batch = [];
    for (;;) {
        const index = Atomics.add(next, 0, 1);
        if (index >= data.count)
            break;
        batch.push([index, runOne(lintOne, index)]);
    }
    node_worker_threads_1.parentPort.postMessage(batch);
}


/***/ }),

/***/ 3909:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lintSqlTexts = lintSqlTexts;
exports.runLint = runLint;
exports.runLintWorkerThread = runLintWorkerThread;
// `alembic-guard lint [FILE.sql|DIR ...] [-]`: lint plain SQL files (or stdin) with the SQL rules.
// Each file is one unit: objects it creates and settings it makes are known to its later statements.
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const v8 = __importStar(__nccwpck_require__(8877));
const findings_1 = __nccwpck_require__(2321);
const report_1 = __nccwpck_require__(2122);
const engine_1 = __nccwpck_require__(9857);
const parse_1 = __nccwpck_require__(6659);
const pg_wasm_1 = __nccwpck_require__(8196);
const lint_parallel_1 = __nccwpck_require__(9213);
const suppress_1 = __nccwpck_require__(9969);
const output_1 = __nccwpck_require__(1261);
const paths_1 = __nccwpck_require__(1255);
const SKIPPED_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox"]);
/** Lint .sql file contents already in memory (one unit per entry), sorted; `await loadSqlParser()` first. */
function lintSqlTexts(inputs, options) {
    const findings = [];
    for (const input of inputs)
        findings.push(...lintSqlFile(input.file, input.bytes, options).findings);
    return (0, findings_1.sortFindings)(findings);
}
/** One file: decode (reporting invalid UTF-8), lint as one unit. Findings unsorted. */
function lintSqlFile(file, bytes, options) {
    const { text, problem } = (0, parse_1.decodeSqlBytes)(bytes, file);
    // The parser wants UTF-8 bytes: hand over the ones read, unless decoding changed them (BOM, invalid UTF-8).
    const exact = !problem && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
    const findings = (0, engine_1.lintSources)([{ text, file, inTransaction: options.assumeInTransaction, bytes: exact ? bytes : undefined }], options);
    if (problem) {
        const f = (0, engine_1.syntaxErrorFinding)(problem, options);
        if (f)
            findings.unshift(f);
    }
    return { findings, text };
}
async function runLint(settings, io) {
    if (!report_1.FINDINGS_FORMATS.includes(settings.format)) {
        throw new findings_1.UsageError(`lint does not write --format ${settings.format}; use one of ${report_1.FINDINGS_FORMATS.join(", ")}`);
    }
    const inputs = collectInputs(settings, io);
    const sizes = inputs.map((i) => i.size);
    skipOptimisingCompilerForShortRuns(sizes.reduce((a, b) => a + b, 0));
    const options = { pgVersion: settings.pgVersion, severities: settings.rules, assumeInTransaction: settings.assumeInTransaction };
    const keepTexts = settings.format === "text";
    // Worker threads take ~100 ms to boot: start them before loading the parser here.
    const workers = inputs.every((i) => i.absolute) ? (0, lint_parallel_1.lintWorkerCount)(sizes, settings.jobs) : 0;
    const job = { files: inputs.map((i) => ({ file: i.file, absolute: i.absolute ?? "" })), options, keepTexts };
    const pool = workers > 0 ? (0, lint_parallel_1.startLintWorkers)(inputs.length, workers, job) : undefined;
    try {
        await (0, parse_1.loadSqlParser)();
    }
    catch (error) {
        pool?.stop();
        throw error;
    }
    const texts = new Map();
    const findings = [];
    const add = (file, unit) => {
        for (const f of unit.findings)
            findings.push(f);
        // Code frames need the text; keep it only when a finding will show it.
        if (keepTexts && unit.findings.length > 0 && unit.text !== undefined)
            texts.set(file, unit.text);
    };
    if (pool) {
        const outcomes = await pool.run((0, pg_wasm_1.compiledPgWasm)(), lintJobFile(job));
        outcomes.forEach((outcome, index) => {
            if ("error" in outcome)
                throw outcome.error.usage ? new findings_1.UsageError(outcome.error.message) : Object.assign(new Error(outcome.error.message), { stack: outcome.error.stack });
            add(inputs[index].file, outcome.ok);
        });
    }
    else {
        for (const input of inputs) {
            const unit = lintSqlFile(input.file, await input.read(), options);
            add(input.file, unit);
        }
    }
    (0, findings_1.sortFindings)(findings);
    const colour = settings.format === "text" && !settings.output && Boolean(process.stdout.isTTY);
    const report = (0, report_1.renderFindings)(settings.format, findings, {
        colour,
        sourceText: (file) => texts.get(file),
        filesChecked: inputs.length,
    });
    (0, output_1.writeReport)(settings, io, report);
    return (0, findings_1.exitCodeFor)(findings, settings.failOn);
}
/** Lint file `index` of a job: read, decode, lint; the text comes back only when code frames may need it. */
function lintJobFile(job) {
    return (index) => {
        const { file, absolute } = job.files[index];
        const unit = lintSqlFile(file, readFile(absolute, file), job.options);
        return { findings: unit.findings, text: job.keepTexts && unit.findings.length > 0 ? unit.text : undefined };
    };
}
/** Worker-thread side of `lint` (started by startLintWorkers from the CLI bundle). */
async function runLintWorkerThread() {
    await (0, lint_parallel_1.serveLintWorker)(async (data) => {
        await (0, parse_1.loadSqlParser)(data.wasmModule);
        return lintJobFile(data.job);
    });
}
/** Above this much SQL in one run, V8's optimising compiler pays for itself (measured: 4.8 MB and 10 MB files lint faster with it). */
const OPTIMISE_ABOVE_BYTES = 3 * 1024 * 1024;
/**
 * A lint run over a few MB of SQL is over before most of what TurboFan compiles (on background threads) is used:
 * on the 10,000-statement bench corpus it burns a third of the process's CPU time for no gain in wall time.
 * Leave the short runs to V8's interpreter and baseline compiler. The flag is process-wide (workers included)
 * and only affects code not yet optimised, which at this point is all of the linter. Only the CLI program does
 * this: a test or another program calling main() keeps its process as it is.
 */
function skipOptimisingCompilerForShortRuns(totalBytes) {
    if ((0, lint_parallel_1.runningAsCliProgram)() && totalBytes < OPTIMISE_ABOVE_BYTES)
        v8.setFlagsFromString("--no-opt");
}
/** Files named on the command line (directories: every *.sql below them), minus `exclude`; `-` is stdin. */
function collectInputs(settings, io) {
    if (settings.args.length === 0) {
        throw new findings_1.UsageError("lint needs SQL to check: alembic-guard lint FILE.sql [DIR ...], or `-` to read stdin (with --stdin-filepath NAME)");
    }
    const inputs = [];
    const seen = new Set();
    const cwd = path.resolve(settings.cwd); // normalised once: relativePosix's fast path compares prefixes
    const add = (absolute, size) => {
        const file = relativePosix(cwd, absolute);
        if (seen.has(file) || (0, suppress_1.isExcluded)(file, settings.exclude))
            return;
        seen.add(file);
        inputs.push({ file, read: async () => readFile(absolute, file), absolute, size });
    };
    for (const arg of settings.args) {
        if (arg === "-") {
            const file = settings.stdinFilepath ? relativePosix(cwd, path.resolve(cwd, settings.stdinFilepath)) : "<stdin>";
            if (seen.has(file))
                throw new findings_1.UsageError("`-` (stdin) can be given only once");
            seen.add(file);
            if (!(0, suppress_1.isExcluded)(file, settings.exclude))
                inputs.push({ file, read: () => io.readStdin(), size: 0 });
            continue;
        }
        const absolute = path.resolve(cwd, arg);
        let stat;
        try {
            stat = fs.statSync(absolute);
        }
        catch {
            throw new findings_1.UsageError(`lint: ${arg} does not exist`);
        }
        if (stat.isDirectory()) {
            for (const file of sqlFilesUnder(absolute))
                add(file, sizeOf(file));
        }
        else
            add(absolute, stat.size);
    }
    return inputs;
}
function sqlFilesUnder(dir) {
    const out = [];
    const walk = (d) => {
        let entries;
        try {
            entries = fs.readdirSync(d, { withFileTypes: true });
        }
        catch (error) {
            throw new findings_1.UsageError(`lint: cannot read directory ${d}: ${error.code ?? error.message}`);
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    walk(full);
            }
            else if (entry.isFile() && entry.name.toLowerCase().endsWith(".sql"))
                out.push(full);
        }
    };
    walk(dir);
    return out;
}
function readFile(absolute, shown) {
    try {
        return fs.readFileSync(absolute);
    }
    catch (error) {
        throw new findings_1.UsageError(`lint: cannot read ${shown}: ${error.code ?? error.message}`);
    }
}
function sizeOf(absolute) {
    try {
        return fs.statSync(absolute).size;
    }
    catch {
        return 0; // reported when the file is read
    }
}
/** `absolute` as the report names it: relative to `cwd`, or its own name when it is the working directory itself. */
function relativePosix(cwd, absolute) {
    return (0, paths_1.relativePath)(cwd, absolute) || path.basename(absolute);
}


/***/ }),

/***/ 1261:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PIECE_LENGTH = void 0;
exports.writeReport = writeReport;
exports.sourceReader = sourceReader;
// Where a command's report goes: --output FILE, or stdout. One place, so every command fails the same way.
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const findings_1 = __nccwpck_require__(2321);
function writeReport(settings, io, text) {
    if (!settings.output) {
        writeInPieces(io.stdout, text);
        return;
    }
    try {
        fs.mkdirSync(path.dirname(settings.output), { recursive: true });
        fs.writeFileSync(settings.output, text);
    }
    catch (error) {
        throw new findings_1.UsageError(`cannot write --output ${settings.output}: ${error.code ?? error.message}`);
    }
}
/** Characters per stdout write for a long report. */
exports.PIECE_LENGTH = 1 << 13;
/**
 * Hand a long report to stdout in pieces. Each write encodes its string to UTF-8 first: in one go, a multi-megabyte
 * report needs a fresh buffer as large as itself, which is slow to fault in; piece by piece, Node encodes into
 * memory it reuses. 5.7 MB of JSON from the 10,000-statement bench, first write to exit: into a pipe 31 → 17 ms,
 * into a file 28 → 22 ms (8K-character pieces measured best, 64K ones gained half as much).
 * The bytes written are the same; a surrogate pair is never split across two writes.
 */
function writeInPieces(write, text) {
    if (text.length <= exports.PIECE_LENGTH) {
        write(text);
        return;
    }
    for (let from = 0; from < text.length;) {
        let to = Math.min(text.length, from + exports.PIECE_LENGTH);
        while (to < text.length && (text.charCodeAt(to) & 0xfc00) === 0xdc00)
            to++; // a low surrogate stays with its pair
        write(text.slice(from, to));
        from = to;
    }
}
/** Reads a finding's file (relative to the working directory) for code frames; undefined when it cannot. */
function sourceReader(settings) {
    return (file) => {
        try {
            return fs.readFileSync(path.resolve(settings.cwd, file), "utf8");
        }
        catch {
            return undefined;
        }
    };
}


/***/ }),

/***/ 2321:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The one Finding shape every stage produces and every reporter consumes.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageError = exports.DOCS_BASE = exports.SEVERITY_RANK = void 0;
exports.docsUrl = docsUrl;
exports.atOrAbove = atOrAbove;
exports.exitCodeFor = exitCodeFor;
exports.sortFindings = sortFindings;
exports.countBySeverity = countBySeverity;
exports.SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
exports.DOCS_BASE = "https://github.com/alembic-guard/alembic-guard/blob/main/rules";
function docsUrl(rule) {
    return `${exports.DOCS_BASE}/${rule}.md`;
}
function atOrAbove(severity, failOn) {
    if (failOn === "never")
        return false;
    return exports.SEVERITY_RANK[severity] >= exports.SEVERITY_RANK[failOn];
}
/** Exit code contract: 0 = nothing at or above fail-on, 1 = findings. (2 = usage/config error, raised elsewhere.) */
function exitCodeFor(findings, failOn) {
    return findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}
/** Stable order: file, line, column, severity (most severe first), rule. */
function sortFindings(findings) {
    // Same order as comparing with localeCompare, but each distinct file and rule name is collated once, not once
    // per comparison: ICU collation dominated sorting the ~7,500 findings of a 10,000-statement lint run.
    const fileRank = collationRanks(findings.map((f) => f.file));
    const ruleRank = collationRanks(findings.map((f) => f.rule));
    return findings.sort((a, b) => fileRank.get(a.file) - fileRank.get(b.file) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0) ||
        exports.SEVERITY_RANK[b.severity] - exports.SEVERITY_RANK[a.severity] ||
        ruleRank.get(a.rule) - ruleRank.get(b.rule));
}
/** Position of each distinct string in localeCompare order; strings localeCompare calls equal share a rank. */
function collationRanks(values) {
    const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
    const ranks = new Map();
    distinct.forEach((value, i) => ranks.set(value, i > 0 && distinct[i - 1].localeCompare(value) === 0 ? ranks.get(distinct[i - 1]) : i));
    return ranks;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** A user-facing failure of the run itself (bad flag, missing config): exit 2 with one line, never a stack trace. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = "UsageError";
    }
}
exports.UsageError = UsageError;


/***/ }),

/***/ 1255:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.relativePath = relativePath;
// File names as findings show them: relative to the working directory, with `/` separators on every OS.
const path = __importStar(__nccwpck_require__(6760));
const SEP_CODE = path.sep.charCodeAt(0);
const DOT_DOT_SEGMENT = `${path.sep}..${path.sep}`;
const DOT_SEGMENT = `${path.sep}.${path.sep}`;
/** Path relative to cwd with posix separators (the form every finding uses). */
function relativePath(cwd, file) {
    // Fast path for the common case (thousands of files under the working directory): path.relative resolves both
    // paths again on every call.
    if (file.charCodeAt(cwd.length) === SEP_CODE && file.startsWith(cwd) && !file.includes(DOT_DOT_SEGMENT) && !file.includes(DOT_SEGMENT)) {
        const rest = file.slice(cwd.length + 1);
        return path.sep === "/" ? rest : rest.split(path.sep).join("/");
    }
    return path.relative(cwd, file).split(path.sep).join("/");
}


/***/ }),

/***/ 4416:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// A one-line code frame: the source line a finding points at, with a caret under its column.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.codeFrame = codeFrame;
const MAX_WIDTH = 140;
const PLAIN = { gutter: (t) => t, caret: (t) => t };
/**
 * Lines such as
 *    12 | CREATE INDEX ix_users_email ON users (email);
 *       |                                ^
 * Tabs become spaces so the caret lines up; very long lines are cut around the column.
 */
function codeFrame(sourceLine, line, column, style = PLAIN) {
    // Control characters (NUL bytes in a broken file) would garble the terminal: show them as U+FFFD, same width.
    // Most lines have no tab, CR or control character: test once instead of replacing three times.
    let text = /[\t\r\u0000-\u0008\u000b-\u001f\u007f]/.test(sourceLine) ? cleanLine(sourceLine) : sourceLine;
    let caretAt = column === undefined ? undefined : Math.max(0, expandedColumn(sourceLine, column) - 1);
    if (text.length > MAX_WIDTH) {
        const from = Math.max(0, Math.min((caretAt ?? 0) - Math.floor(MAX_WIDTH / 2), text.length - MAX_WIDTH));
        const cut = text.slice(from, from + MAX_WIDTH);
        text = (from > 0 ? "…" : "") + cut + (from + MAX_WIDTH < text.length ? "…" : "");
        if (caretAt !== undefined)
            caretAt = caretAt - from + (from > 0 ? 1 : 0);
    }
    const number = String(line);
    const pad = " ".repeat(number.length);
    const out = [`${style.gutter(` ${number} |`)} ${text}`];
    if (caretAt !== undefined)
        out.push(`${style.gutter(` ${pad} |`)} ${" ".repeat(caretAt)}${style.caret("^")}`);
    return out;
}
function cleanLine(sourceLine) {
    return sourceLine
        .replace(/\r$/, "")
        .replace(/\t/g, "    ")
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd");
}
/** The 1-based column after tabs were expanded to four spaces. */
function expandedColumn(sourceLine, column) {
    if (!sourceLine.includes("\t"))
        return column;
    const before = sourceLine.slice(0, column - 1);
    return column + (before.split("\t").length - 1) * 3;
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderGcc = renderGcc;
const GCC_SEVERITY = { error: "error", warning: "warning", info: "note" };
function renderGcc(findings) {
    return findings
        .map((f) => {
        const where = `${f.file}:${f.line}:${f.column !== undefined ? `${f.column}:` : ""}`;
        return `${where} ${GCC_SEVERITY[f.severity]}: ${f.message.replace(/\s*\n\s*/g, " ")} [${f.rule}]\n`;
    })
        .join("");
}


/***/ }),

/***/ 9119:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findingFingerprints = findingFingerprints;
exports.renderGitlab = renderGitlab;
// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues.
// Fingerprints do not depend on line numbers, so a finding keeps its identity when code above it moves.
const node_crypto_1 = __nccwpck_require__(7598);
const GITLAB_SEVERITY = { error: "critical", warning: "major", info: "info" };
/**
 * A stable identity per finding: rule, file and the statement text (or message), plus how many identical
 * findings came before it in the list (two identical statements in one file stay distinct).
 */
function findingFingerprints(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const subject = (f.sql ?? f.message).replace(/\s+/g, " ").trim();
        const base = `${f.rule}\u0000${f.file}\u0000${subject}\u0000${f.revision ?? ""}`;
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        return (0, node_crypto_1.createHash)("md5").update(`${base}\u0000${occurrence}`).digest("hex");
    });
}
function renderGitlab(findings) {
    const fingerprints = findingFingerprints(findings);
    const issues = findings.map((f, i) => ({
        type: "issue",
        check_name: f.rule,
        description: `${f.message} (${f.rule})`,
        content: { body: `${f.confirmed ? `${f.confirmed}\n\n` : ""}${f.help}\n\n${f.docs}` },
        categories: ["Bug Risk"],
        severity: GITLAB_SEVERITY[f.severity],
        fingerprint: fingerprints[i],
        location: { path: f.file, lines: { begin: f.line } },
    }));
    return JSON.stringify(issues, null, 2) + "\n";
}


/***/ }),

/***/ 2122:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FINDINGS_FORMATS = exports.codeFrame = exports.summaryLine = exports.renderText = exports.SARIF_SCHEMA = exports.sarifUri = exports.renderSarif = exports.renderJson = exports.findingFingerprints = exports.renderGitlab = exports.renderGcc = void 0;
exports.renderFindings = renderFindings;
const findings_1 = __nccwpck_require__(2321);
const gcc_1 = __nccwpck_require__(389);
const gitlab_1 = __nccwpck_require__(9119);
const json_1 = __nccwpck_require__(7522);
const sarif_1 = __nccwpck_require__(5375);
const text_1 = __nccwpck_require__(8203);
var gcc_2 = __nccwpck_require__(389);
Object.defineProperty(exports, "renderGcc", ({ enumerable: true, get: function () { return gcc_2.renderGcc; } }));
var gitlab_2 = __nccwpck_require__(9119);
Object.defineProperty(exports, "renderGitlab", ({ enumerable: true, get: function () { return gitlab_2.renderGitlab; } }));
Object.defineProperty(exports, "findingFingerprints", ({ enumerable: true, get: function () { return gitlab_2.findingFingerprints; } }));
var json_2 = __nccwpck_require__(7522);
Object.defineProperty(exports, "renderJson", ({ enumerable: true, get: function () { return json_2.renderJson; } }));
var sarif_2 = __nccwpck_require__(5375);
Object.defineProperty(exports, "renderSarif", ({ enumerable: true, get: function () { return sarif_2.renderSarif; } }));
Object.defineProperty(exports, "sarifUri", ({ enumerable: true, get: function () { return sarif_2.sarifUri; } }));
Object.defineProperty(exports, "SARIF_SCHEMA", ({ enumerable: true, get: function () { return sarif_2.SARIF_SCHEMA; } }));
var text_2 = __nccwpck_require__(8203);
Object.defineProperty(exports, "renderText", ({ enumerable: true, get: function () { return text_2.renderText; } }));
Object.defineProperty(exports, "summaryLine", ({ enumerable: true, get: function () { return text_2.summaryLine; } }));
var codeframe_1 = __nccwpck_require__(4416);
Object.defineProperty(exports, "codeFrame", ({ enumerable: true, get: function () { return codeframe_1.codeFrame; } }));
exports.FINDINGS_FORMATS = ["text", "json", "sarif", "gitlab", "gcc"];
/** Render a flat list of findings (lint, or any stage's findings) in one of the machine or human formats. */
function renderFindings(format, findings, options = {}) {
    switch (format) {
        case "text":
            return (0, text_1.renderText)(findings, options);
        case "json":
            return (0, json_1.renderJson)(findings);
        case "sarif":
            return (0, sarif_1.renderSarif)(findings, options);
        case "gitlab":
            return (0, gitlab_1.renderGitlab)(findings);
        case "gcc":
            return (0, gcc_1.renderGcc)(findings);
        default:
            throw new findings_1.UsageError(`--format ${format} is not available here; use one of ${exports.FINDINGS_FORMATS.join(", ")}`);
    }
}


/***/ }),

/***/ 7522:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderJson = renderJson;
function renderJson(findings) {
    return JSON.stringify({ findings }) + "\n";
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SARIF_SCHEMA = void 0;
exports.sarifUri = sarifUri;
exports.renderSarif = renderSarif;
// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run, the rules that have results
// (with their docs as helpUri), one result per finding with a physical location.
const findings_1 = __nccwpck_require__(2321);
const registry_1 = __nccwpck_require__(9072);
const gitlab_1 = __nccwpck_require__(9119);
const version_1 = __nccwpck_require__(8743);
exports.SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" };
/** A relative posix path as a SARIF URI reference (spaces and other reserved characters percent-encoded). */
function sarifUri(file) {
    return file
        .replace(/\\/g, "/")
        .split("/")
        .map((part) => encodeURIComponent(part))
        .join("/");
}
function renderSarif(findings, options = {}) {
    const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map((id) => {
        const meta = (0, registry_1.ruleMeta)(id);
        const level = meta && meta.defaultSeverity !== "off" ? SARIF_LEVEL[meta.defaultSeverity] : "warning";
        return {
            id,
            name: id
                .split("-")
                .map((w) => w[0].toUpperCase() + w.slice(1))
                .join(""),
            shortDescription: { text: meta?.summary ?? id },
            helpUri: (0, findings_1.docsUrl)(id),
            help: { text: `${meta?.summary ?? id} See ${(0, findings_1.docsUrl)(id)}` },
            defaultConfiguration: { level, enabled: meta?.defaultSeverity !== "off" },
            properties: { tags: [meta?.family ?? "alembic-guard"] },
        };
    });
    const fingerprints = (0, gitlab_1.findingFingerprints)(findings);
    const results = findings.map((f, i) => {
        const region = { startLine: Math.max(1, f.line) };
        if (f.column !== undefined)
            region.startColumn = Math.max(1, f.column);
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: `${f.message}${f.confirmed ? `\n${f.confirmed}` : ""}\nHelp: ${f.help}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(f.file), uriBaseId: "%SRCROOT%" }, region } }],
            partialFingerprints: { "alembicGuard/v1": fingerprints[i] },
            ...(f.revision || f.confirmed ? { properties: { ...(f.revision ? { revision: f.revision } : {}), ...(f.confirmed ? { confirmed: f.confirmed } : {}) } } : {}),
        };
    });
    const log = {
        $schema: exports.SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "alembic-guard",
                        informationUri: findings_1.DOCS_BASE.replace(/\/blob\/main\/rules$/, ""),
                        version: options.toolVersion ?? version_1.VERSION,
                        rules,
                    },
                },
                results,
                columnKind: "utf16CodeUnits",
            },
        ],
    };
    return JSON.stringify(log, null, 2) + "\n";
}


/***/ }),

/***/ 8203:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderText = renderText;
exports.summaryLine = summaryLine;
// Human output: one block per finding (code frame, message, help, docs link) and a summary line.
// Colour only when asked (the caller decides: stdout is a TTY and no --output).
const findings_1 = __nccwpck_require__(2321);
const codeframe_1 = __nccwpck_require__(4416);
const ANSI = { red: 31, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 };
function renderText(findings, options = {}) {
    const paint = options.colour ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
    const style = { gutter: (t) => paint(ANSI.blue, t), caret: (t) => paint(ANSI.red, t) };
    // The fixed parts of a block, painted once (a lint run can print thousands of findings).
    const severityLabel = {
        error: paint(ANSI.red, paint(ANSI.bold, "error")),
        warning: paint(ANSI.yellow, paint(ANSI.bold, "warning")),
        info: paint(ANSI.blue, paint(ANSI.bold, "info")),
    };
    const arrow = `\n  ${paint(ANSI.blue, "-->")} `;
    const helpLabel = `\n  ${paint(ANSI.cyan, "= help:")} `;
    const lineCache = new Map();
    const sourceLine = (file, line) => {
        if (!lineCache.has(file))
            lineCache.set(file, options.sourceText?.(file)?.split("\n"));
        return lineCache.get(file)?.[line - 1];
    };
    const blocks = [];
    for (const f of findings) {
        let block = `${severityLabel[f.severity]}${paint(ANSI.bold, `[${f.rule}]`)}: ${f.message}${arrow}${f.file}:${f.line}`;
        if (f.column !== undefined)
            block += `:${f.column}`;
        if (f.revision)
            block += ` (revision ${f.revision})`;
        const src = sourceLine(f.file, f.line);
        if (src !== undefined && src.trim() !== "")
            block += "\n" + (0, codeframe_1.codeFrame)(src, f.line, f.column, style).join("\n");
        else if (f.sql)
            block += "\n" + (0, codeframe_1.codeFrame)(firstLine(f.sql), f.line, undefined, style).join("\n");
        block += `${helpLabel}${f.help}\n  ${paint(ANSI.dim, `= docs: ${f.docs}`)}`;
        // The round trip's evidence reads "confirmed on PostgreSQL 15: …" already.
        if (f.confirmed)
            block += `\n  = ${/^confirmed\b/i.test(f.confirmed) ? f.confirmed : `confirmed: ${f.confirmed}`}`;
        blocks.push(block);
    }
    blocks.push(summaryLine(findings, options.filesChecked));
    return blocks.join("\n\n") + "\n";
}
function firstLine(text) {
    const end = text.indexOf("\n");
    return end === -1 ? text : text.slice(0, end);
}
function summaryLine(findings, filesChecked) {
    const files = filesChecked === undefined ? "" : ` in ${filesChecked} file${filesChecked === 1 ? "" : "s"}`;
    if (findings.length === 0)
        return `No findings${files}.`;
    const counts = (0, findings_1.countBySeverity)(findings);
    const parts = ["error", "warning", "info"].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
    return `${findings.length} finding${findings.length === 1 ? "" : "s"}${files}: ${parts.join(", ")}.`;
}


/***/ }),

/***/ 1598:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BREAKING_RULES = void 0;
const ban_drop_column_1 = __nccwpck_require__(6734);
const ban_drop_database_1 = __nccwpck_require__(4701);
const ban_drop_not_null_1 = __nccwpck_require__(7685);
const ban_drop_schema_1 = __nccwpck_require__(567);
const ban_drop_table_1 = __nccwpck_require__(9010);
const ban_truncate_cascade_1 = __nccwpck_require__(5355);
const renaming_column_1 = __nccwpck_require__(1138);
const renaming_enum_value_1 = __nccwpck_require__(9869);
const renaming_table_1 = __nccwpck_require__(7742);
exports.BREAKING_RULES = [
    ban_drop_column_1.banDropColumn,
    ban_drop_database_1.banDropDatabase,
    ban_drop_not_null_1.banDropNotNull,
    ban_drop_schema_1.banDropSchema,
    ban_drop_table_1.banDropTable,
    ban_truncate_cascade_1.banTruncateCascade,
    renaming_column_1.renamingColumn,
    renaming_enum_value_1.renamingEnumValue,
    renaming_table_1.renamingTable,
];


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DATA_RULES = void 0;
const delete_without_where_1 = __nccwpck_require__(3810);
const untyped_null_in_insert_select_1 = __nccwpck_require__(5114);
const update_without_where_1 = __nccwpck_require__(7984);
exports.DATA_RULES = [delete_without_where_1.deleteWithoutWhere, untyped_null_in_insert_select_1.untypedNullInInsertSelect, update_without_where_1.updateWithoutWhere];


/***/ }),

/***/ 7415:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GRAPH_RULE_METAS = void 0;
exports.GRAPH_RULE_METAS = [
    {
        id: "duplicate-revision",
        family: "graph",
        defaultSeverity: "error",
        summary: "Two revision files declare the same revision id; Alembic silently keeps only one of them.",
    },
    {
        id: "filename-convention",
        family: "graph",
        defaultSeverity: "off",
        summary: 'With naming = "sequential": file names need a zero-padded number that increases along the chain, no number used twice.',
    },
    {
        id: "missing-parent",
        family: "graph",
        defaultSeverity: "error",
        summary: "A down_revision or depends_on names a revision that no file declares.",
    },
    {
        id: "multiple-bases",
        family: "graph",
        defaultSeverity: "warning",
        summary: "More than one revision has down_revision = None and none of the extra roots carries a branch label.",
    },
    {
        id: "multiple-heads",
        family: "graph",
        defaultSeverity: "error",
        summary: "The history has more than one head, so `alembic upgrade head` fails until the heads are merged.",
    },
    {
        id: "parse-error",
        family: "graph",
        defaultSeverity: "error",
        summary: "A revision file that Python or Alembic cannot load (syntax error, bad encoding, no revision id).",
    },
    {
        id: "revision-cycle",
        family: "graph",
        defaultSeverity: "error",
        summary: "Revisions whose down_revision / depends_on chain loops back on itself.",
    },
    {
        id: "unresolved-value",
        family: "graph",
        defaultSeverity: "info",
        summary: "revision, down_revision, branch_labels or depends_on is not a literal, so it cannot be read without running the file.",
    },
];


/***/ }),

/***/ 2760:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HYGIENE_RULES = void 0;
const ban_char_field_1 = __nccwpck_require__(5455);
const ban_duplicate_column_assignments_1 = __nccwpck_require__(1703);
const identifier_too_long_1 = __nccwpck_require__(5769);
const prefer_bigint_over_int_1 = __nccwpck_require__(1181);
const prefer_bigint_over_smallint_1 = __nccwpck_require__(2346);
const prefer_identity_1 = __nccwpck_require__(8539);
const prefer_jsonb_over_json_1 = __nccwpck_require__(3315);
const prefer_timestamptz_1 = __nccwpck_require__(4803);
const require_enum_value_ordering_1 = __nccwpck_require__(1562);
const require_table_schema_1 = __nccwpck_require__(4504);
exports.HYGIENE_RULES = [
    ban_char_field_1.banCharField,
    ban_duplicate_column_assignments_1.banDuplicateColumnAssignments,
    identifier_too_long_1.identifierTooLong,
    prefer_bigint_over_int_1.preferBigintOverInt,
    prefer_bigint_over_smallint_1.preferBigintOverSmallint,
    prefer_identity_1.preferIdentity,
    prefer_jsonb_over_json_1.preferJsonbOverJson,
    prefer_timestamptz_1.preferTimestamptz,
    require_enum_value_ordering_1.requireEnumValueOrdering,
    require_table_schema_1.requireTableSchema,
];


/***/ }),

/***/ 4623:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCK_RULES = void 0;
const adding_exclusion_constraint_1 = __nccwpck_require__(1812);
const adding_field_with_default_1 = __nccwpck_require__(1031);
const adding_foreign_key_constraint_1 = __nccwpck_require__(5754);
const adding_not_nullable_field_1 = __nccwpck_require__(740);
const adding_required_field_1 = __nccwpck_require__(8768);
const adding_serial_primary_key_field_1 = __nccwpck_require__(3456);
const ban_alter_domain_with_add_constraint_1 = __nccwpck_require__(790);
const ban_create_domain_with_constraint_1 = __nccwpck_require__(7622);
const changing_column_type_1 = __nccwpck_require__(405);
const constraint_missing_not_valid_1 = __nccwpck_require__(2763);
const disallowed_unique_constraint_1 = __nccwpck_require__(2418);
const prefer_repack_1 = __nccwpck_require__(1681);
const prefer_text_field_1 = __nccwpck_require__(4147);
const require_concurrent_index_creation_1 = __nccwpck_require__(2668);
const require_concurrent_index_deletion_1 = __nccwpck_require__(1327);
const require_concurrent_partition_detach_1 = __nccwpck_require__(7140);
const require_concurrent_reindex_1 = __nccwpck_require__(6423);
const require_lock_timeout_1 = __nccwpck_require__(449);
const require_statement_timeout_1 = __nccwpck_require__(5021);
const statements_after_access_exclusive_1 = __nccwpck_require__(4739);
exports.LOCK_RULES = [
    adding_exclusion_constraint_1.addingExclusionConstraint,
    adding_field_with_default_1.addingFieldWithDefault,
    adding_foreign_key_constraint_1.addingForeignKeyConstraint,
    adding_not_nullable_field_1.addingNotNullableField,
    adding_required_field_1.addingRequiredField,
    adding_serial_primary_key_field_1.addingSerialPrimaryKeyField,
    ban_alter_domain_with_add_constraint_1.banAlterDomainWithAddConstraint,
    ban_create_domain_with_constraint_1.banCreateDomainWithConstraint,
    changing_column_type_1.changingColumnType,
    constraint_missing_not_valid_1.constraintMissingNotValid,
    disallowed_unique_constraint_1.disallowedUniqueConstraint,
    prefer_repack_1.preferRepack,
    prefer_text_field_1.preferTextField,
    require_concurrent_index_creation_1.requireConcurrentIndexCreation,
    require_concurrent_index_deletion_1.requireConcurrentIndexDeletion,
    require_concurrent_partition_detach_1.requireConcurrentPartitionDetach,
    require_concurrent_reindex_1.requireConcurrentReindex,
    require_lock_timeout_1.requireLockTimeout,
    require_statement_timeout_1.requireStatementTimeout,
    statements_after_access_exclusive_1.statementsAfterAccessExclusive,
];


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.META_RULE_METAS = void 0;
exports.META_RULE_METAS = [
    {
        id: "syntax-error",
        family: "meta",
        defaultSeverity: "error",
        summary: "PostgreSQL cannot parse a statement (or the file has NUL bytes or invalid UTF-8); the other statements are still checked.",
    },
    {
        id: "unused-ignore",
        family: "meta",
        defaultSeverity: "warning",
        summary: "An `alembic-guard: ignore` comment names an unknown rule or suppresses nothing.",
    },
];


/***/ }),

/***/ 5161:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.POLICY_RULE_METAS = void 0;
exports.POLICY_RULE_METAS = [
    {
        id: "modified-migration",
        family: "policy",
        defaultSeverity: "warning",
        summary: "A revision file that exists on the base branch was edited; it may already be applied somewhere.",
    },
    {
        id: "stale-down-revision",
        family: "policy",
        defaultSeverity: "error",
        summary: "A new revision's down_revision is not the base branch's head, so merging creates two heads.",
    },
    {
        id: "migration-ownership",
        family: "policy",
        defaultSeverity: "error",
        summary: "Revision files were added or edited by someone not listed in migration_owners.",
    },
];


/***/ }),

/***/ 4777:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PYTHON_RULE_METAS = void 0;
exports.pythonRuleMeta = pythonRuleMeta;
exports.PYTHON_RULE_METAS = [
    {
        id: "concurrently-outside-autocommit-block",
        family: "python",
        defaultSeverity: "error",
        summary: "op.create_index/drop_index(..., postgresql_concurrently=True) outside `autocommit_block()`: PostgreSQL refuses CONCURRENTLY in a transaction.",
    },
    {
        id: "empty-downgrade",
        family: "python",
        defaultSeverity: "warning",
        summary: "downgrade() does nothing (`pass`) or raises NotImplementedError while upgrade() changes the schema: the revision cannot be rolled back.",
    },
    {
        id: "enum-not-dropped-in-downgrade",
        family: "python",
        defaultSeverity: "error",
        summary: "An enum type created in upgrade() (sa.Enum(..., name=...) / postgresql.ENUM) is never dropped in downgrade(): `downgrade base` leaves an orphan type.",
    },
    {
        id: "multi-statement-execute",
        family: "python",
        defaultSeverity: "warning",
        summary: "One op.execute() string holds several SQL statements: asyncpg (and any prepared-statement driver) rejects it.",
    },
    // Findings of the check command itself about what it could not do (family "meta").
    {
        id: "base-ref-missing",
        family: "meta",
        defaultSeverity: "error",
        summary: "--base-ref names a git ref this clone does not have (or there is no repository): every revision was checked, history policies did not run.",
    },
    {
        id: "env-import-failed",
        family: "meta",
        defaultSeverity: "warning",
        summary: "Alembic could not load env.py, so the SQL came from the static parse of op.execute() strings only.",
    },
    {
        id: "offline-sql-unavailable",
        family: "meta",
        defaultSeverity: "info",
        summary: "A revision could not be rendered in Alembic's offline (--sql) mode (it reads the database), so its SQL came from the static parse.",
    },
    {
        id: "python-unavailable",
        family: "meta",
        defaultSeverity: "warning",
        summary: "The Python given with --python (or `python` in the config) cannot import alembic, so only the static tier ran.",
    },
];
function pythonRuleMeta(id) {
    const meta = exports.PYTHON_RULE_METAS.find((m) => m.id === id);
    if (!meta)
        throw new Error(`no python rule metadata for ${id}`);
    return meta;
}


/***/ }),

/***/ 5252:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROUNDTRIP_RULE_METAS = void 0;
exports.roundtripRuleMeta = roundtripRuleMeta;
exports.ROUNDTRIP_RULE_METAS = [
    {
        id: "access-exclusive-lock-observed",
        family: "roundtrip",
        defaultSeverity: "info",
        summary: "Observed on a real PostgreSQL: the migration held an ACCESS EXCLUSIVE lock on a table that existed before it, blocking every read and write until commit.",
    },
    {
        id: "downgrade-base-leftovers",
        family: "roundtrip",
        defaultSeverity: "error",
        summary: "`alembic downgrade base` from head leaves objects behind (tables, enum/composite types, domains, sequences, functions, views, extensions).",
    },
    {
        id: "downgrade-mismatch",
        family: "roundtrip",
        defaultSeverity: "error",
        summary: "Upgrading a revision and downgrading it again does not give back the schema it started from: an object is left behind, missing or different.",
    },
    {
        id: "irreversible-migration",
        family: "roundtrip",
        defaultSeverity: "info",
        summary: "downgrade() raises NotImplementedError: the revision cannot be rolled back (set minimum_downgrade_revision if that is on purpose).",
    },
    {
        id: "migration-failed",
        family: "roundtrip",
        defaultSeverity: "error",
        summary: "An upgrade or downgrade raised on a real PostgreSQL (with --with-rows: on tables that hold a row, as in production).",
    },
    {
        id: "model-drift",
        family: "roundtrip",
        defaultSeverity: "error",
        summary: "After `upgrade head` the database differs from the models' metadata (what `alembic revision --autogenerate` would pick up).",
    },
    {
        id: "reupgrade-mismatch",
        family: "roundtrip",
        defaultSeverity: "error",
        summary: "Upgrading a revision a second time, after its downgrade, gives a different schema than the first upgrade.",
    },
    {
        id: "roundtrip-unavailable",
        family: "roundtrip",
        defaultSeverity: "info",
        summary: "The round trip could not run (no PostgreSQL, no Python with alembic, env.py failed to load); says why and how to enable it.",
    },
    {
        id: "table-rewrite-observed",
        family: "roundtrip",
        defaultSeverity: "warning",
        summary: "Observed on a real PostgreSQL: the migration rewrote a table that existed before it (new relfilenode), holding ACCESS EXCLUSIVE for the whole copy.",
    },
];
function roundtripRuleMeta(id) {
    const meta = exports.ROUNDTRIP_RULE_METAS.find((m) => m.id === id);
    if (!meta)
        throw new Error(`no roundtrip rule metadata for ${id}`);
    return meta;
}


/***/ }),

/***/ 4934:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TRANSACTION_RULES = void 0;
const ban_concurrent_index_creation_in_transaction_1 = __nccwpck_require__(7857);
const ban_uncommitted_transaction_1 = __nccwpck_require__(8702);
const enum_add_value_in_transaction_1 = __nccwpck_require__(8940);
const prefer_robust_stmts_1 = __nccwpck_require__(4342);
const transaction_nesting_1 = __nccwpck_require__(6627);
exports.TRANSACTION_RULES = [
    ban_concurrent_index_creation_in_transaction_1.banConcurrentIndexCreationInTransaction,
    ban_uncommitted_transaction_1.banUncommittedTransaction,
    enum_add_value_in_transaction_1.enumAddValueInTransaction,
    prefer_robust_stmts_1.preferRobustStmts,
    transaction_nesting_1.transactionNesting,
];


/***/ }),

/***/ 9857:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.effectiveSeverity = effectiveSeverity;
exports.severityOf = severityOf;
exports.appliesToPgVersion = appliesToPgVersion;
exports.activeSqlRules = activeSqlRules;
exports.syntaxErrorFinding = syntaxErrorFinding;
exports.lintSources = lintSources;
exports.lintStatements = lintStatements;
// Runs the SQL rules over parsed statements and turns their reports into Findings: parse once per unit,
// build the context once, one pass over the statements calling only the rules that want that node kind,
// then apply the unit's ignore comments.
const findings_1 = __nccwpck_require__(2321);
const parse_1 = __nccwpck_require__(6659);
const context_1 = __nccwpck_require__(3955);
const suppress_1 = __nccwpck_require__(9969);
const registry_1 = __nccwpck_require__(9072);
function effectiveSeverity(rule, options) {
    return options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}
/** Severity of a rule by id (SQL, meta or any other family), after config overrides. */
function severityOf(ruleId, options) {
    return options.severities?.[ruleId] ?? (0, registry_1.ruleMeta)(ruleId)?.defaultSeverity ?? "error";
}
/** Does this rule apply to the target PostgreSQL version? */
function appliesToPgVersion(rule, pgVersion) {
    if (rule.meta.minPgVersion !== undefined && pgVersion < rule.meta.minPgVersion)
        return false;
    if (rule.meta.maxPgVersion !== undefined && pgVersion >= rule.meta.maxPgVersion)
        return false;
    return true;
}
const activeCache = new WeakMap();
/** The SQL rules that run under these options (enabled, right PostgreSQL version, in `only`). */
function activeSqlRules(options) {
    // Cached per options object: a lint run passes the same one for every file (treat options as immutable).
    let rules = activeCache.get(options);
    if (!rules) {
        rules = (options.rules ?? registry_1.SQL_RULES).filter((rule) => {
            if (options.only && !options.only.includes(rule.meta.id))
                return false;
            if (effectiveSeverity(rule, options) === "off" && !options.only)
                return false;
            return appliesToPgVersion(rule, options.pgVersion);
        });
        activeCache.set(options, rules);
    }
    return rules;
}
/** A parse failure (or NUL bytes / invalid UTF-8) as a `syntax-error` finding; undefined when the rule is off. */
function syntaxErrorFinding(error, options) {
    const severity = severityOf("syntax-error", options);
    if (severity === "off")
        return undefined;
    const help = "Fix the SQL so PostgreSQL accepts it; the other statements were still checked.";
    return {
        rule: "syntax-error",
        severity,
        message: `PostgreSQL cannot parse this statement: ${error.message}`,
        file: error.file,
        line: error.line,
        column: error.column,
        help: error.hint ? `${error.hint} ${help}` : help,
        docs: (0, findings_1.docsUrl)("syntax-error"),
        sql: error.sql,
        revision: error.revision,
    };
}
/** Lint one unit (a .sql file or one revision's statements). Returns findings including syntax errors. */
function lintSources(sources, options) {
    const parsed = (0, parse_1.parseSqlSources)(sources);
    const findings = [];
    for (const e of parsed.syntaxErrors) {
        const f = syntaxErrorFinding(e, options);
        if (f)
            findings.push(f);
    }
    const rules = activeSqlRules(options);
    findings.push(...runRules(parsed.statements, rules, options));
    if (options.applyIgnores === false || parsed.ignores.length === 0)
        return findings;
    const active = new Set(rules.map((r) => r.meta.id));
    if (severityOf("syntax-error", options) !== "off")
        active.add("syntax-error");
    return (0, suppress_1.applySuppressions)(findings, parsed.ignores, {
        isActive: (rule) => active.has(rule),
        unusedSeverity: options.only && !options.only.includes("unused-ignore") ? "off" : severityOf("unused-ignore", options),
    });
}
function lintStatements(statements, options) {
    return runRules(statements, activeSqlRules(options), options);
}
const prepared = new WeakMap();
function prepare(rules, options) {
    let byOptions = prepared.get(rules);
    if (!byOptions)
        prepared.set(rules, (byOptions = new WeakMap()));
    let p = byOptions.get(options);
    if (p)
        return p;
    const all = rules.map((rule, ordinal) => {
        const s = effectiveSeverity(rule, options);
        const id = rule.meta.id;
        return {
            rule,
            ordinal,
            id,
            // A rule run explicitly (options.only) while off by default reports as a warning.
            severity: s === "off" ? "warning" : s,
            docs: (0, findings_1.docsUrl)(id),
            restates: RESTATED_BY.some(([, specific]) => specific === id),
            restated: RESTATED_BY.some(([general]) => general === id),
        };
    });
    p = {
        all,
        byKind: new Map(),
        bySubcommands: new Map(),
        everyKind: rules.every((r) => !r.kinds),
        anySubcommands: rules.some((r) => r.subcommands),
        unitGated: all.filter(({ rule }) => rule.reportsOn),
    };
    byOptions.set(options, p);
    return p;
}
function rulesForKind(p, kind) {
    if (p.everyKind)
        return p.all;
    let list = p.byKind.get(kind);
    // Keep registry order so findings come out in the same order whether or not a rule declares kinds.
    if (!list)
        p.byKind.set(kind, (list = p.all.filter(({ rule }) => !rule.kinds || rule.kinds.includes(kind))));
    return list;
}
/**
 * The rules for one statement: by kind, and for an ALTER TABLE also by its subcommands (most rules about ALTER TABLE
 * look at one or two subtypes, and a migration's ALTER TABLE usually has one subcommand).
 */
function rulesForStatement(p, stmt) {
    if (stmt.kind !== "AlterTableStmt" || !p.anySubcommands)
        return rulesForKind(p, stmt.kind);
    const cmds = stmt.body.cmds ?? [];
    const subtypes = cmds.length === 1 ? String(cmds[0].AlterTableCmd?.subtype) : cmds.map((c) => String(c.AlterTableCmd?.subtype)).join(",");
    let list = p.bySubcommands.get(subtypes);
    if (!list) {
        const present = subtypes.split(",");
        list = rulesForKind(p, stmt.kind).filter(({ rule }) => !rule.subcommands || rule.subcommands.some((s) => present.includes(s)));
        p.bySubcommands.set(subtypes, list);
    }
    return list;
}
function runRules(statements, rules, options) {
    if (statements.length === 0 || rules.length === 0)
        return [];
    const p = prepare(rules, options);
    const ctx = (0, context_1.buildLintContext)(statements, options.pgVersion);
    const findings = [];
    let restating = 0;
    let restated = 0;
    // Rules that know which statements they can report on in this unit are called only for those.
    const reportsOn = [];
    for (let g = 0; g < p.unitGated.length; g++) {
        const gated = p.unitGated[g];
        try {
            reportsOn[gated.ordinal] = gated.rule.reportsOn(ctx);
        }
        catch (error) {
            throw new Error(`rule ${gated.id} failed on ${statements[0].file}: ${error.message}`, { cause: error });
        }
    }
    // Indexed loops here and in the rules' hot paths: lint runs with --no-opt, where for…of allocates per step.
    for (let s = 0; s < statements.length; s++) {
        const stmt = statements[s];
        if (stmt.kind === "CreateStmt" && isVersionTableCreation(stmt))
            continue;
        const forKind = rulesForStatement(p, stmt);
        for (let r = 0; r < forKind.length; r++) {
            const prepared = forKind[r];
            const targets = reportsOn[prepared.ordinal];
            if (targets !== undefined && !targets.has(stmt.index))
                continue;
            let reports;
            try {
                reports = prepared.rule.check(stmt, ctx);
            }
            catch (error) {
                throw new Error(`rule ${prepared.id} failed on ${stmt.file}:${stmt.line} (${stmt.kind}): ${error.message}`, { cause: error });
            }
            if (reports.length === 0)
                continue;
            if (prepared.restates)
                restating += reports.length;
            if (prepared.restated)
                restated += reports.length;
            for (let i = 0; i < reports.length; i++) {
                const report = reports[i];
                let line = stmt.line;
                let column = stmt.column;
                if (report.location !== undefined && report.location >= 0) {
                    const at = stmt.locate(report.location);
                    line = at.line;
                    column = at.column;
                }
                findings.push({
                    rule: prepared.id,
                    severity: prepared.severity,
                    message: report.message,
                    file: stmt.file,
                    line,
                    column,
                    help: report.help,
                    docs: prepared.docs,
                    sql: stmt.sql,
                    revision: stmt.revision,
                });
            }
        }
    }
    // Most units have no finding that could restate another: nothing to drop.
    return restating > 0 && restated > 0 ? dropRestatedFindings(findings) : findings;
}
/**
 * Rule pairs that report the same hazard at the same spot: the first one says nothing when the second one
 * already reported there. A foreign key added without NOT VALID is both a missing NOT VALID and a
 * foreign-key lock; one op.create_foreign_key call should get one error, from the more specific rule
 * (whose message also names the referenced table it locks). With that rule off, the general one still reports.
 */
const RESTATED_BY = [
    ["constraint-missing-not-valid", "adding-foreign-key-constraint"],
    // sa.Column("id", sa.Integer, primary_key=True) renders `id SERIAL`: prefer-identity's message and help cover the width too.
    ["prefer-bigint-over-int", "prefer-identity"],
    ["prefer-bigint-over-smallint", "prefer-identity"],
];
function dropRestatedFindings(findings) {
    const at = (f) => `${f.file}\0${f.line}\0${f.column ?? ""}\0${f.sql ?? ""}`;
    // Keys only for findings of the specific rules: only those can make another finding redundant.
    const reported = new Set();
    for (const f of findings)
        if (RESTATED_BY.some(([, specific]) => f.rule === specific))
            reported.add(`${f.rule}\0${at(f)}`);
    return findings.filter((f) => !RESTATED_BY.some(([general, specific]) => f.rule === general && reported.has(`${specific}\0${at(f)}`)));
}
/**
 * Alembic's own `CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc …)`,
 * which heads every `alembic upgrade --sql` script: the user cannot change it, so no rule reports on it. Recognised by
 * its shape (one version_num column, primary key named <table>_pkc) so a custom version_table is skipped too.
 */
function isVersionTableCreation(stmt) {
    if (stmt.kind !== "CreateStmt")
        return false;
    const elts = stmt.body.tableElts ?? []; // eslint-disable-line @typescript-eslint/no-explicit-any
    // Checked for every CREATE TABLE: count the columns without building a list, and build the key name only when needed.
    let columns = 0;
    let versionNum = false;
    for (let i = 0; i < elts.length; i++) {
        if (!elts[i].ColumnDef)
            continue;
        columns++;
        versionNum = elts[i].ColumnDef.colname === "version_num";
    }
    if (columns !== 1 || !versionNum)
        return false;
    const relname = stmt.body.relation?.relname;
    return elts.some((e) => e.Constraint?.contype === "CONSTR_PRIMARY" && e.Constraint.conname === `${relname}_pkc`);
}


/***/ }),

/***/ 9072:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALL_RULE_METAS = exports.SQL_RULES = void 0;
exports.ruleMeta = ruleMeta;
exports.isKnownRule = isKnownRule;
exports.closestRuleIds = closestRuleIds;
const locks_1 = __nccwpck_require__(4623);
const breaking_1 = __nccwpck_require__(1598);
const transactions_1 = __nccwpck_require__(4934);
const hygiene_1 = __nccwpck_require__(2760);
const data_1 = __nccwpck_require__(9347);
const graph_1 = __nccwpck_require__(7415);
const python_1 = __nccwpck_require__(4777);
const roundtrip_1 = __nccwpck_require__(5252);
const policy_1 = __nccwpck_require__(5161);
const meta_1 = __nccwpck_require__(5906);
// Code-unit order: for ids of [a-z0-9-] (test/registry.test.ts checks the shape) it is the order localeCompare gives,
// without initialising ICU's collator (5–8 ms of every start-up, since every command loads this module).
const byId = (a, b) => {
    const x = a.meta?.id ?? a.id ?? "";
    const y = b.meta?.id ?? b.id ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
};
exports.SQL_RULES = [
    ...locks_1.LOCK_RULES,
    ...breaking_1.BREAKING_RULES,
    ...transactions_1.TRANSACTION_RULES,
    ...hygiene_1.HYGIENE_RULES,
    ...data_1.DATA_RULES,
].sort(byId);
exports.ALL_RULE_METAS = [
    ...exports.SQL_RULES.map((rule) => rule.meta),
    ...graph_1.GRAPH_RULE_METAS,
    ...python_1.PYTHON_RULE_METAS,
    ...roundtrip_1.ROUNDTRIP_RULE_METAS,
    ...policy_1.POLICY_RULE_METAS,
    ...meta_1.META_RULE_METAS,
].sort(byId);
const META_BY_ID = new Map(exports.ALL_RULE_METAS.map((meta) => [meta.id, meta]));
function ruleMeta(id) {
    return META_BY_ID.get(id);
}
function isKnownRule(id) {
    return META_BY_ID.has(id);
}
/** Edit distance (insert, delete, substitute), for "did you mean" suggestions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** Known rule ids closest to a misspelt one (best first); ids that contain it, or that it contains, count as close. */
function closestRuleIds(id, limit = 3) {
    const wanted = id.toLowerCase();
    return exports.ALL_RULE_METAS.map((meta) => {
        const distance = editDistance(wanted, meta.id);
        const contains = meta.id.includes(wanted) || wanted.includes(meta.id);
        return { id: meta.id, score: contains ? Math.min(distance, 2) : distance };
    })
        .filter((c) => c.score <= Math.max(3, Math.floor(wanted.length / 3)))
        .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((c) => c.id);
}


/***/ }),

/***/ 1812:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingExclusionConstraint = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.addingExclusionConstraint = {
    meta: {
        id: "adding-exclusion-constraint",
        family: "locks",
        defaultSeverity: "error",
        summary: "ADD CONSTRAINT ... EXCLUDE builds its index and checks every row under an ACCESS EXCLUSIVE lock; it has no concurrent form.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddConstraint"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            const c = cmd.def?.Constraint;
            if (cmd.subtype !== "AT_AddConstraint" || c?.contype !== "CONSTR_EXCLUSION")
                continue;
            reports.push({
                message: `exclusion constraint ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${(0, names_1.displayName)(table)}\` builds its index and checks every row ` +
                    "under an ACCESS EXCLUSIVE lock: every read and write waits, and there is no CONCURRENTLY or NOT VALID form",
                help: "Add exclusion constraints when the table is created, or run this in a maintenance window with SET lock_timeout; " +
                    "for a large table, consider enforcing the rule with a trigger-checked unique index built CONCURRENTLY instead.",
                location: c.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 1031:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingFieldWithDefault = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.addingFieldWithDefault = {
    meta: {
        id: "adding-field-with-default",
        family: "locks",
        defaultSeverity: "error",
        summary: "ADD COLUMN whose value must be written into every row (volatile DEFAULT, STORED generated, identity/serial, any DEFAULT before PG 11) rewrites the table under ACCESS EXCLUSIVE.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddColumn"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype !== "AT_AddColumn")
                continue;
            const col = (0, util_locks_1.columnDefOf)(cmd);
            const rewrite = (0, util_locks_1.addColumnRewriteReason)(col, ctx.pgVersion);
            if (!rewrite)
                continue;
            reports.push({
                message: `column \`${(0, names_1.displayName)(table)}.${col?.colname}\` rewrites the whole table: ${rewrite.reason}; ` +
                    "the ACCESS EXCLUSIVE lock blocks every read and write until the rewrite finishes",
                help: ctx.pgVersion < 11
                    ? "Add the column without a default (op.add_column with nullable=True), set the default with op.alter_column(..., server_default=...), then backfill existing rows in batches."
                    : "Add the column without the volatile default (op.add_column with nullable=True), then op.alter_column(..., server_default=...) " +
                        "so only new rows get it, and backfill existing rows in batches (UPDATE ... WHERE id BETWEEN ...).",
                location: rewrite.location ?? col?.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 5754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingForeignKeyConstraint = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.addingForeignKeyConstraint = {
    meta: {
        id: "adding-foreign-key-constraint",
        family: "locks",
        defaultSeverity: "error",
        summary: "A FOREIGN KEY validated on an existing table locks both tables against writes while every row is checked.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddConstraint", "AT_AddColumn"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype === "AT_AddConstraint") {
                const c = cmd.def?.Constraint;
                if (c?.contype !== "CONSTR_FOREIGN" || c.skip_validation)
                    continue;
                const referenced = (0, names_1.displayName)((0, names_1.qualifiedRelation)(c.pktable));
                // A self-reference (parent_id → id) locks one table.
                const locks = referenced === (0, names_1.displayName)(table)
                    ? `a SHARE ROW EXCLUSIVE lock on \`${referenced}\` blocks its writes while every row is checked`
                    : `SHARE ROW EXCLUSIVE locks on both \`${(0, names_1.displayName)(table)}\` and \`${referenced}\` block their writes while every row is checked`;
                reports.push({
                    message: `foreign key ${c.conname ? `\`${c.conname}\` ` : ""}from existing table \`${(0, names_1.displayName)(table)}\` to \`${referenced}\` is validated immediately: ${locks}`,
                    help: "Add it NOT VALID first: op.create_foreign_key(..., postgresql_not_valid=True) (SQLAlchemy ≥ 1.4.32), " +
                        `then validate it in a later revision: op.execute("ALTER TABLE ${(0, names_1.displayName)(table)} VALIDATE CONSTRAINT ${c.conname ?? "<name>"}") only takes SHARE UPDATE EXCLUSIVE.`,
                    location: c.location,
                });
            }
            else if (cmd.subtype === "AT_AddColumn") {
                const col = (0, util_locks_1.columnDefOf)(cmd);
                const fk = (0, util_locks_1.columnConstraints)(col).find((c) => c.contype === "CONSTR_FOREIGN");
                if (!fk)
                    continue;
                const referenced = (0, names_1.displayName)((0, names_1.qualifiedRelation)(fk.pktable));
                const alsoLocked = referenced === (0, names_1.displayName)(table) ? "" : ` and \`${referenced}\` SHARE ROW EXCLUSIVE`;
                reports.push({
                    message: `column \`${(0, names_1.displayName)(table)}.${col?.colname}\` is added with REFERENCES \`${referenced}\`: the foreign key is validated at once ` +
                        `(a column-level REFERENCES cannot be NOT VALID) while \`${(0, names_1.displayName)(table)}\` is locked ACCESS EXCLUSIVE${alsoLocked}`,
                    help: "Add the column without the foreign key (op.add_column), then add the constraint NOT VALID with " +
                        "op.create_foreign_key(..., postgresql_not_valid=True) and VALIDATE CONSTRAINT it in a later revision.",
                    location: fk.location,
                });
            }
        }
        return reports;
    },
};


/***/ }),

/***/ 740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingNotNullableField = void 0;
exports.notNullProofHelp = notNullProofHelp;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.addingNotNullableField = {
    meta: {
        id: "adding-not-nullable-field",
        family: "locks",
        defaultSeverity: "error",
        summary: "SET NOT NULL on an existing column scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) exists (PG ≥ 12).",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_SetNotNull", "AT_AddConstraint"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            // SET NOT NULL, or (PostgreSQL 18) a table-level NOT NULL constraint added without NOT VALID.
            const notNull = cmd.def?.Constraint;
            const column = cmd.subtype === "AT_SetNotNull"
                ? cmd.name
                : cmd.subtype === "AT_AddConstraint" && notNull?.contype === "CONSTR_NOTNULL" && !notNull.skip_validation
                    ? (0, names_1.nameParts)(notNull.keys)[0]
                    : undefined;
            if (!column)
                continue;
            // From PG 12, a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan.
            if (ctx.pgVersion >= 12 && (0, util_locks_1.notNullProvenEarlier)(ctx, stmt.index, column, table))
                continue;
            reports.push({
                message: `\`${(0, names_1.displayName)(table)}.${column}\` is set NOT NULL: PostgreSQL scans every row to check it while the ACCESS EXCLUSIVE lock blocks all reads and writes`,
                help: ctx.pgVersion >= 12
                    ? notNullProofHelp(table.name, (0, names_1.displayName)(table), column)
                    : "Before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (col IS NOT NULL) NOT VALID + VALIDATE constraint instead, or run it in a maintenance window.",
                location: notNull?.location ?? stmt.body.relation?.location,
            });
        }
        return reports;
    },
};
/**
 * The safe recipe for SET NOT NULL from PostgreSQL 12 (also given by the rule's Alembic form): prove it with a CHECK
 * added NOT VALID and validated apart, after which SET NOT NULL skips its scan. `qualifiedTable` as ALTER TABLE names it.
 */
function notNullProofHelp(table, qualifiedTable, column) {
    // Kept within PostgreSQL's 63-byte identifier limit.
    const check = `ck_${table}_${column}_not_null`.slice(0, 63);
    return (`Prove it first without a long lock: op.create_check_constraint("${check}", "${table}", "${column} IS NOT NULL", postgresql_not_valid=True), ` +
        `then in the next revision (or an autocommit block) op.execute("ALTER TABLE ${qualifiedTable} VALIDATE CONSTRAINT ${check}"); ` +
        "after that op.alter_column(..., nullable=False) skips the scan, and the CHECK can be dropped.");
}


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingRequiredField = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.addingRequiredField = {
    meta: {
        id: "adding-required-field",
        family: "locks",
        defaultSeverity: "error",
        summary: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table fails as soon as the table has a row.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddColumn"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype !== "AT_AddColumn")
                continue;
            const col = (0, util_locks_1.columnDefOf)(cmd);
            const cons = (0, util_locks_1.columnConstraints)(col);
            const required = cons.find((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY");
            if (!required)
                continue;
            // Something fills existing rows: a default, a generated expression, an identity or a serial sequence.
            if ((0, util_locks_1.defaultExpression)(col) || (0, util_locks_1.isSerialType)(col) || cons.some((c) => c.contype === "CONSTR_GENERATED" || c.contype === "CONSTR_IDENTITY"))
                continue;
            const how = required.contype === "CONSTR_PRIMARY" ? "as PRIMARY KEY (implicitly NOT NULL)" : "NOT NULL";
            reports.push({
                message: `column \`${(0, names_1.displayName)(table)}.${col?.colname}\` is added ${how} without a default: ` +
                    "the migration fails with \"column contains null values\" on any table that has rows",
                help: "Add it nullable (op.add_column(..., nullable=True)), backfill existing rows in batches, then make it NOT NULL " +
                    "(op.create_check_constraint(..., \"col IS NOT NULL\", postgresql_not_valid=True), VALIDATE it in the next revision, then op.alter_column(..., nullable=False)) " +
                    "— or give it a constant server_default.",
                location: required.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addingSerialPrimaryKeyField = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
const HELP = "Build the unique index first with op.create_index(..., unique=True, postgresql_concurrently=True) inside " +
    '`with op.get_context().autocommit_block():`, then op.execute("ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX ...").';
exports.addingSerialPrimaryKeyField = {
    meta: {
        id: "adding-serial-primary-key-field",
        family: "locks",
        defaultSeverity: "error",
        summary: "ADD PRIMARY KEY without USING INDEX builds the unique index while an ACCESS EXCLUSIVE lock blocks reads and writes.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddConstraint", "AT_AddColumn"],
    check(stmt, ctx) {
        return (0, util_locks_1.indexBuildingConstraints)(stmt, ctx, "CONSTR_PRIMARY").map(({ table, constraint: c, columns, column }) => column
            ? {
                message: `column \`${(0, names_1.displayName)(table)}.${column.colname}\` is added as PRIMARY KEY: PostgreSQL fills it for every row and builds the unique index ` +
                    "while an ACCESS EXCLUSIVE lock blocks every read and write",
                help: "Add the column nullable, backfill it in batches, build a unique index CONCURRENTLY in an autocommit block, " +
                    "make the column NOT NULL via a validated CHECK, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.",
                location: c.location,
            }
            : {
                message: `primary key ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${(0, names_1.displayName)(table)}\`${columns ? ` (${columns})` : ""} builds its unique index ` +
                    "under an ACCESS EXCLUSIVE lock: every read and write waits for the whole build",
                help: HELP,
                location: c.location,
            });
    },
};


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banAlterDomainWithAddConstraint = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.banAlterDomainWithAddConstraint = {
    meta: {
        id: "ban-alter-domain-with-add-constraint",
        family: "locks",
        defaultSeverity: "error",
        summary: "ALTER DOMAIN ... ADD CONSTRAINT / SET NOT NULL scans every table that uses the domain while holding locks that block their writes.",
    },
    kinds: ["AlterDomainStmt"],
    check(stmt, ctx) {
        const parts = (0, names_1.nameParts)(stmt.body.typeName);
        const domain = parts.join(".");
        // A domain created in the same migration: no column of an existing table can use it yet.
        if (ctx.typeCreatedEarlier({ schema: parts.length > 1 ? parts[0] : undefined, name: parts.at(-1) ?? "?" }, stmt.index))
            return [];
        const help = "Put the constraint on the table columns instead: op.execute(\"ALTER TABLE ... ADD CONSTRAINT ... CHECK (...) NOT VALID\"), " +
            "then VALIDATE CONSTRAINT in a later revision.";
        if (stmt.body.subtype === "O") {
            return [
                {
                    message: `domain \`${domain}\` is set NOT NULL: every column of every table using it is scanned while those tables are locked against writes`,
                    help,
                },
            ];
        }
        const c = stmt.body.def?.Constraint;
        if (stmt.body.subtype !== "C" || !c || c.skip_validation)
            return [];
        return [
            {
                message: `${(0, util_locks_1.constraintKind)(c)} constraint ${c.conname ? `\`${c.conname}\` ` : ""}added to domain \`${domain}\`: every column of every table using the domain ` +
                    "is scanned while those tables hold SHARE locks that block INSERT, UPDATE and DELETE",
                help,
                location: c.location,
            },
        ];
    },
};


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banCharField = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
exports.banCharField = (0, util_hygiene_1.columnTypeRule)({
    id: "ban-char-field",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New char(n) columns: blank-padded, no faster than text; use text or varchar.",
}, (column) => column.type === "bpchar", (_column, where) => ({
    message: `${where} is char(n): values are blank-padded to n characters, trailing spaces are ignored in comparisons but not by ` +
        "the application, and it is no faster or smaller than text",
    help: "Use text (sa.Text()) or varchar(n) (sa.String(n)); add a CHECK (length(col) = n) if the length must be exact.",
}));


/***/ }),

/***/ 7857:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banConcurrentIndexCreationInTransaction = void 0;
function concurrentIndexOperation(kind, body) {
    if (kind === "IndexStmt" && body.concurrent)
        return "CREATE INDEX CONCURRENTLY";
    if (kind === "DropStmt" && body.removeType === "OBJECT_INDEX" && body.concurrent)
        return "DROP INDEX CONCURRENTLY";
    if (kind === "ReindexStmt" && (body.params ?? []).some((p) => p.DefElem?.defname === "concurrently"))
        return "REINDEX CONCURRENTLY";
    return undefined;
}
exports.banConcurrentIndexCreationInTransaction = {
    meta: {
        id: "ban-concurrent-index-creation-in-transaction",
        family: "transactions",
        defaultSeverity: "error",
        summary: "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY inside a transaction: PostgreSQL refuses it.",
    },
    kinds: ["IndexStmt", "DropStmt", "ReindexStmt"],
    check(stmt) {
        if (!stmt.inTransaction)
            return [];
        const operation = concurrentIndexOperation(stmt.kind, stmt.body);
        if (!operation)
            return [];
        return [
            {
                message: `${operation} cannot run inside a transaction block, and this statement runs inside one (Alembic's migration transaction ` +
                    `or an explicit BEGIN): PostgreSQL fails with "ERROR: ${operation} cannot run inside a transaction block" and the migration aborts`,
                help: "Run it in `with op.get_context().autocommit_block():`, e.g. op.create_index(..., postgresql_concurrently=True) " +
                    "or op.drop_index(..., postgresql_concurrently=True) inside the block.",
                location: stmt.body.relation?.location,
            },
        ];
    },
};


/***/ }),

/***/ 7622:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banCreateDomainWithConstraint = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.banCreateDomainWithConstraint = {
    meta: {
        id: "ban-create-domain-with-constraint",
        family: "locks",
        defaultSeverity: "warning",
        summary: "A domain with a CHECK or NOT NULL constraint cannot have that constraint changed later without locking and scanning every table that uses it.",
    },
    kinds: ["CreateDomainStmt"],
    check(stmt) {
        const domain = (0, names_1.nameParts)(stmt.body.domainname).join(".");
        const reports = [];
        for (const item of stmt.body.constraints ?? []) {
            const c = item.Constraint;
            if (c?.contype !== "CONSTR_CHECK" && c?.contype !== "CONSTR_NOTNULL")
                continue;
            reports.push({
                message: `domain \`${domain}\` is created with a ${(0, util_locks_1.constraintKind)(c)} constraint: changing it later locks and scans every column of every table ` +
                    "that uses the domain, and has no online path the way table constraints do",
                help: "Create the domain without constraints (or use the base type) and put CHECK / NOT NULL constraints on the table columns, " +
                    "where NOT VALID + VALIDATE CONSTRAINT can change them without blocking traffic.",
                location: c.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 6734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDropColumn = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
exports.banDropColumn = {
    meta: {
        id: "ban-drop-column",
        family: "breaking",
        defaultSeverity: "warning",
        summary: "DROP COLUMN on an existing table breaks application code that still reads or writes the column.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_DropColumn"],
    check(stmt, ctx) {
        if (!(0, util_breaking_1.isAlterOfTable)(stmt))
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        // A table created earlier in the same migration has no readers yet.
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        return (0, names_1.alterTableCommands)(stmt)
            .filter((cmd) => cmd.subtype === "AT_DropColumn")
            .map((cmd) => ({
            message: `dropping column \`${cmd.name}\` of existing table \`${(0, names_1.displayName)(table)}\` breaks the application instances still running: ` +
                "every query that names it, and every SQLAlchemy model that maps it, fails until they are redeployed",
            help: `Expand/contract: first deploy code that no longer reads or writes \`${cmd.name}\` (drop it from the model), ` +
                "then drop it with op.drop_column() in a later revision, once no running release uses it.",
            location: stmt.body.relation?.location,
        }));
    },
};


/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDropDatabase = void 0;
exports.banDropDatabase = {
    meta: {
        id: "ban-drop-database",
        family: "breaking",
        defaultSeverity: "error",
        summary: "DROP DATABASE in a migration destroys a whole database.",
    },
    kinds: ["DropdbStmt"],
    check(stmt) {
        if (stmt.kind !== "DropdbStmt")
            return [];
        return [
            {
                message: `DROP DATABASE \`${stmt.body.dbname}\` destroys the whole database and every connection to it; a migration must never do this`,
                help: "Remove it from the migration. Dropping a database is an operations task, done by hand with a backup, never by `alembic upgrade`.",
            },
        ];
    },
};


/***/ }),

/***/ 7685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDropNotNull = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
exports.banDropNotNull = {
    meta: {
        id: "ban-drop-not-null",
        family: "breaking",
        defaultSeverity: "warning",
        summary: "ALTER COLUMN … DROP NOT NULL lets NULLs in where running code assumes a value.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_DropNotNull"],
    check(stmt, ctx) {
        if (!(0, util_breaking_1.isAlterOfTable)(stmt))
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        return (0, names_1.alterTableCommands)(stmt)
            .filter((cmd) => cmd.subtype === "AT_DropNotNull")
            .map((cmd) => ({
            message: `dropping NOT NULL on \`${(0, names_1.displayName)(table)}.${cmd.name}\` lets NULLs in: running code, reports and consumers ` +
                "that assume the column always has a value break on the first NULL row",
            help: `First make every reader handle NULL in \`${cmd.name}\` (Optional[...] in the model, COALESCE in queries) and deploy that, ` +
                "then relax the column with op.alter_column(..., nullable=True).",
            location: stmt.body.relation?.location,
        }));
    },
};


/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDropSchema = void 0;
const util_breaking_1 = __nccwpck_require__(1414);
exports.banDropSchema = {
    meta: {
        id: "ban-drop-schema",
        family: "breaking",
        defaultSeverity: "error",
        summary: "DROP SCHEMA removes a whole namespace (with CASCADE, every table in it).",
    },
    kinds: ["DropStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_SCHEMA")
            return [];
        const cascade = stmt.body.behavior === "DROP_CASCADE";
        return (stmt.body.objects ?? [])
            .map((o) => (0, util_breaking_1.dropObjectName)(o).name)
            .filter((schema) => !(0, util_breaking_1.schemaCreatedEarlier)(ctx, schema, stmt.index))
            .map((schema) => ({
            message: cascade
                ? `DROP SCHEMA \`${schema}\` CASCADE deletes every table, view, type and function in it, with their data`
                : `dropping schema \`${schema}\` breaks every running application instance and search_path that still refers to it`,
            help: "Move or drop the objects in the schema one by one in reviewed revisions (op.drop_table(), ...) after the code stops using them; " +
                "never drop a schema with CASCADE from a migration.",
        }));
    },
};


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDropTable = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
exports.banDropTable = {
    meta: {
        id: "ban-drop-table",
        family: "breaking",
        defaultSeverity: "warning",
        summary: "DROP TABLE on an existing table breaks application code that still uses it and destroys its data.",
    },
    kinds: ["DropStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_TABLE")
            return [];
        const cascade = stmt.body.behavior === "DROP_CASCADE";
        const tables = (stmt.body.objects ?? []).map(util_breaking_1.dropObjectName);
        return tables
            // A table created earlier in the same migration (a scratch table) has no readers and no data worth keeping.
            .filter((table) => !ctx.tableCreatedEarlier(table, stmt.index))
            .map((table) => ({
            message: `dropping existing table \`${(0, names_1.displayName)(table)}\` breaks every running application instance that still queries it, and its data is gone` +
                (cascade ? "; CASCADE also drops the views and foreign keys that depend on it" : ""),
            help: "First deploy code that no longer uses the table, keep a backup (or rename it aside for one release), " +
                "then drop it with op.drop_table() in a later revision.",
        }));
    },
};


/***/ }),

/***/ 1703:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banDuplicateColumnAssignments = void 0;
const util_transactions_1 = __nccwpck_require__(222);
/** The second and later plain (no subscript / field) assignments to the same column in one list. */
function duplicates(targets) {
    const out = [];
    if (!targets || targets.length < 2)
        return out;
    const seen = new Set();
    for (let i = 0; i < targets.length; i++) {
        const t = targets[i].ResTarget;
        if (!t)
            continue;
        // SET arr[1] = …, arr[2] = … and SET comp.a = …, comp.b = … are legitimate.
        if (t.indirection?.length)
            continue;
        if (seen.has(t.name))
            out.push({ name: t.name, location: t.location });
        seen.add(t.name);
    }
    return out;
}
// The keyword as a token: not inside a longer identifier (`updated_at`, `last_update`). Conservative: a digit
// before it still counts, and so does the word in strings, comments or quoted names; they only cost the walk.
const INSERT_WORD = /(?<![A-Za-z_$\u0080-\uffff])insert(?![A-Za-z0-9_$\u0080-\uffff])/gi;
const UPDATE_WORD = /(?<![A-Za-z_$\u0080-\uffff])update(?![A-Za-z0-9_$\u0080-\uffff])/gi;
/**
 * Can the statement contain an INSERT or UPDATE below its top level (a data-modifying CTE)? Only if the text has
 * the keyword for it besides the top-level statement's own (keywords cannot be escaped): skip the whole-AST walk for
 * the many statements that do not. FOR UPDATE or ON CONFLICT DO UPDATE also count, they only cost the walk.
 */
function mayNestDataModification(sql, kind) {
    return occursAtLeast(INSERT_WORD, sql, kind === "InsertStmt" ? 2 : 1) || occursAtLeast(UPDATE_WORD, sql, kind === "UpdateStmt" ? 2 : 1);
}
/** Does the global pattern match `times` times in the text? (Counts with test(), without building the match list.) */
function occursAtLeast(word, text, times) {
    word.lastIndex = 0;
    for (let i = 0; i < times; i++)
        if (!word.test(text))
            return false;
    return true;
}
exports.banDuplicateColumnAssignments = {
    meta: {
        id: "ban-duplicate-column-assignments",
        family: "hygiene",
        defaultSeverity: "error",
        summary: "UPDATE … SET a = 1, a = 2 or INSERT (a, a): PostgreSQL rejects the statement.",
    },
    kinds: ["UpdateStmt", "InsertStmt", "SelectStmt", "DeleteStmt"],
    check(stmt) {
        const reports = [];
        const visit = (tag, node) => {
            if (tag === "UpdateStmt")
                for (const d of duplicates(node.targetList))
                    reports.push({
                        message: `UPDATE assigns column \`${d.name}\` more than once: PostgreSQL rejects it with "multiple assignments to same column \\"${d.name}\\""`,
                        help: `Keep one assignment to \`${d.name}\` (combine the expressions, e.g. with CASE).`,
                        location: d.location,
                    });
            if (tag === "InsertStmt") {
                for (const d of duplicates(node.cols))
                    reports.push({
                        message: `INSERT lists column \`${d.name}\` more than once: PostgreSQL rejects it with "column \\"${d.name}\\" specified more than once"`,
                        help: `List \`${d.name}\` once in the column list and drop the matching value.`,
                        location: d.location,
                    });
                for (const d of duplicates(node.onConflictClause?.targetList))
                    reports.push({
                        message: `ON CONFLICT DO UPDATE assigns column \`${d.name}\` more than once: PostgreSQL rejects it with "multiple assignments to same column"`,
                        help: `Keep one assignment to \`${d.name}\`.`,
                        location: d.location,
                    });
            }
        };
        visit(stmt.kind, stmt.body);
        if (mayNestDataModification(stmt.sql, stmt.kind))
            (0, util_transactions_1.walkAst)(stmt.body, visit);
        return reports;
    },
};


/***/ }),

/***/ 5355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banTruncateCascade = void 0;
const names_1 = __nccwpck_require__(7804);
exports.banTruncateCascade = {
    meta: {
        id: "ban-truncate-cascade",
        family: "breaking",
        defaultSeverity: "error",
        summary: "TRUNCATE … CASCADE also empties every table that references the truncated ones.",
    },
    kinds: ["TruncateStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "TruncateStmt" || stmt.body.behavior !== "DROP_CASCADE")
            return [];
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const tables = (stmt.body.relations ?? []).map((r) => r.RangeVar);
        // Tables created in this same migration can only be referenced by tables created after them here: nothing else to lose.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const existing = tables.filter((r) => !ctx.tableCreatedEarlier((0, names_1.qualifiedRelation)(r), stmt.index));
        if (existing.length === 0)
            return [];
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const names = existing.map((r) => `\`${(0, names_1.displayName)((0, names_1.qualifiedRelation)(r))}\``).join(", ");
        return [
            {
                message: `TRUNCATE ${names} CASCADE also empties every table with a foreign key to ${existing.length > 1 ? "them" : "it"}, recursively — ` +
                    "tables the migration never names lose all their rows, under an ACCESS EXCLUSIVE lock",
                help: "Name every table you mean to empty explicitly (TRUNCATE without CASCADE fails if another table still references them), " +
                    "or delete the rows you mean to remove with op.execute(\"DELETE ... WHERE ...\") in batches.",
                location: existing[0].location,
            },
        ];
    },
};


/***/ }),

/***/ 8702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.banUncommittedTransaction = void 0;
const util_transactions_1 = __nccwpck_require__(222);
exports.banUncommittedTransaction = {
    meta: {
        id: "ban-uncommitted-transaction",
        family: "transactions",
        defaultSeverity: "error",
        summary: "An explicit BEGIN with no COMMIT before the end of the file or revision: the work is rolled back when the session ends.",
    },
    kinds: ["TransactionStmt"],
    check(stmt, ctx) {
        if (!(0, util_transactions_1.opensTransaction)(stmt))
            return [];
        // When the unit itself starts inside a transaction (Alembic's, or --assume-in-transaction), whoever opened that
        // transaction commits at the end; a BEGIN after an early COMMIT is transaction-nesting's finding, not this one.
        if (ctx.statements[0]?.inTransaction)
            return [];
        const closed = (0, util_transactions_1.lastTransactionEndOf)(ctx) > stmt.index;
        if (closed)
            return [];
        return [
            {
                message: "this BEGIN is never committed: nothing after it is durable, and when the session ends (psql reaching the end of the file, " +
                    "a pooled connection being reset) PostgreSQL silently rolls all of it back",
                help: "Add COMMIT at the end of the transaction, or drop BEGIN altogether and let Alembic manage the transaction " +
                    "(it runs each migration in one and commits it).",
                location: stmt.body.location >= 0 ? stmt.body.location : undefined,
            },
        ];
    },
};


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.changingColumnType = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
/** Where a change *to* this type can be free, so the message can say which current types would make it safe. */
function freeSourcesFor(to) {
    if (to.array)
        return undefined;
    switch (to.name) {
        case "text":
            return "varchar or varchar(n)";
        case "varchar":
            return to.mods.length ? `varchar(n) with n ≤ ${to.mods[0]}` : "varchar(n) or text";
        case "numeric":
            return to.mods.length ? `numeric(p,${to.mods[1] ?? 0}) with p ≤ ${to.mods[0]}` : "numeric(p,s)";
        case "inet":
            return "cidr";
        case "timestamptz":
            return "timestamp, with PostgreSQL 12+ and SET TimeZone = 'UTC' earlier in the migration";
        case "timestamp":
            return "timestamptz, with PostgreSQL 12+ and SET TimeZone = 'UTC' earlier in the migration";
        default:
            return undefined;
    }
}
exports.changingColumnType = {
    meta: {
        id: "changing-column-type",
        family: "locks",
        defaultSeverity: "error",
        summary: "ALTER COLUMN ... TYPE rewrites the table and its indexes under ACCESS EXCLUSIVE, except for binary-compatible changes.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AlterColumnType"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype !== "AT_AlterColumnType" || !cmd.name)
                continue;
            const def = (0, util_locks_1.columnDefOf)(cmd);
            const to = (0, util_locks_1.columnTypeOf)(def?.typeName);
            const from = (0, util_locks_1.columnTypeDefinedEarlier)(ctx, table, cmd.name, stmt.index);
            const column = `\`${(0, names_1.displayName)(table)}.${cmd.name}\``;
            const collationChange = Boolean(def?.collClause);
            if ((0, util_locks_1.alterTypeIsRewriteFree)(ctx, stmt.index, table, cmd)) {
                if (!collationChange)
                    continue;
                reports.push({
                    message: `${column} changes collation: the table is not rewritten, but every index on the column is rebuilt ` +
                        "while an ACCESS EXCLUSIVE lock blocks every read and write",
                    help: "Build the index with the new collation CONCURRENTLY first (op.create_index(..., postgresql_concurrently=True) in an autocommit block), " +
                        "or change the collation on a new column (expand/contract).",
                    location: def?.collClause?.location ?? def?.typeName?.location,
                });
                continue;
            }
            const usingRewrites = (0, util_locks_1.usingChangesContents)(def?.raw_default, cmd.name, def?.typeName);
            const target = to ? (0, util_locks_1.formatColumnType)(to) : "the new type";
            const why = usingRewrites
                ? "the USING expression computes a new value for every row"
                : from
                    ? `${(0, util_locks_1.formatColumnType)(from)} → ${target} is not binary compatible`
                    : undefined;
            const sources = to && !usingRewrites && !collationChange && !from ? freeSourcesFor(to) : undefined;
            const expandContract = "add a new column with the new type (op.add_column), write to both from the application, " +
                "backfill in batches, switch reads, then drop the old column in a later revision.";
            reports.push({
                // The SQL does not say what the column is now (Alembic's existing_type never reaches it): when a common
                // current type makes the change free, say "unless" rather than claim a rewrite that may not happen.
                message: `${column} changes type to ${target}: ` +
                    (sources ? `unless the column is currently ${sources} (the existing_type of op.alter_column), ` : "") +
                    (why ? `${why}, so PostgreSQL rewrites the table and rebuilds its indexes` : "PostgreSQL rewrites the table and rebuilds its indexes") +
                    " while an ACCESS EXCLUSIVE lock blocks every read and write",
                help: sources
                    ? `If the column is currently ${sources}, the change only updates the catalog: say so with ` +
                        "`# alembic-guard: ignore[changing-column-type]` above the op.alter_column call (`-- alembic-guard: ignore changing-column-type` in SQL). " +
                        `Otherwise expand/contract: ${expandContract}`
                    : `Expand/contract instead: ${expandContract}`,
                location: def?.typeName?.location ?? def?.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 2763:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.constraintMissingNotValid = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
const util_transactions_1 = __nccwpck_require__(222);
function helpNotValid(constraint, table) {
    const op = constraint.contype === "CONSTR_CHECK" ? "op.create_check_constraint" : "op.create_foreign_key";
    return (`Add it with NOT VALID: ${op}(..., postgresql_not_valid=True) (SQLAlchemy ≥ 1.4.32), then validate it outside this transaction, ` +
        `in a later revision (or an autocommit block): op.execute("ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint.conname ?? "<name>"}").`);
}
exports.constraintMissingNotValid = {
    meta: {
        id: "constraint-missing-not-valid",
        family: "locks",
        defaultSeverity: "error",
        summary: "CHECK or FOREIGN KEY added to an existing table without NOT VALID (or validated in the same transaction) scans the table under a lock that blocks writes.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddConstraint", "AT_ValidateConstraint"],
    check(stmt, ctx) {
        const table = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!table)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            const c = cmd.def?.Constraint;
            if (cmd.subtype === "AT_AddConstraint" && c && (c.contype === "CONSTR_CHECK" || c.contype === "CONSTR_FOREIGN") && !c.skip_validation) {
                const lock = c.contype === "CONSTR_CHECK" ? "ACCESS EXCLUSIVE lock blocks reads and writes" : "SHARE ROW EXCLUSIVE lock blocks writes";
                reports.push({
                    message: `${(0, util_locks_1.constraintLabel)(c)} on existing table \`${(0, names_1.displayName)(table)}\` is added without NOT VALID: every row is checked while the ${lock}`,
                    help: helpNotValid(c, (0, names_1.displayName)(table)),
                    location: c.location,
                });
                continue;
            }
            if (cmd.subtype !== "AT_ValidateConstraint" || !cmd.name)
                continue;
            // VALIDATE in the same transaction as the NOT VALID add: the add's strong lock is still held during the scan.
            const sameStatement = cmds.slice(0, i).some((earlier) => earlier.subtype === "AT_AddConstraint" && earlier.def?.Constraint?.conname === cmd.name);
            const earlier = (0, util_locks_1.constraintsNamedBefore)(ctx, cmd.name, stmt.index).find((added) => added.constraint.skip_validation &&
                (0, util_locks_1.sameTable)(added.table, table) &&
                (0, util_transactions_1.sameTransaction)(ctx, added.stmt.index, stmt.index));
            if (!sameStatement && !earlier)
                continue;
            reports.push({
                message: `constraint \`${cmd.name}\` on \`${(0, names_1.displayName)(table)}\` is validated in the same transaction that added it NOT VALID: ` +
                    "the lock taken by the add is held through the whole validation scan, so NOT VALID gains nothing",
                help: "Validate in a separate transaction: move the VALIDATE CONSTRAINT to the next revision, or run it inside " +
                    "`with op.get_context().autocommit_block():` after the add has committed.",
                location: stmt.body.relation?.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 3810:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deleteWithoutWhere = void 0;
const names_1 = __nccwpck_require__(7804);
const util_transactions_1 = __nccwpck_require__(222);
const update_without_where_1 = __nccwpck_require__(7984);
exports.deleteWithoutWhere = {
    meta: {
        id: "delete-without-where",
        family: "data",
        defaultSeverity: "error",
        summary: "DELETE without WHERE removes every row of an existing table.",
    },
    kinds: ["DeleteStmt", "SelectStmt", "InsertStmt", "UpdateStmt"],
    check(stmt, ctx) {
        const deletes = [];
        if (stmt.kind === "DeleteStmt")
            deletes.push(stmt.body);
        (0, util_transactions_1.walkAst)(stmt.body.withClause, (tag, node) => tag === "DeleteStmt" && deletes.push(node));
        return deletes
            .filter((d) => (0, update_without_where_1.matchesEveryRow)(d.whereClause) && !ctx.tableCreatedEarlier((0, names_1.qualifiedRelation)(d.relation), stmt.index))
            .map((d) => {
            const table = (0, names_1.displayName)((0, names_1.qualifiedRelation)(d.relation));
            return {
                message: `DELETE from existing table \`${table}\` without WHERE removes every row: the data is gone once the migration commits, ` +
                    "every row stays locked until then, and ON DELETE CASCADE foreign keys empty the referencing tables too",
                help: "Add the WHERE you meant (and check it against real data: a WHERE that matches nothing, or everything, is the usual bug). " +
                    "Delete large sets in committed batches; to empty a table on purpose, say so with TRUNCATE (no CASCADE).",
                location: d.relation?.location,
            };
        });
    },
};


/***/ }),

/***/ 2418:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.disallowedUniqueConstraint = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
const HELP = "Build the index first with op.create_index(..., unique=True, postgresql_concurrently=True) inside " +
    '`with op.get_context().autocommit_block():`, then op.execute("ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX ...").';
exports.disallowedUniqueConstraint = {
    meta: {
        id: "disallowed-unique-constraint",
        family: "locks",
        defaultSeverity: "error",
        summary: "ADD UNIQUE without USING INDEX builds the unique index while an ACCESS EXCLUSIVE lock blocks reads and writes.",
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_AddConstraint", "AT_AddColumn"],
    check(stmt, ctx) {
        return (0, util_locks_1.indexBuildingConstraints)(stmt, ctx, "CONSTR_UNIQUE").map(({ table, constraint: c, columns, column }) => column
            ? {
                message: `column \`${(0, names_1.displayName)(table)}.${column.colname}\` is added UNIQUE: the unique index is built while an ACCESS EXCLUSIVE lock blocks every read and write`,
                help: "Add the column without UNIQUE (op.add_column), then " + HELP[0].toLowerCase() + HELP.slice(1),
                location: c.location,
            }
            : {
                message: `unique constraint ${c.conname ? `\`${c.conname}\` ` : ""}on existing table \`${(0, names_1.displayName)(table)}\`${columns ? ` (${columns})` : ""} builds its index ` +
                    "under an ACCESS EXCLUSIVE lock: every read and write waits for the whole build",
                help: HELP,
                location: c.location,
            });
    },
};


/***/ }),

/***/ 8940:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enumAddValueInTransaction = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
const util_transactions_1 = __nccwpck_require__(222);
function isAddValue(stmt) {
    return stmt.kind === "AlterEnumStmt" && stmt.body.oldVal === undefined && stmt.body.newVal !== undefined;
}
/** The unit's ADD VALUE statements run in transactions, grouped by transaction. Built once per unit. */
function addValuesByTransaction(ctx) {
    return ctx.memo("enum-add-value-in-transaction.addValues", () => {
        const byTransaction = new Map();
        const ids = (0, util_transactions_1.transactionIdsOf)(ctx);
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++) {
            const s = statements[i];
            if (!s.inTransaction || !isAddValue(s))
                continue;
            let added = byTransaction.get(ids[s.index]);
            if (!added)
                byTransaction.set(ids[s.index], (added = { first: s.index, byLabel: new Map() }));
            added.byLabel.set(s.body.newVal, [...(added.byLabel.get(s.body.newVal) ?? []), s]);
        }
        byTransaction.forEach((added) => {
            added.spellings = (0, util_transactions_1.constantSpellings)(added.byLabel.keys());
        });
        return { ids, byTransaction };
    });
}
/** Was the enum created by an earlier statement of the same transaction? (Before PG 12 that made ADD VALUE legal there.) */
function typeCreatedInSameTransaction(ctx, stmt) {
    const type = (0, util_breaking_1.typeNameFromParts)(stmt.body.typeName);
    const creates = enumCreatesByName(ctx).get(type.name);
    if (!creates)
        return false;
    const ids = (0, util_transactions_1.transactionIdsOf)(ctx);
    // Transaction ids only grow along the unit: walking back from the ADD VALUE, the first CREATE TYPE outside
    // its transaction means every earlier one is outside it too.
    for (let k = creates.length - 1; k >= 0; k--) {
        const at = creates[k];
        if (at >= stmt.index)
            continue;
        if (!(0, util_transactions_1.sameTransaction)(ctx, at, stmt.index)) {
            if (ids[at] !== -1 || ids[stmt.index] === -1)
                break;
            continue;
        }
        if (ctx.typeCreatedEarlier(type, at + 1))
            return true;
    }
    return false;
}
/** CREATE TYPE … AS ENUM statement indexes by type name (schema ignored), in order. One pass per unit. */
function enumCreatesByName(ctx) {
    return ctx.memo("enum-add-value-in-transaction.creates", () => {
        const byName = new Map();
        for (const s of ctx.statements) {
            if (s.kind !== "CreateEnumStmt")
                continue;
            const name = (0, util_breaking_1.typeNameFromParts)(s.body.typeName).name;
            const list = byName.get(name);
            if (list)
                list.push(s.index);
            else
                byName.set(name, [s.index]);
        }
        return byName;
    });
}
/**
 * The statements the rule can report on (its kinds are every kind): before PostgreSQL 12 the ADD VALUEs run in a
 * transaction, from 12 on the statements after an ADD VALUE in the same transaction whose text can spell one of its
 * labels (so check walks only those). Most units have none.
 */
function reportedStatements(ctx) {
    return ctx.memo("enum-add-value-in-transaction.reported", () => {
        const reported = new Set();
        const { ids, byTransaction } = addValuesByTransaction(ctx);
        if (byTransaction.size === 0)
            return reported;
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++) {
            const s = statements[i];
            if (!s.inTransaction)
                continue;
            if (ctx.pgVersion < 12) {
                if (isAddValue(s))
                    reported.add(s.index);
                continue;
            }
            const added = byTransaction.get(ids[s.index]);
            // Any label of the transaction (check still takes only the ADD VALUEs before the statement).
            if (added !== undefined && added.first < s.index && (0, util_transactions_1.mayContainStringConstant)(s, added.spellings))
                reported.add(s.index);
        }
        return reported;
    });
}
exports.enumAddValueInTransaction = {
    meta: {
        id: "enum-add-value-in-transaction",
        family: "transactions",
        defaultSeverity: "error",
        summary: "ALTER TYPE … ADD VALUE in a transaction: fails before PostgreSQL 12; from 12 on, using the new value in the same transaction fails.",
    },
    reportsOn: reportedStatements,
    check(stmt, ctx) {
        if (!stmt.inTransaction)
            return [];
        if (ctx.pgVersion < 12) {
            if (!isAddValue(stmt) || typeCreatedInSameTransaction(ctx, stmt))
                return [];
            const type = (0, names_1.displayName)((0, util_breaking_1.typeNameFromParts)(stmt.body.typeName));
            return [
                {
                    message: `ALTER TYPE \`${type}\` ADD VALUE '${stmt.body.newVal}' runs inside a transaction: before PostgreSQL 12 this fails with ` +
                        '"ALTER TYPE ... ADD cannot run inside a transaction block" and the migration aborts',
                    help: "Run it in `with op.get_context().autocommit_block(): op.execute(\"ALTER TYPE ... ADD VALUE IF NOT EXISTS ...\")`.",
                },
            ];
        }
        // PostgreSQL 12+: adding is fine; using the new label before the transaction commits is not.
        // The engine calls this only for reportedStatements(); the cheap exits keep it right for any statement.
        const { ids, byTransaction } = addValuesByTransaction(ctx);
        if (byTransaction.size === 0)
            return [];
        const inTransaction = byTransaction.get(ids[stmt.index]);
        if (!inTransaction || inTransaction.first >= stmt.index)
            return [];
        const byLabel = inTransaction.byLabel;
        const reports = [];
        const reported = new Set();
        for (const use of (0, util_transactions_1.stringConstants)(stmt)) {
            const added = byLabel.get(use.value)?.find((s) => s.index < stmt.index);
            if (!added || reported.has(use.value))
                continue;
            reported.add(use.value);
            const type = (0, names_1.displayName)((0, util_breaking_1.typeNameFromParts)(added.body.typeName));
            reports.push({
                message: `'${use.value}' was added to enum \`${type}\` at line ${added.line} in this same transaction: using it before the transaction ` +
                    `commits fails with 'unsafe use of new value "${use.value}" of enum type ${type.split(".").at(-1)}'`,
                help: "Add the value in its own revision, or run the ALTER TYPE in `with op.get_context().autocommit_block():` " +
                    "so it is committed before the statements that use it.",
                location: use.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.identifierTooLong = void 0;
const names_1 = __nccwpck_require__(7804);
/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_IDENTIFIER_BYTES = 63;
/**
 * Can the name be 60 bytes or more? A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter than 20 units cannot.
 * Columns and constraints are many: the short ones are left out of the list right away.
 */
function mayReachLimit(name) {
    return Boolean(name) && name.length * 3 >= MAX_IDENTIFIER_BYTES - 3;
}
function constraintName(c, out) {
    if (c?.conname && mayReachLimit(c.conname))
        out.push({ what: "constraint", name: c.conname, location: c.location });
}
function columnNames(def, out) {
    if (mayReachLimit(def.colname))
        out.push({ what: "column", name: def.colname, location: def.location });
    const constraints = def.constraints ?? [];
    for (let i = 0; i < constraints.length; i++)
        constraintName(constraints[i].Constraint, out);
}
/** The names a statement defines (references to existing objects are truncated the same way and still match). */
function definedNames(stmt) {
    const b = stmt.body;
    switch (stmt.kind) {
        case "CreateStmt": {
            const out = [{ what: "table", name: b.relation?.relname, location: b.relation?.location }];
            const elts = b.tableElts ?? [];
            for (let i = 0; i < elts.length; i++) {
                const e = elts[i];
                if (e.ColumnDef)
                    columnNames(e.ColumnDef, out);
                else
                    constraintName(e.Constraint, out);
            }
            return out;
        }
        case "AlterTableStmt": {
            const out = [];
            const cmds = (0, names_1.alterTableCommands)(stmt);
            for (let i = 0; i < cmds.length; i++) {
                const cmd = cmds[i];
                if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef)
                    columnNames(cmd.def.ColumnDef, out);
                else if (cmd.subtype === "AT_AddConstraint")
                    constraintName(cmd.def?.Constraint, out);
            }
            return out;
        }
        case "IndexStmt":
            return b.idxname ? [{ what: "index", name: b.idxname }] : [];
        case "CreateTableAsStmt":
            return [{ what: b.objtype === "OBJECT_MATVIEW" ? "materialized view" : "table", name: b.into?.rel?.relname, location: b.into?.rel?.location }];
        case "ViewStmt":
            return [{ what: "view", name: b.view?.relname, location: b.view?.location }];
        case "CreateSeqStmt":
            return [{ what: "sequence", name: b.sequence?.relname, location: b.sequence?.location }];
        case "CreateSchemaStmt":
            return [{ what: "schema", name: b.schemaname }];
        case "CreateEnumStmt":
            return [{ what: "type", name: (0, names_1.nameParts)(b.typeName).at(-1) ?? "" }];
        case "CreateDomainStmt":
            return [{ what: "domain", name: (0, names_1.nameParts)(b.domainname).at(-1) ?? "" }];
        case "RenameStmt":
            return [{ what: "new name", name: b.newname }];
        default:
            return [];
    }
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * The parser has already cut the name to 63 bytes (at a character boundary), so a name of 60–63 bytes may be the
 * stump of a longer one: look for the longer spelling in the statement text.
 */
function originalSpelling(stmt, truncated) {
    const prefix = escapeRegExp(truncated);
    const pattern = new RegExp(`"(${prefix}(?:[^"]|"")+)"|(${prefix}[\\p{L}\\p{N}_$]+)`, "giu");
    for (const match of stmt.sql.matchAll(pattern)) {
        const original = match[1]?.replace(/""/g, '"') ?? match[2];
        if (original && original.length > truncated.length)
            return original;
    }
    return undefined;
}
exports.identifierTooLong = {
    meta: {
        id: "identifier-too-long",
        family: "hygiene",
        defaultSeverity: "warning",
        summary: "Names longer than 63 bytes are silently truncated by PostgreSQL.",
    },
    kinds: [
        "CreateStmt",
        "AlterTableStmt",
        "IndexStmt",
        "CreateTableAsStmt",
        "ViewStmt",
        "CreateSeqStmt",
        "CreateSchemaStmt",
        "CreateEnumStmt",
        "CreateDomainStmt",
        "RenameStmt",
    ],
    subcommands: ["AT_AddColumn", "AT_AddConstraint"],
    check(stmt) {
        const reports = [];
        const names = definedNames(stmt);
        for (let i = 0; i < names.length; i++) {
            const defined = names[i];
            if (!mayReachLimit(defined.name) || Buffer.byteLength(defined.name, "utf8") < MAX_IDENTIFIER_BYTES - 3)
                continue;
            const original = originalSpelling(stmt, defined.name);
            if (!original)
                continue;
            reports.push({
                message: `${defined.what} name "${original}" is ${Buffer.byteLength(original, "utf8")} bytes; PostgreSQL silently truncates it to ` +
                    `"${defined.name}" (63 bytes max), so the database disagrees with the models and Alembic autogenerate, and names that ` +
                    "share those first 63 bytes collide",
                help: "Choose a name of at most 63 bytes (for SQLAlchemy naming conventions, shorten the pattern or the table/column parts), " +
                    "and use that same name in op.* calls and the downgrade.",
                location: defined.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 1181:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferBigintOverInt = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
exports.preferBigintOverInt = (0, util_hygiene_1.columnTypeRule)({
    id: "prefer-bigint-over-int",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New integer (int4) columns overflow at 2,147,483,647; bigint costs 4 bytes more and never does.",
}, 
// A foreign key to an integer key stays integer: the finding belongs on the key it references.
(column, stmt, ctx) => util_hygiene_1.INT4_TYPES.has(column.type) && !column.isArray && !(0, util_hygiene_1.isForeignKeyBoundByItsKey)(column, stmt, ctx, 32), (column, where) => ({
    message: `${where} is a 32-bit ${column.type === "int4" ? "integer" : column.type}: ids and counters overflow at 2,147,483,647, and widening it later ` +
        "rewrites the whole table under an ACCESS EXCLUSIVE lock",
    help: "Use bigint (sa.BigInteger(); for keys sa.BigInteger() with sa.Identity()) for ids, foreign keys and counters.",
}));


/***/ }),

/***/ 2346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferBigintOverSmallint = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
exports.preferBigintOverSmallint = (0, util_hygiene_1.columnTypeRule)({
    id: "prefer-bigint-over-smallint",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New smallint (int2) columns overflow at 32,767.",
}, 
// A foreign key to a smallint lookup key stays smallint: the finding belongs on the key it references.
(column, stmt, ctx) => util_hygiene_1.INT2_TYPES.has(column.type) && !column.isArray && !(0, util_hygiene_1.isForeignKeyBoundByItsKey)(column, stmt, ctx, 16), (column, where) => ({
    message: `${where} is a 16-bit ${column.type === "int2" ? "smallint" : column.type}: it overflows at 32,767 ("smallint out of range"), ` +
        "and widening it later rewrites the whole table under an ACCESS EXCLUSIVE lock",
    help: "Use bigint (sa.BigInteger()); padding usually eats the 6 bytes smallint saves.",
}));


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferIdentity = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
const NARROW_SERIALS = {
    serial: "; it is also 32-bit: ids overflow at 2,147,483,647",
    serial4: "; it is also 32-bit: ids overflow at 2,147,483,647",
    smallserial: "; it is also 16-bit: ids overflow at 32,767",
    serial2: "; it is also 16-bit: ids overflow at 32,767",
};
exports.preferIdentity = (0, util_hygiene_1.columnTypeRule)({
    id: "prefer-identity",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "serial/bigserial columns: use GENERATED … AS IDENTITY instead.",
}, (column) => util_hygiene_1.SERIAL_TYPES.has(column.type), (column, where) => ({
    message: `${where} is ${column.type}: its sequence is a separate object with its own permissions and ownership, ` +
        "explicit inserts silently desynchronise it, and copying the table structure (CREATE TABLE … LIKE) shares the sequence" +
        // prefer-bigint-over-int/-smallint stay quiet on a serial this rule reports (one finding per column), so say it here.
        (NARROW_SERIALS[column.type] ?? ""),
    help: "Use bigint GENERATED BY DEFAULT AS IDENTITY: " +
        "sa.Column(\"id\", sa.BigInteger(), sa.Identity(), primary_key=True).",
}));


/***/ }),

/***/ 3315:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferJsonbOverJson = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
exports.preferJsonbOverJson = (0, util_hygiene_1.columnTypeRule)({
    id: "prefer-jsonb-over-json",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New json columns: use jsonb.",
}, (column) => column.type === "json", (_column, where) => ({
    message: `${where} is json: it stores the raw text and re-parses it on every access, cannot be indexed with GIN, ` +
        "and has no equality operator (SELECT DISTINCT, GROUP BY and UNION on it fail)",
    help: "Use jsonb: sa.Column(..., postgresql.JSONB()) (from sqlalchemy.dialects import postgresql).",
}));


/***/ }),

/***/ 1681:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferRepack = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
const HELP = "Reclaim space online with pg_repack (or pg_squeeze), run outside the migration; a plain VACUUM (without FULL) " +
    "marks space reusable without blocking reads or writes.";
exports.preferRepack = {
    meta: {
        id: "prefer-repack",
        family: "locks",
        defaultSeverity: "error",
        summary: "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock; use pg_repack instead.",
    },
    kinds: ["VacuumStmt", "ClusterStmt"],
    check(stmt, ctx) {
        const reports = [];
        if (stmt.kind === "VacuumStmt") {
            if (!stmt.body.is_vacuumcmd || !(0, util_locks_1.hasOption)(stmt.body.options, "full"))
                return [];
            const relations = (stmt.body.rels ?? []).map((r) => r.VacuumRelation?.relation).filter(Boolean);
            if (relations.length === 0)
                return [
                    {
                        message: "VACUUM FULL of the whole database rewrites every table, each under an ACCESS EXCLUSIVE lock that blocks all reads and writes",
                        help: HELP,
                    },
                ];
            for (const relation of relations) {
                const table = (0, names_1.qualifiedRelation)(relation);
                if (ctx.tableCreatedEarlier(table, stmt.index))
                    continue;
                reports.push({
                    message: `VACUUM FULL rewrites table \`${(0, names_1.displayName)(table)}\` under an ACCESS EXCLUSIVE lock: every read and write waits until the copy is done`,
                    help: HELP,
                    location: relation.location,
                });
            }
            return reports;
        }
        const relation = stmt.body.relation;
        if (!relation) {
            return [{ message: "CLUSTER without a table rewrites every previously clustered table, each under an ACCESS EXCLUSIVE lock", help: HELP }];
        }
        const table = (0, names_1.qualifiedRelation)(relation);
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        return [
            {
                message: `CLUSTER rewrites table \`${(0, names_1.displayName)(table)}\` in index order under an ACCESS EXCLUSIVE lock: every read and write waits until the copy is done`,
                help: "Use pg_repack --order-by (or pg_repack -i) outside the migration to reorder the table online.",
                location: relation.location,
            },
        ];
    },
};


/***/ }),

/***/ 4342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferRobustStmts = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
/**
 * Was `name` dropped with IF EXISTS before `index`? Names are the last name part; constraints "table.constraint".
 * Built once per unit so the rule stays linear on large files.
 */
function droppedIfExistsBefore(ctx, name, index) {
    const firstDrop = ctx.memo("prefer-robust-stmts.droppedIfExists", () => {
        const map = new Map();
        const note = (key, at) => map.has(key) || map.set(key, at);
        for (const s of ctx.statements) {
            if (s.kind === "DropStmt" && s.body.missing_ok)
                for (const o of s.body.objects ?? [])
                    note((0, util_breaking_1.dropObjectName)(o).name, s.index);
            if (s.kind === "AlterTableStmt")
                for (const cmd of (0, names_1.alterTableCommands)(s))
                    if (cmd.subtype === "AT_DropConstraint" && cmd.missing_ok)
                        note(`${s.body.relation?.relname}.${cmd.name}`, s.index);
        }
        return map;
    });
    const at = firstDrop.get(name);
    return at !== undefined && at < index;
}
const RERUN = "if the migration fails after this statement and is run again, it stops here with";
exports.preferRobustStmts = {
    meta: {
        id: "prefer-robust-stmts",
        family: "transactions",
        defaultSeverity: "warning",
        summary: "Outside a transaction, CREATE/DROP/ADD COLUMN without IF [NOT] EXISTS make a half-applied migration impossible to re-run.",
    },
    kinds: ["CreateStmt", "CreateTableAsStmt", "IndexStmt", "CreateSeqStmt", "CreateSchemaStmt", "DropStmt", "AlterEnumStmt", "AlterTableStmt"],
    subcommands: ["AT_AddColumn", "AT_DropColumn", "AT_DropConstraint", "AT_AddConstraint"],
    // Only statements outside a transaction; most units run entirely inside Alembic's.
    reportsOn: (ctx) => ctx.memo("prefer-robust-stmts.outsideTransaction", () => {
        const outside = new Set();
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++)
            if (!statements[i].inTransaction)
                outside.add(statements[i].index);
        return outside;
    }),
    check(stmt, ctx) {
        // Inside a transaction a failure rolls everything back, so a re-run starts from a clean state.
        if (stmt.inTransaction)
            return [];
        const reports = [];
        const help = (fix) => `${fix} so the statement can be run again; statements outside a transaction (autocommit_block(), CONCURRENTLY) are not rolled back when a later one fails.`;
        const create = (what, name, ifNotExists, location) => {
            if (ifNotExists || droppedIfExistsBefore(ctx, name, stmt.index))
                return;
            reports.push({
                message: `${what} \`${name}\` without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
                help: help(`Write ${what} IF NOT EXISTS (or drop it first with IF EXISTS)`),
                location,
            });
        };
        switch (stmt.kind) {
            case "CreateStmt":
                create("CREATE TABLE", stmt.body.relation?.relname, !!stmt.body.if_not_exists, stmt.body.relation?.location);
                break;
            case "CreateTableAsStmt":
                create(stmt.body.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS", stmt.body.into?.rel?.relname, !!stmt.body.if_not_exists, stmt.body.into?.rel?.location);
                break;
            case "IndexStmt":
                // An unnamed index gets a fresh name on every run: a re-run does not fail but builds a duplicate.
                if (!stmt.body.idxname) {
                    reports.push({
                        message: `unnamed index on \`${stmt.body.relation?.relname}\` outside a transaction: a re-run after a failure builds a second, duplicate index`,
                        help: help("Name the index and write CREATE INDEX IF NOT EXISTS (or DROP INDEX IF EXISTS first)"),
                        location: stmt.body.relation?.location,
                    });
                }
                else if (stmt.body.concurrent) {
                    // A failed concurrent build leaves an INVALID index under this name, which IF NOT EXISTS would keep:
                    // only dropping it first makes the re-run build a usable index.
                    const name = stmt.body.idxname;
                    if (droppedIfExistsBefore(ctx, name, stmt.index))
                        break;
                    reports.push({
                        message: `CREATE INDEX CONCURRENTLY \`${name}\` outside a transaction: if the build fails (a duplicate key, a deadlock, a timeout) ` +
                            `PostgreSQL leaves an INVALID index \`${name}\` behind, ` +
                            (stmt.body.if_not_exists
                                ? "and on a re-run IF NOT EXISTS skips the build and keeps the invalid index, which no query uses"
                                : 'and a re-run stops with "already exists"'),
                        help: help(`Drop any leftover first, in the same autocommit_block(): op.execute("DROP INDEX CONCURRENTLY IF EXISTS ${name}") ` +
                            `(op.drop_index(..., postgresql_concurrently=True, if_exists=True) from Alembic 1.12) right before op.create_index(..., postgresql_concurrently=True),`),
                        location: stmt.body.relation?.location,
                    });
                }
                else
                    create("CREATE INDEX", stmt.body.idxname, !!stmt.body.if_not_exists, stmt.body.relation?.location);
                break;
            case "CreateSeqStmt":
                create("CREATE SEQUENCE", stmt.body.sequence?.relname, !!stmt.body.if_not_exists, stmt.body.sequence?.location);
                break;
            case "CreateSchemaStmt":
                create("CREATE SCHEMA", stmt.body.schemaname, !!stmt.body.if_not_exists);
                break;
            case "DropStmt":
                if (!stmt.body.missing_ok) {
                    const names = (stmt.body.objects ?? []).map((o) => (0, util_breaking_1.dropObjectName)(o).name).join(", ");
                    const what = String(stmt.body.removeType ?? "").replace(/^OBJECT_/, "").replace(/_/g, " ");
                    reports.push({
                        message: `DROP ${what} \`${names}\` without IF EXISTS outside a transaction: ${RERUN} "does not exist"`,
                        help: help(`Write DROP ${what} IF EXISTS`),
                    });
                }
                break;
            case "AlterEnumStmt":
                if (stmt.body.oldVal === undefined && !stmt.body.skipIfNewValExists) {
                    reports.push({
                        message: `ALTER TYPE \`${(0, names_1.nameParts)(stmt.body.typeName).join(".")}\` ADD VALUE '${stmt.body.newVal}' without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
                        help: help("Write ALTER TYPE ... ADD VALUE IF NOT EXISTS"),
                    });
                }
                break;
            case "AlterTableStmt":
                reports.push(...alterTableReports(stmt, ctx, help));
                break;
        }
        return reports;
    },
};
function alterTableReports(stmt, ctx, help) {
    const table = stmt.body.relation?.relname;
    const reports = [];
    const cmds = (0, names_1.alterTableCommands)(stmt);
    for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i];
        if (cmd.subtype === "AT_AddColumn" && !cmd.missing_ok) {
            const column = cmd.def?.ColumnDef;
            reports.push({
                message: `ADD COLUMN \`${column?.colname}\` to \`${table}\` without IF NOT EXISTS outside a transaction: ${RERUN} "already exists"`,
                help: help("Write ADD COLUMN IF NOT EXISTS"),
                location: column?.location ?? stmt.body.relation?.location,
            });
        }
        else if ((cmd.subtype === "AT_DropColumn" || cmd.subtype === "AT_DropConstraint") && !cmd.missing_ok) {
            const what = cmd.subtype === "AT_DropColumn" ? "COLUMN" : "CONSTRAINT";
            reports.push({
                message: `DROP ${what} \`${cmd.name}\` of \`${table}\` without IF EXISTS outside a transaction: ${RERUN} "does not exist"`,
                help: help(`Write DROP ${what} IF EXISTS`),
                location: stmt.body.relation?.location,
            });
        }
        else if (cmd.subtype === "AT_AddConstraint") {
            const constraint = cmd.def?.Constraint;
            // ADD CONSTRAINT has no IF NOT EXISTS; the robust form drops it with IF EXISTS first.
            if (constraint?.conname && droppedIfExistsBefore(ctx, `${table}.${constraint.conname}`, stmt.index))
                continue;
            reports.push({
                message: constraint?.conname
                    ? `ADD CONSTRAINT \`${constraint.conname}\` on \`${table}\` outside a transaction: ${RERUN} "already exists"`
                    : `unnamed constraint added to \`${table}\` outside a transaction: a re-run adds it a second time or fails`,
                help: help("Name the constraint and run ALTER TABLE ... DROP CONSTRAINT IF EXISTS before adding it"),
                location: constraint?.location ?? stmt.body.relation?.location,
            });
        }
    }
    return reports;
}


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferTextField = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.preferTextField = {
    meta: {
        id: "prefer-text-field",
        family: "locks",
        defaultSeverity: "warning",
        summary: "varchar(n) in a new column: changing the limit later takes an ACCESS EXCLUSIVE lock (and shrinking it rewrites); prefer text with a CHECK.",
    },
    kinds: ["CreateStmt", "AlterTableStmt"],
    subcommands: ["AT_AddColumn"],
    check(stmt) {
        const columns = [];
        if (stmt.kind === "CreateStmt") {
            const elts = stmt.body.tableElts ?? [];
            for (let i = 0; i < elts.length; i++)
                if (elts[i].ColumnDef)
                    columns.push(elts[i].ColumnDef);
        }
        if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
            const cmds = (0, names_1.alterTableCommands)(stmt);
            for (let i = 0; i < cmds.length; i++)
                if (cmds[i].subtype === "AT_AddColumn" && (0, util_locks_1.columnDefOf)(cmds[i]))
                    columns.push((0, util_locks_1.columnDefOf)(cmds[i]));
        }
        const reports = [];
        for (let i = 0; i < columns.length; i++) {
            const col = columns[i];
            // Cheap test first: most columns are not varchar.
            if (col.typeName?.names?.at(-1)?.String?.sval !== "varchar" || !col.typeName.typmods)
                continue;
            const type = (0, util_locks_1.columnTypeOf)(col.typeName);
            if (type?.name !== "varchar" || type.mods.length === 0)
                continue;
            const table = (0, names_1.displayName)((0, names_1.qualifiedRelation)(stmt.body.relation));
            reports.push({
                message: `column \`${table}.${col.colname}\` is varchar(${type.mods[0]}): raising the limit later needs an ACCESS EXCLUSIVE lock, ` +
                    "and lowering it rewrites the table; the limit itself saves no space over text",
                help: `Use sa.Text() (text), and if the length matters add a CHECK (char_length(${col.colname}) <= ${type.mods[0]}) constraint, ` +
                    "which can later be replaced NOT VALID + VALIDATE without blocking traffic.",
                location: col.typeName?.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 4803:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preferTimestamptz = void 0;
const util_hygiene_1 = __nccwpck_require__(7872);
exports.preferTimestamptz = (0, util_hygiene_1.columnTypeRule)({
    id: "prefer-timestamptz",
    family: "hygiene",
    defaultSeverity: "warning",
    summary: "New timestamp (without time zone) columns: use timestamptz.",
}, (column) => column.type === "timestamp", (_column, where) => ({
    message: `${where} is timestamp without time zone: it stores wall-clock time with no zone, so values written from servers or sessions ` +
        "in different time zones (or across a DST change) cannot be compared correctly",
    help: "Use timestamptz: sa.DateTime(timezone=True). It takes the same 8 bytes and stores an absolute instant.",
}));


/***/ }),

/***/ 1138:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renamingColumn = void 0;
const names_1 = __nccwpck_require__(7804);
exports.renamingColumn = {
    meta: {
        id: "renaming-column",
        family: "breaking",
        defaultSeverity: "error",
        summary: "RENAME COLUMN on an existing table breaks every running instance that uses the old name.",
    },
    kinds: ["RenameStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "RenameStmt" || stmt.body.renameType !== "OBJECT_COLUMN")
            return [];
        if (stmt.body.relationType !== "OBJECT_TABLE" && stmt.body.relationType !== "OBJECT_FOREIGN_TABLE")
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        return [
            {
                message: `renaming column \`${(0, names_1.displayName)(table)}.${stmt.body.subname}\` to \`${stmt.body.newname}\` breaks every running application instance: ` +
                    `queries and models that still say \`${stmt.body.subname}\` fail from the moment the migration commits until the new code is deployed`,
                help: `Expand/contract: add \`${stmt.body.newname}\` with op.add_column(), write both columns from the code, backfill in batches, ` +
                    `switch reads to \`${stmt.body.newname}\`, and drop \`${stmt.body.subname}\` in a later revision.`,
                location: stmt.body.relation?.location,
            },
        ];
    },
};


/***/ }),

/***/ 9869:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renamingEnumValue = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
exports.renamingEnumValue = {
    meta: {
        id: "renaming-enum-value",
        family: "breaking",
        defaultSeverity: "error",
        summary: "ALTER TYPE … RENAME VALUE breaks running code that still reads or writes the old label.",
        minPgVersion: 10,
    },
    kinds: ["AlterEnumStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "AlterEnumStmt" || stmt.body.oldVal === undefined)
            return [];
        const type = (0, util_breaking_1.typeNameFromParts)(stmt.body.typeName);
        if (ctx.typeCreatedEarlier(type, stmt.index))
            return [];
        return [
            {
                message: `renaming value '${stmt.body.oldVal}' of enum \`${(0, names_1.displayName)(type)}\` to '${stmt.body.newVal}' breaks running code: ` +
                    `inserting '${stmt.body.oldVal}' fails with "invalid input value for enum", and code comparing with '${stmt.body.oldVal}' silently matches nothing`,
                help: `Expand/contract: add '${stmt.body.newVal}' with ALTER TYPE ... ADD VALUE (in its own revision), deploy code that accepts both, ` +
                    `UPDATE the rows in batches, switch writers to '${stmt.body.newVal}', and only then retire '${stmt.body.oldVal}'.`,
            },
        ];
    },
};


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renamingTable = void 0;
const names_1 = __nccwpck_require__(7804);
exports.renamingTable = {
    meta: {
        id: "renaming-table",
        family: "breaking",
        defaultSeverity: "error",
        summary: "RENAME of an existing table breaks every running instance that uses the old name.",
    },
    kinds: ["RenameStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "RenameStmt")
            return [];
        if (stmt.body.renameType !== "OBJECT_TABLE" && stmt.body.renameType !== "OBJECT_FOREIGN_TABLE")
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        return [
            {
                message: `renaming table \`${(0, names_1.displayName)(table)}\` to \`${stmt.body.newname}\` breaks every running application instance: ` +
                    `queries and models that still say \`${table.name}\` fail from the moment the migration commits until the new code is deployed`,
                help: `Expand/contract: rename the table and create a view named \`${table.name}\` over it in the same revision ` +
                    "(op.rename_table() + op.execute(\"CREATE VIEW ...\")), deploy code that uses the new name, then drop the view later; " +
                    "or create the new table, dual-write, backfill and switch reads before dropping the old one.",
                location: stmt.body.relation?.location,
            },
        ];
    },
};


/***/ }),

/***/ 2668:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireConcurrentIndexCreation = void 0;
const names_1 = __nccwpck_require__(7804);
exports.requireConcurrentIndexCreation = {
    meta: {
        id: "require-concurrent-index-creation",
        family: "locks",
        defaultSeverity: "error",
        summary: "CREATE INDEX on an existing table without CONCURRENTLY blocks writes for the whole build.",
    },
    kinds: ["IndexStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "IndexStmt" || stmt.body.concurrent)
            return [];
        // ON ONLY a partitioned table creates an empty, invalid parent index and builds nothing: the first step of the
        // partitioned-table recipe (each partition's index is then built CONCURRENTLY and attached).
        if (stmt.body.relation && stmt.body.relation.inh !== true)
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        // A table created earlier in the same migration is empty and invisible to other sessions: no lock problem.
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return [];
        const index = stmt.body.idxname ? `index \`${stmt.body.idxname}\`` : "an index";
        return [
            {
                message: `${index} on existing table \`${table.name}\` is built without CONCURRENTLY: the SHARE lock blocks every INSERT, UPDATE and DELETE until the build finishes`,
                help: "Build it with op.create_index(..., postgresql_concurrently=True) inside " +
                    "`with op.get_context().autocommit_block():` (CONCURRENTLY cannot run in a transaction).",
                location: stmt.body.relation?.location,
            },
        ];
    },
};


/***/ }),

/***/ 1327:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireConcurrentIndexDeletion = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.requireConcurrentIndexDeletion = {
    meta: {
        id: "require-concurrent-index-deletion",
        family: "locks",
        defaultSeverity: "error",
        summary: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes.",
    },
    kinds: ["DropStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "DropStmt" || stmt.body.removeType !== "OBJECT_INDEX" || stmt.body.concurrent)
            return [];
        const reports = [];
        for (const obj of stmt.body.objects ?? []) {
            const index = (0, names_1.qualifiedRelation)((0, util_locks_1.relationFromNameList)(obj));
            // An index built earlier in this unit on a table also created in it: nobody else can be using the table.
            if ((0, util_locks_1.indexOnTableCreatedEarlier)(ctx, index, stmt.index))
                continue;
            reports.push({
                message: `index \`${(0, names_1.displayName)(index)}\` is dropped without CONCURRENTLY: the ACCESS EXCLUSIVE lock on its table ` +
                    "blocks every SELECT, INSERT, UPDATE and DELETE, and queues behind any running query",
                help: "Drop it with op.drop_index(..., postgresql_concurrently=True) inside " +
                    "`with op.get_context().autocommit_block():` (CONCURRENTLY cannot run in a transaction).",
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 7140:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireConcurrentPartitionDetach = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
exports.requireConcurrentPartitionDetach = {
    meta: {
        id: "require-concurrent-partition-detach",
        family: "locks",
        defaultSeverity: "error",
        summary: "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table (PG ≥ 14 has a concurrent form).",
        minPgVersion: 14,
    },
    kinds: ["AlterTableStmt"],
    subcommands: ["AT_DetachPartition"],
    check(stmt, ctx) {
        const parent = (0, util_locks_1.existingAlteredTable)(stmt, ctx);
        if (!parent)
            return [];
        const reports = [];
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype !== "AT_DetachPartition" || cmd.def?.PartitionCmd?.concurrent)
                continue;
            const partition = cmd.def?.PartitionCmd?.name;
            reports.push({
                message: `partition \`${(0, names_1.displayName)((0, names_1.qualifiedRelation)(partition))}\` is detached from \`${(0, names_1.displayName)(parent)}\` without CONCURRENTLY: ` +
                    "the ACCESS EXCLUSIVE lock on the partitioned table blocks every query on all of its partitions",
                help: "Run ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY with op.execute() inside " +
                    "`with op.get_context().autocommit_block():` (it cannot run in a transaction block).",
                location: partition?.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireConcurrentReindex = void 0;
const names_1 = __nccwpck_require__(7804);
const util_locks_1 = __nccwpck_require__(2791);
const WHAT = {
    REINDEX_OBJECT_INDEX: "index",
    REINDEX_OBJECT_TABLE: "table",
    REINDEX_OBJECT_SCHEMA: "schema",
    REINDEX_OBJECT_DATABASE: "database",
};
exports.requireConcurrentReindex = {
    meta: {
        id: "require-concurrent-reindex",
        family: "locks",
        defaultSeverity: "error",
        summary: "REINDEX without CONCURRENTLY blocks writes to the table (and reads through the index) for the whole rebuild.",
        minPgVersion: 12,
    },
    kinds: ["ReindexStmt"],
    check(stmt, ctx) {
        if (stmt.kind !== "ReindexStmt" || (0, util_locks_1.reindexIsConcurrent)(stmt.body))
            return [];
        const kind = WHAT[stmt.body.kind];
        // REINDEX SYSTEM cannot run concurrently: nothing better to suggest.
        if (!kind)
            return [];
        const relation = stmt.body.relation;
        if (relation) {
            const name = (0, names_1.qualifiedRelation)(relation);
            if (kind === "table" && ctx.tableCreatedEarlier(name, stmt.index))
                return [];
            if (kind === "index" && (0, util_locks_1.indexOnTableCreatedEarlier)(ctx, name, stmt.index))
                return [];
        }
        const target = relation ? `${kind} \`${(0, names_1.displayName)((0, names_1.qualifiedRelation)(relation))}\`` : `${kind} \`${stmt.body.name ?? "(current)"}\``;
        return [
            {
                message: `REINDEX of ${target} without CONCURRENTLY: it holds a SHARE lock on each table (blocking INSERT, UPDATE, DELETE) ` +
                    "and an ACCESS EXCLUSIVE lock on each index (blocking queries that use it) until the rebuild finishes",
                help: "Use REINDEX ... CONCURRENTLY via op.execute() inside `with op.get_context().autocommit_block():` " +
                    "(it cannot run in a transaction; PostgreSQL 12+).",
                location: relation?.location,
            },
        ];
    },
};


/***/ }),

/***/ 1562:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireEnumValueOrdering = void 0;
const names_1 = __nccwpck_require__(7804);
const util_breaking_1 = __nccwpck_require__(1414);
/**
 * The labels of an enum created earlier in the same unit, in order, as of just before `beforeIndex`
 * (CREATE TYPE … AS ENUM, then every ADD VALUE / RENAME VALUE since). undefined when it was not created here.
 */
function labelsBefore(ctx, beforeIndex) {
    return labelsBeforeEachAlter(ctx).get(beforeIndex);
}
/**
 * One pass over the unit: for every ALTER TYPE … ADD VALUE … BEFORE/AFTER, the labels its enum had just before it
 * (only enums created in the unit; matched by type name, schema ignored).
 */
function labelsBeforeEachAlter(ctx) {
    return ctx.memo("require-enum-value-ordering.labels", () => {
        const snapshots = new Map();
        const current = new Map();
        for (const s of ctx.statements) {
            if (s.kind === "CreateEnumStmt") {
                current.set((0, util_breaking_1.typeNameFromParts)(s.body.typeName).name, (0, names_1.nameParts)(s.body.vals));
            }
            else if (s.kind === "AlterEnumStmt") {
                const name = (0, util_breaking_1.typeNameFromParts)(s.body.typeName).name;
                const labels = current.get(name);
                if (!labels)
                    continue;
                if (s.body.oldVal === undefined && s.body.newValNeighbor !== undefined)
                    snapshots.set(s.index, [...labels]);
                if (s.body.oldVal !== undefined) {
                    current.set(name, labels.map((l) => (l === s.body.oldVal ? s.body.newVal : l)));
                }
                else if (!labels.includes(s.body.newVal)) {
                    const at = s.body.newValNeighbor === undefined ? -1 : labels.indexOf(s.body.newValNeighbor);
                    if (at < 0)
                        labels.push(s.body.newVal);
                    else
                        labels.splice(s.body.newValIsAfter ? at + 1 : at, 0, s.body.newVal);
                }
            }
        }
        return snapshots;
    });
}
exports.requireEnumValueOrdering = {
    meta: {
        id: "require-enum-value-ordering",
        family: "hygiene",
        defaultSeverity: "error",
        summary: "ALTER TYPE … ADD VALUE … BEFORE/AFTER a label the enum (created in the same migration) does not have.",
    },
    kinds: ["AlterEnumStmt"],
    check(stmt, ctx) {
        const neighbor = stmt.body.newValNeighbor;
        if (stmt.body.oldVal !== undefined || neighbor === undefined)
            return [];
        const type = (0, util_breaking_1.typeNameFromParts)(stmt.body.typeName);
        const labels = labelsBefore(ctx, stmt.index);
        if (!labels || labels.includes(neighbor))
            return [];
        const position = stmt.body.newValIsAfter ? "AFTER" : "BEFORE";
        return [
            {
                message: `ALTER TYPE \`${(0, names_1.displayName)(type)}\` ADD VALUE '${stmt.body.newVal}' ${position} '${neighbor}': the enum, as created earlier in this ` +
                    `migration, has no label '${neighbor}' (its labels: ${labels.map((l) => `'${l}'`).join(", ")}), so PostgreSQL fails with ` +
                    `"\"${neighbor}\" is not an existing enum label" and the intended order is lost`,
                help: `Place the new label relative to one of the existing labels (${position} '${labels.at(-1)}', ...), or fix the spelling of '${neighbor}'.`,
            },
        ];
    },
};


/***/ }),

/***/ 449:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireLockTimeout = void 0;
const util_locks_1 = __nccwpck_require__(2791);
/** Statements that request a write-blocking lock on an existing table with no lock_timeout: first of each run. */
function runs(ctx) {
    return ctx.memo("require-lock-timeout.runs", () => {
        const locks = (0, util_locks_1.unitLocks)(ctx);
        return (0, util_locks_1.uncoveredRuns)(ctx, "lock_timeout", (i) => {
            const lock = (0, util_locks_1.strongestLock)(locks[i]);
            return lock !== undefined && (0, util_locks_1.blocksWrites)(lock.mode);
        });
    });
}
exports.requireLockTimeout = {
    meta: {
        id: "require-lock-timeout",
        family: "locks",
        defaultSeverity: "warning",
        summary: "A statement that takes a write-blocking lock on an existing table runs without SET lock_timeout: while it waits for the lock, every query queues behind it.",
    },
    kinds: util_locks_1.LOCKING_KINDS,
    // Only the first statement of each run is reported.
    reportsOn: (ctx) => runs(ctx),
    check(stmt, ctx) {
        const more = runs(ctx).get(stmt.index);
        if (more === undefined)
            return [];
        const lock = (0, util_locks_1.strongestLock)((0, util_locks_1.unitLocks)(ctx)[stmt.index]);
        const zero = ctx.timeoutMillisBefore("lock_timeout", stmt.index) === 0;
        const also = more > 0 ? ` (so ${more === 1 ? "does 1 more statement" : `do ${more} more statements`} after it)` : "";
        return [
            {
                message: `${lock.mode} lock on ${(0, util_locks_1.lockTargetLabel)(lock)} is requested with ${zero ? "lock_timeout = 0 (wait forever)" : "no lock_timeout"}${also}: ` +
                    "if any long query or open transaction holds the table, this statement waits — and every read and write on the table queues behind it",
                help: "Start the migration with op.execute(\"SET lock_timeout = '5s'\") (or SET LOCAL inside the transaction) so it fails fast " +
                    "instead of stalling traffic, and retry the deploy. If env.py already sets it for every migration (SQL lint cannot see env.py), " +
                    'turn this rule off in alembic-guard.toml: [rules] "require-lock-timeout" = "off".',
                location: lock.location,
            },
        ];
    },
};


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireStatementTimeout = void 0;
const util_locks_1 = __nccwpck_require__(2791);
const WORK_TEXT = {
    scan: "scans every row of",
    rewrite: "rewrites",
    "index-build": "builds an index over all of",
};
/** The lock held while the statement does work proportional to the table's size (scan, rewrite, index build). */
function heavyLock(locks) {
    // Asked for every locking statement of the unit: a loop, no callback.
    for (let i = 0; i < locks.length; i++)
        if ((0, util_locks_1.blocksWrites)(locks[i].mode) && locks[i].work !== "catalog")
            return locks[i];
    return undefined;
}
/** Heavy statements (scan, rewrite, index build under a write-blocking lock) with no statement_timeout: first of each run. */
function runs(ctx) {
    return ctx.memo("require-statement-timeout.runs", () => {
        const locks = (0, util_locks_1.unitLocks)(ctx);
        return (0, util_locks_1.uncoveredRuns)(ctx, "statement_timeout", (i) => heavyLock(locks[i]) !== undefined);
    });
}
exports.requireStatementTimeout = {
    meta: {
        id: "require-statement-timeout",
        family: "locks",
        defaultSeverity: "warning",
        summary: "A statement that scans, rewrites or indexes an existing table while blocking its writes runs without SET statement_timeout.",
    },
    kinds: util_locks_1.LOCKING_KINDS,
    // Only the first statement of each run is reported.
    reportsOn: (ctx) => runs(ctx),
    check(stmt, ctx) {
        const more = runs(ctx).get(stmt.index);
        if (more === undefined)
            return [];
        const lock = heavyLock((0, util_locks_1.unitLocks)(ctx)[stmt.index]);
        const also = more > 0 ? ` (as ${more === 1 ? "does 1 more statement" : `do ${more} more statements`} after it)` : "";
        return [
            {
                message: `this statement ${WORK_TEXT[lock.work]} ${(0, util_locks_1.lockTargetLabel)(lock)} while holding ${(0, util_locks_1.lockPhrase)(lock.mode)}, with no statement_timeout${also}: ` +
                    "nothing bounds how long reads or writes on it stay blocked",
                help: "Set an upper bound before it, e.g. op.execute(\"SET statement_timeout = '30s'\"), so an unexpectedly large table fails the " +
                    "migration instead of blocking production; better, use the non-blocking form the other findings suggest. If env.py already sets it " +
                    'for every migration (SQL lint cannot see env.py), turn this rule off in alembic-guard.toml: [rules] "require-statement-timeout" = "off".',
                location: lock.location,
            },
        ];
    },
};


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireTableSchema = void 0;
exports.requireTableSchema = {
    meta: {
        id: "require-table-schema",
        family: "hygiene",
        defaultSeverity: "off",
        summary: "Opt-in: CREATE TABLE must name its schema (schema.table) instead of relying on search_path.",
    },
    kinds: ["CreateStmt", "CreateTableAsStmt"],
    check(stmt) {
        const relation = stmt.kind === "CreateStmt" ? stmt.body.relation : stmt.body.into?.rel;
        // Temporary tables live in pg_temp and cannot be schema-qualified otherwise.
        if (!relation || relation.schemaname || relation.relpersistence === "t")
            return [];
        return [
            {
                message: `table \`${relation.relname}\` is created without a schema: it lands in the first schema of the migrating role's search_path, ` +
                    "which can differ between environments (and from the schema the application reads)",
                help: `Name the schema: op.create_table("${relation.relname}", ..., schema="app") or CREATE TABLE app.${relation.relname} (...).`,
                location: relation.location,
            },
        ];
    },
};


/***/ }),

/***/ 4739:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statementsAfterAccessExclusive = void 0;
const util_locks_1 = __nccwpck_require__(2791);
const util_transactions_1 = __nccwpck_require__(222);
/** Statements that do nothing worth reporting while a lock is held: transaction control, settings, Alembic's bookkeeping. */
function isIdle(stmt) {
    return stmt.kind === "TransactionStmt" || stmt.kind === "VariableSetStmt" || stmt.kind === "VariableShowStmt" || (0, util_locks_1.isAlembicVersionStatement)(stmt);
}
/**
 * COMMENT ON TABLE / COLUMN of a table this transaction already holds ACCESS EXCLUSIVE on (op.alter_column(comment=...),
 * op.create_table_comment()): a catalog write that waits for nothing.
 */
function commentsOnHeldTable(stmt, heldTables) {
    if (stmt.kind !== "CommentStmt" || (stmt.body.objtype !== "OBJECT_TABLE" && stmt.body.objtype !== "OBJECT_COLUMN"))
        return false;
    const names = (stmt.body.object?.List?.items ?? []).map((i) => i.String?.sval ?? "");
    const relation = stmt.body.objtype === "OBJECT_COLUMN" ? names.slice(0, -1) : names;
    if (relation.length === 0 || relation.length > 2)
        return false;
    return heldTables.has(tableKey(relation.length === 2 ? relation[0] : undefined, relation.at(-1)));
}
/** Schema and name joined by NUL, which no identifier contains: "a.b".c and a."b.c" are different tables. */
function tableKey(schema, name) {
    return `${schema ?? ""}\0${name}`;
}
/** For each reported statement: the first statement after an ACCESS EXCLUSIVE lock in its transaction. */
function analyse(ctx) {
    return ctx.memo("statements-after-access-exclusive.held", () => heldLocks(ctx));
}
function heldLocks(ctx) {
    const result = new Map();
    const locks = (0, util_locks_1.unitLocks)(ctx);
    const heldIn = new Map();
    const key = (l) => (l.ofIndex ? "index\0" : "") + tableKey(l.table.schema, l.table.name);
    const ids = (0, util_transactions_1.transactionIdsOf)(ctx);
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (!s.inTransaction)
            continue;
        const tx = ids[s.index];
        const held = heldIn.get(tx);
        const stmtLocks = locks[s.index];
        if (held === undefined) {
            let ae;
            for (let k = 0; k < stmtLocks.length && !ae; k++)
                if (stmtLocks[k].mode === "ACCESS EXCLUSIVE")
                    ae = stmtLocks[k];
            if (ae) {
                const tables = new Set();
                for (let k = 0; k < stmtLocks.length; k++)
                    if (stmtLocks[k].mode === "ACCESS EXCLUSIVE")
                        tables.add(key(stmtLocks[k]));
                heldIn.set(tx, { lock: ae, at: s, following: 0, tables });
            }
            continue;
        }
        // A catalog-only change to a table whose ACCESS EXCLUSIVE lock this transaction already holds waits for
        // nothing and takes no time (say, a second ADD COLUMN on the same table): not worth a finding.
        let onlyHeldTables = stmtLocks.length > 0;
        for (let k = 0; k < stmtLocks.length && onlyHeldTables; k++)
            onlyHeldTables = stmtLocks[k].work === "catalog" && held.tables.has(key(stmtLocks[k]));
        if (!onlyHeldTables)
            onlyHeldTables = commentsOnHeldTable(s, held.tables);
        for (let k = 0; k < stmtLocks.length; k++)
            if (stmtLocks[k].mode === "ACCESS EXCLUSIVE")
                held.tables.add(key(stmtLocks[k]));
        if (!isIdle(s) && !onlyHeldTables) {
            held.following++;
            if (held.reportedAt === undefined) {
                held.reportedAt = s.index;
                result.set(s.index, held);
            }
        }
    }
    return result;
}
exports.statementsAfterAccessExclusive = {
    meta: {
        id: "statements-after-access-exclusive",
        family: "locks",
        defaultSeverity: "warning",
        summary: "More statements run in a transaction after one took an ACCESS EXCLUSIVE lock on an existing table: the lock is held until COMMIT.",
    },
    // Its kinds are every kind; it reports on the first statement after each lock, at most one per transaction.
    reportsOn: (ctx) => analyse(ctx),
    check(stmt, ctx) {
        const held = analyse(ctx).get(stmt.index);
        if (!held)
            return [];
        const more = held.following > 1 ? ` and ${held.following - 1} more statement${held.following > 2 ? "s" : ""} after it` : "";
        return [
            {
                message: `this statement${more} run${held.following > 1 ? "" : "s"} while the ACCESS EXCLUSIVE lock on ${(0, util_locks_1.lockTargetLabel)(held.lock)} ` +
                    `(taken at line ${held.at.line}) is still held: it is released only at COMMIT, so every read and write on it waits for all of them`,
                help: "Put the statement that takes ACCESS EXCLUSIVE last in its transaction, combine changes to the same table into one ALTER TABLE, " +
                    "or split the work into separate revisions (or autocommit blocks) so each lock is held only briefly.",
            },
        ];
    },
};


/***/ }),

/***/ 6627:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.transactionNesting = void 0;
const util_transactions_1 = __nccwpck_require__(222);
exports.transactionNesting = {
    meta: {
        id: "transaction-nesting",
        family: "transactions",
        defaultSeverity: "error",
        summary: "BEGIN inside an open transaction, or COMMIT/ROLLBACK of the transaction Alembic opened for the migration.",
    },
    kinds: ["TransactionStmt"],
    check(stmt, ctx) {
        if (!stmt.inTransaction)
            return [];
        if ((0, util_transactions_1.isBegin)(stmt)) {
            const outer = (0, util_transactions_1.explicitBeginOf)(ctx, stmt.index);
            const which = outer !== undefined
                ? `the transaction opened by the BEGIN at line ${ctx.statements[outer].line}`
                : "the migration's transaction (Alembic runs every migration inside one)";
            return [
                {
                    message: `BEGIN inside ${which}: PostgreSQL ignores it with "WARNING: there is already a transaction in progress", ` +
                        "so the COMMIT meant to close it ends the outer transaction early and the rest of the migration runs without one",
                    help: "Remove BEGIN/COMMIT from the migration: Alembic opens and commits the transaction itself. " +
                        "For statements that must run outside it (CREATE INDEX CONCURRENTLY, ...), use `with op.get_context().autocommit_block():`.",
                    location: stmt.body.location >= 0 ? stmt.body.location : undefined,
                },
            ];
        }
        // A COMMIT/ROLLBACK that closes an explicit BEGIN of the same unit is that unit's own business.
        if ((0, util_transactions_1.isTransactionEnd)(stmt) && (0, util_transactions_1.explicitBeginOf)(ctx, stmt.index) === undefined) {
            const verb = stmt.body.kind === "TRANS_STMT_ROLLBACK" ? "ROLLBACK discards the migration's earlier statements and ends" : `${stmt.body.kind === "TRANS_STMT_PREPARE" ? "PREPARE TRANSACTION" : "COMMIT"} ends`;
            return [
                {
                    message: `${verb} the transaction Alembic opened for the migration: everything after it runs in autocommit, so a later failure ` +
                        "leaves the migration half applied, and alembic_version is no longer updated atomically with the schema change",
                    help: "Do not issue COMMIT/ROLLBACK from a migration. To run statements outside the transaction " +
                        "(CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE before PostgreSQL 12), wrap them in " +
                        "`with op.get_context().autocommit_block():`.",
                    location: stmt.body.location >= 0 ? stmt.body.location : undefined,
                },
            ];
        }
        return [];
    },
};


/***/ }),

/***/ 5114:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.untypedNullInInsertSelect = void 0;
const names_1 = __nccwpck_require__(7804);
const util_data_1 = __nccwpck_require__(6139);
const util_locks_1 = __nccwpck_require__(2791);
/** How PostgreSQL's format_type() (and so its error message) spells types whose SQL name differs from the parser's. */
const PG_FORMAT_TYPE = {
    timestamptz: "timestamp with time zone",
    timestamp: "timestamp without time zone",
    timetz: "time with time zone",
    time: "time without time zone",
    varbit: "bit varying",
};
const TEXT_TYPES = new Set(["text", "varchar", "bpchar", "char", "name", "citext", "unknown"]);
/** Column names and types of the target table when it was created earlier in the same unit (else undefined). */
function columnsCreatedEarlier(ctx, stmt) {
    const target = (0, names_1.qualifiedRelation)(stmt.body.relation);
    if (!ctx.tableCreatedEarlier(target, stmt.index))
        return undefined;
    let create;
    for (const s of createStatementsByTable(ctx).get(target.name) ?? []) {
        if (s.index >= stmt.index)
            break;
        if (target.schema === undefined || s.body.relation?.schemaname === undefined || s.body.relation.schemaname === target.schema) {
            create = s;
            break;
        }
    }
    if (!create)
        return undefined;
    return (create.body.tableElts ?? [])
        .map((e) => e.ColumnDef)
        .filter(Boolean)
        .map((c) => ({ name: c.colname, type: (0, names_1.typeNameOf)(c.typeName) }));
}
/** CREATE TABLE statements of the unit by table name (schema ignored), in order. One pass per unit. */
function createStatementsByTable(ctx) {
    return ctx.memo("untyped-null-in-insert-select.creates", () => {
        const byName = new Map();
        for (const s of ctx.statements) {
            if (s.kind !== "CreateStmt")
                continue;
            const name = s.body.relation?.relname;
            const list = byName.get(name);
            if (list)
                list.push(s);
            else
                byName.set(name, [s]);
        }
        return byName;
    });
}
exports.untypedNullInInsertSelect = {
    meta: {
        id: "untyped-null-in-insert-select",
        family: "data",
        defaultSeverity: "error",
        summary: "A bare NULL in INSERT … SELECT that passes through UNION, DISTINCT, a CTE or a subquery is typed text and fails on uuid/integer/… columns.",
    },
    kinds: ["InsertStmt"],
    check(stmt, ctx) {
        const nulls = (0, util_data_1.textNullsOfInsert)(stmt.body);
        if (nulls.length === 0)
            return [];
        const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        const insertColumns = (stmt.body.cols ?? []).map((c) => c.ResTarget?.name);
        const known = columnsCreatedEarlier(ctx, stmt);
        const reports = [];
        for (const n of nulls) {
            const column = n.position === undefined ? undefined : insertColumns.length ? insertColumns[n.position] : known?.[n.position]?.name;
            // Into a column we know is text-like, a text NULL is exactly right.
            const type = column ? known?.find((c) => c.name === column)?.type : undefined;
            if (type !== undefined && TEXT_TYPES.has(type))
                continue;
            const target = column ? `column \`${column}\` of \`${(0, names_1.displayName)(table)}\`` : `\`${(0, names_1.displayName)(table)}\``;
            // PostgreSQL's own spelling (integer, not int4), as in its error message and in a cast the user writes.
            const shown = type === undefined ? undefined : (PG_FORMAT_TYPE[type] ?? (0, util_locks_1.formatColumnType)({ name: type, mods: [], array: false }));
            const quoted = column ? `"${column}"` : "…";
            reports.push({
                message: `this NULL goes into ${target} through ${n.via}, so PostgreSQL types it as text: ` +
                    (shown
                        ? `the INSERT fails with "column ${quoted} is of type ${shown} but expression is of type text"`
                        : `unless the column is text, the INSERT fails with "column ${quoted} is of type uuid but expression is of type text" (for a uuid column; likewise integer, timestamp …)`) +
                    " — a plain single SELECT would have worked, which is why it slips through review",
                help: `Give the NULL the column's type: write ${shown ? `NULL::${shown}` : "NULL::uuid (the column's type)"} or CAST(NULL AS …).`,
                location: n.location,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 7984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.updateWithoutWhere = void 0;
exports.matchesEveryRow = matchesEveryRow;
const names_1 = __nccwpck_require__(7804);
const util_transactions_1 = __nccwpck_require__(222);
/** A WHERE that filters nothing: absent, or a literal TRUE. */
function matchesEveryRow(where) {
    return where === undefined || where.A_Const?.boolval?.boolval === true;
}
exports.updateWithoutWhere = {
    meta: {
        id: "update-without-where",
        family: "data",
        defaultSeverity: "warning",
        summary: "UPDATE without WHERE rewrites every row of an existing table in one transaction.",
    },
    kinds: ["UpdateStmt", "SelectStmt", "InsertStmt", "DeleteStmt"],
    check(stmt, ctx) {
        const updates = [];
        if (stmt.kind === "UpdateStmt")
            updates.push(stmt.body);
        // Data-modifying CTEs: WITH x AS (UPDATE …) SELECT …
        (0, util_transactions_1.walkAst)(stmt.body.withClause, (tag, node) => tag === "UpdateStmt" && updates.push(node));
        return updates
            .filter((u) => matchesEveryRow(u.whereClause) && !ctx.tableCreatedEarlier((0, names_1.qualifiedRelation)(u.relation), stmt.index))
            .map((u) => {
            const table = (0, names_1.displayName)((0, names_1.qualifiedRelation)(u.relation));
            return {
                message: `UPDATE of existing table \`${table}\` without WHERE rewrites every row in one transaction: each row stays locked until the migration commits, ` +
                    "so application writes to any row of the table wait, and the table bloats (up to twice its size) until vacuum catches up",
                help: "If every row really must change, backfill in batches of a few thousand rows, each committed on its own " +
                    "(loop over primary-key ranges in op.get_bind(), or a separate data-migration script); otherwise add the WHERE you meant.",
                location: u.relation?.location,
            };
        });
    },
};


/***/ }),

/***/ 1414:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dropObjectName = dropObjectName;
exports.typeNameFromParts = typeNameFromParts;
exports.schemaCreatedEarlier = schemaCreatedEarlier;
exports.isAlterOfTable = isAlterOfTable;
const names_1 = __nccwpck_require__(7804);
/** A DropStmt object (`{ List: { items: [String…] } }` for relations, `{ String }` for schemas) as a qualified name. */
function dropObjectName(object) {
    const parts = object.List ? (0, names_1.nameParts)(object.List.items) : [object.String?.sval ?? "?"];
    // [catalog.]schema.name: keep the last two parts.
    return { schema: parts.length > 1 ? parts.at(-2) : undefined, name: parts.at(-1) ?? "?" };
}
/** A type name list such as [mood] or [public, mood] as a qualified name. */
function typeNameFromParts(names) {
    const parts = (0, names_1.nameParts)(names);
    return { schema: parts.length > 1 ? parts.at(-2) : undefined, name: parts.at(-1) ?? "?" };
}
/** Was the schema created (CREATE SCHEMA) by an earlier statement of the same unit? */
function schemaCreatedEarlier(ctx, schema, beforeIndex) {
    const firstCreate = ctx.memo("breaking.schemasCreatedAt", () => {
        const at = new Map();
        for (const s of ctx.statements)
            if (s.kind === "CreateSchemaStmt" && !at.has(s.body.schemaname))
                at.set(s.body.schemaname, s.index);
        return at;
    }).get(schema);
    return firstCreate !== undefined && firstCreate < beforeIndex;
}
/** ALTER TABLE / ALTER FOREIGN TABLE (not ALTER INDEX, VIEW, SEQUENCE, TYPE …). */
function isAlterOfTable(stmt) {
    return stmt.kind === "AlterTableStmt" && (stmt.body.objtype === "OBJECT_TABLE" || stmt.body.objtype === "OBJECT_FOREIGN_TABLE");
}


/***/ }),

/***/ 6139:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNullLiteral = isNullLiteral;
exports.textNullsOfInsert = textNullsOfInsert;
function isNullLiteral(node) {
    return node?.A_Const?.isnull === true;
}
/** CASE / COALESCE whose every result is NULL: typed as text even in a plain select list. */
function allNullExpression(node) {
    const nullish = (n) => n === undefined || isNullLiteral(n) || allNullExpression(n) !== undefined;
    if (node?.CaseExpr) {
        const c = node.CaseExpr;
        const results = (c.args ?? []).map((w) => w.CaseWhen?.result);
        if (results.every((r) => r !== undefined && nullish(r)) && nullish(c.defresult))
            return { location: c.location, via: "a CASE whose results are all NULL" };
    }
    if (node?.CoalesceExpr) {
        const c = node.CoalesceExpr;
        if ((c.args ?? []).every((a) => isNullLiteral(a) || allNullExpression(a)))
            return { location: c.location, via: "COALESCE of NULLs" };
    }
    return undefined;
}
function withCtes(scope, withClause) {
    if (!withClause?.ctes?.length)
        return scope;
    const next = new Map(scope);
    for (const cte of withClause.ctes.map((c) => c.CommonTableExpr).filter(Boolean)) {
        const query = cte.ctequery?.SelectStmt;
        if (!query)
            continue; // data-modifying CTEs return typed table columns
        const outputs = selectOutputs(query, next, `the CTE \`${cte.ctename}\``, true);
        next.set(cte.ctename, rename(outputs, cte.aliascolnames));
    }
    return next;
}
function rename(outputs, colnames) {
    if (!colnames?.length)
        return outputs;
    return outputs.map((o, i) => (i < colnames.length ? { ...o, name: colnames[i].String?.sval } : o));
}
function fromItems(items, scope) {
    const out = [];
    for (const item of items ?? []) {
        if (item.RangeVar) {
            const rv = item.RangeVar;
            const cte = rv.schemaname ? undefined : scope.get(rv.relname);
            out.push({ alias: rv.alias?.aliasname ?? rv.relname, outputs: cte });
        }
        else if (item.RangeSubselect) {
            const sub = item.RangeSubselect;
            const query = sub.subquery?.SelectStmt;
            const via = query?.valuesLists ? "a VALUES list in FROM" : "a subquery in FROM";
            const outputs = query ? rename(selectOutputs(query, scope, via, true), sub.alias?.colnames) : undefined;
            out.push({ alias: sub.alias?.aliasname ?? "", outputs });
        }
        else if (item.JoinExpr) {
            out.push(...fromItems([item.JoinExpr.larg, item.JoinExpr.rarg], scope));
        }
        else {
            out.push({ alias: "" });
        }
    }
    return out;
}
/** Set-operation leaves in order: (A UNION B) EXCEPT C → A, B, C. */
function setOperationLeaves(select) {
    if (!select.op || select.op === "SETOP_NONE")
        return [select];
    return [...setOperationLeaves(select.larg), ...setOperationLeaves(select.rarg)];
}
/**
 * The output columns of a SELECT and which of them are NULLs resolved as text.
 * `inner`: the select is a CTE, a subquery or a VALUES list in FROM (its bare NULLs become text, labelled `via`).
 */
function selectOutputs(select, outerScope, via, inner) {
    const scope = withCtes(outerScope, select.withClause);
    if (select.op && select.op !== "SETOP_NONE") {
        const leaves = setOperationLeaves(select).map((leaf) => leafCells(leaf, scope));
        const operation = String(select.op).replace("SETOP_", "");
        const width = Math.max(...leaves.map((l) => l.length));
        const outputs = [];
        for (let i = 0; i < width; i++) {
            const cells = leaves.map((l) => l[i]);
            const first = cells[0];
            const allNull = cells.every((c) => c && (c.nullAt !== undefined || c.output.text));
            const at = cells.find((c) => c?.nullAt !== undefined)?.nullAt ?? cells.find((c) => c?.output.text)?.output.text?.location;
            outputs.push({ name: first?.output.name, text: allNull && at !== undefined ? { location: at, via: operation } : undefined });
        }
        return outputs;
    }
    if (select.valuesLists) {
        if (!inner)
            return [];
        const rows = select.valuesLists.map((r) => r.List?.items ?? []);
        const width = Math.max(0, ...rows.map((r) => r.length));
        const outputs = [];
        for (let i = 0; i < width; i++) {
            const cells = rows.map((r) => r[i]);
            const allNull = cells.every((c) => isNullLiteral(c) || allNullExpression(c));
            const first = cells.find((c) => isNullLiteral(c))?.A_Const?.location ?? allNullExpression(cells[0])?.location;
            outputs.push({ name: `column${i + 1}`, text: allNull && first !== undefined ? { location: first, via } : undefined });
        }
        return outputs;
    }
    const distinct = Array.isArray(select.distinctClause) && select.distinctClause.length > 0 && Object.keys(select.distinctClause[0]).length === 0;
    const items = fromItems(select.fromClause, scope);
    const outputs = [];
    for (const target of (select.targetList ?? []).map((t) => t.ResTarget)) {
        const val = target?.val;
        if (isNullLiteral(val)) {
            const text = inner ? { location: val.A_Const.location, via } : distinct ? { location: val.A_Const.location, via: "SELECT DISTINCT" } : undefined;
            outputs.push({ name: target.name, text });
            continue;
        }
        const allNull = allNullExpression(val);
        if (allNull) {
            outputs.push({ name: target.name, text: allNull });
            continue;
        }
        const fields = val?.ColumnRef?.fields;
        if (fields?.length && fields.at(-1).A_Star) {
            const rel = fields.length > 1 ? fields.at(-2).String?.sval : undefined;
            for (const item of items.filter((it) => rel === undefined || it.alias === rel))
                outputs.push(...(item.outputs ?? [{ unknownWidth: true }]));
            continue;
        }
        if (fields?.length) {
            const column = fields.at(-1).String?.sval;
            const rel = fields.length > 1 ? fields.at(-2).String?.sval : undefined;
            const source = items
                .filter((it) => rel === undefined || it.alias === rel)
                .flatMap((it) => it.outputs ?? [])
                .find((o) => o.name === column);
            outputs.push({ name: target.name ?? column, text: source?.text });
            continue;
        }
        outputs.push({ name: target?.name });
    }
    return outputs;
}
function leafCells(leaf, scope) {
    if (leaf.valuesLists) {
        const first = leaf.valuesLists[0]?.List?.items ?? [];
        return first.map((v) => ({ output: { text: allNullExpression(v) }, nullAt: isNullLiteral(v) ? v.A_Const.location : undefined }));
    }
    const outputs = selectOutputs(leaf, scope, "", false);
    const targets = (leaf.targetList ?? []).map((t) => t.ResTarget?.val);
    return outputs.map((output, i) => ({ output, nullAt: isNullLiteral(targets[i]) ? targets[i].A_Const.location : undefined }));
}
/** The NULLs of an INSERT … SELECT that reach the target columns as text, with the target position when known. */
function textNullsOfInsert(insert) {
    const select = insert.selectStmt?.SelectStmt;
    if (!select || (select.valuesLists && (!select.op || select.op === "SETOP_NONE")))
        return [];
    const outputs = selectOutputs(select, withCtes(new Map(), insert.withClause), "", false);
    const found = [];
    const seen = new Set();
    let positionKnown = true;
    outputs.forEach((o, i) => {
        if (o.unknownWidth)
            positionKnown = false;
        if (!o.text || seen.has(o.text.location))
            return;
        seen.add(o.text.location);
        found.push({ ...o.text, position: positionKnown ? i : undefined });
    });
    return found;
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SERIAL_TYPES = exports.INT2_TYPES = exports.INT4_TYPES = void 0;
exports.newColumns = newColumns;
exports.columnTypeRule = columnTypeRule;
exports.isForeignKeyBoundByItsKey = isForeignKeyBoundByItsKey;
const names_1 = __nccwpck_require__(7804);
// A named function, not an arrow per call: asked by every column-type rule for every CREATE/ALTER TABLE.
const newColumnsByStatement = () => new Map();
/**
 * Columns newly defined by CREATE TABLE or ALTER TABLE … ADD COLUMN (not ALTER COLUMN … TYPE). Computed once per
 * statement (kept for the unit): every column-type rule asks for them.
 */
function newColumns(stmt, ctx) {
    const byStatement = ctx.memo("hygiene.newColumns", newColumnsByStatement);
    let columns = byStatement.get(stmt);
    if (!columns)
        byStatement.set(stmt, (columns = findNewColumns(stmt)));
    return columns;
}
// Plain loops throughout: this runs for every CREATE TABLE and ALTER TABLE, mostly before the code warms up.
function findNewColumns(stmt) {
    const defs = [];
    // Table-level FOREIGN KEY (a, b) REFERENCES t (x, y) in the same statement: column name → referenced key.
    let tableForeignKeys;
    const noteForeignKey = (c) => {
        if (c?.contype !== "CONSTR_FOREIGN" || !c.pktable)
            return;
        const pk = c.pk_attrs ?? [];
        const fk = c.fk_attrs ?? [];
        tableForeignKeys ??= new Map();
        for (let i = 0; i < fk.length; i++)
            tableForeignKeys.set(fk[i].String?.sval, { table: (0, names_1.qualifiedRelation)(c.pktable), column: pk[i]?.String?.sval });
    };
    let table;
    if (stmt.kind === "CreateStmt") {
        table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        const elts = stmt.body.tableElts ?? [];
        for (let i = 0; i < elts.length; i++) {
            const elt = elts[i];
            if (elt.ColumnDef)
                defs.push(elt.ColumnDef);
            if (elt.Constraint)
                noteForeignKey(elt.Constraint);
        }
    }
    else if (stmt.kind === "AlterTableStmt" && stmt.body.objtype === "OBJECT_TABLE") {
        table = (0, names_1.qualifiedRelation)(stmt.body.relation);
        const cmds = (0, names_1.alterTableCommands)(stmt);
        for (let i = 0; i < cmds.length; i++) {
            const cmd = cmds[i];
            if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef)
                defs.push(cmd.def.ColumnDef);
            if (cmd.subtype === "AT_AddConstraint")
                noteForeignKey(cmd.def?.Constraint);
        }
    }
    const columns = [];
    if (!table)
        return columns;
    for (let i = 0; i < defs.length; i++) {
        const def = defs[i];
        if (!def.typeName)
            continue;
        let references;
        const constraints = def.constraints ?? [];
        for (let k = 0; k < constraints.length; k++) {
            const inline = constraints[k].Constraint;
            if (inline?.contype === "CONSTR_FOREIGN" && inline.pktable) {
                references = { table: (0, names_1.qualifiedRelation)(inline.pktable), column: inline.pk_attrs?.[0]?.String?.sval };
                break;
            }
        }
        columns.push({
            table,
            name: def.colname,
            type: (0, names_1.typeNameOf)(def.typeName).toLowerCase(),
            isArray: (def.typeName.arrayBounds ?? []).length > 0,
            def,
            location: def.location,
            typeLocation: def.typeName.location,
            references: references ?? tableForeignKeys?.get(def.colname),
        });
    }
    return columns;
}
exports.INT4_TYPES = new Set(["int4", "serial", "serial4"]);
exports.INT2_TYPES = new Set(["int2", "smallserial", "serial2"]);
exports.SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);
/** A rule that reports new columns of certain types, one finding per column, pointing at the type. */
function columnTypeRule(meta, matches, describe) {
    return {
        meta,
        kinds: ["CreateStmt", "AlterTableStmt"],
        // For ALTER TABLE only ADD COLUMN defines a new column.
        subcommands: ["AT_AddColumn"],
        check(stmt, ctx) {
            const reports = [];
            const columns = newColumns(stmt, ctx);
            for (let i = 0; i < columns.length; i++) {
                const column = columns[i];
                if (!matches(column, stmt, ctx))
                    continue;
                reports.push({
                    ...describe(column, `column \`${column.name}\` of \`${(0, names_1.displayName)(column.table)}\``),
                    location: column.typeLocation ?? column.location,
                });
            }
            return reports;
        },
    };
}
/**
 * A new foreign-key column whose width is the referenced key's business: its values can only be the referenced
 * key's values, so widening it alone gains nothing (and mismatches the key). False when the referenced column is
 * known, from a CREATE TABLE earlier in the unit, to be wider than `ownBits` (then the narrow column will overflow).
 */
function isForeignKeyBoundByItsKey(column, stmt, ctx, ownBits) {
    if (!column.references || exports.SERIAL_TYPES.has(column.type))
        return false;
    const { table, column: referencedName } = column.references;
    for (let i = stmt.index - 1; i >= 0; i--) {
        const earlier = ctx.statements[i];
        if (earlier.kind !== "CreateStmt")
            continue;
        const created = (0, names_1.qualifiedRelation)(earlier.body.relation);
        if (created.name !== table.name || (table.schema !== undefined && created.schema !== undefined && created.schema !== table.schema))
            continue;
        const elts = earlier.body.tableElts ?? [];
        const primaryKeys = new Set();
        for (const e of elts)
            if (e.Constraint?.contype === "CONSTR_PRIMARY")
                for (const k of e.Constraint.keys ?? [])
                    primaryKeys.add(k.String?.sval);
        const referenced = elts
            .map((e) => e.ColumnDef)
            .find((d) => d && (referencedName !== undefined
            ? d.colname === referencedName
            : primaryKeys.has(d.colname) || (d.constraints ?? []).some((c) => c.Constraint?.contype === "CONSTR_PRIMARY")));
        if (!referenced?.typeName)
            return true;
        return (INTEGER_BITS[(0, names_1.typeNameOf)(referenced.typeName).toLowerCase()] ?? 0) <= ownBits;
    }
    return true;
}
const INTEGER_BITS = {
    int2: 16, smallserial: 16, serial2: 16,
    int4: 32, serial: 32, serial4: 32,
    int8: 64, bigserial: 64, serial8: 64,
};


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCKING_KINDS = exports.NON_VOLATILE_FUNCTIONS = exports.VOLATILE_FUNCTIONS = exports.LOCK_MODES = void 0;
exports.lockPhrase = lockPhrase;
exports.blocksWrites = blocksWrites;
exports.lockTargetLabel = lockTargetLabel;
exports.columnDefOf = columnDefOf;
exports.columnConstraints = columnConstraints;
exports.subcommandLock = subcommandLock;
exports.tableLocksOf = tableLocksOf;
exports.strongestLock = strongestLock;
exports.relationFromNameList = relationFromNameList;
exports.hasOption = hasOption;
exports.reindexIsConcurrent = reindexIsConcurrent;
exports.indexOnTableCreatedEarlier = indexOnTableCreatedEarlier;
exports.isTransactionControl = isTransactionControl;
exports.volatileCallIn = volatileCallIn;
exports.isSerialType = isSerialType;
exports.defaultExpression = defaultExpression;
exports.addColumnRewriteReason = addColumnRewriteReason;
exports.constraintsNamedBefore = constraintsNamedBefore;
exports.sameTable = sameTable;
exports.notNullProvenEarlier = notNullProvenEarlier;
exports.validatedBetween = validatedBetween;
exports.existingAlteredTable = existingAlteredTable;
exports.indexBuildingConstraints = indexBuildingConstraints;
exports.constraintKind = constraintKind;
exports.constraintLabel = constraintLabel;
exports.columnTypeOf = columnTypeOf;
exports.formatColumnType = formatColumnType;
exports.isUtcTimeZone = isUtcTimeZone;
exports.typeChangeIsRewriteFree = typeChangeIsRewriteFree;
exports.columnTypeDefinedEarlier = columnTypeDefinedEarlier;
exports.usingChangesContents = usingChangesContents;
exports.alterTypeIsRewriteFree = alterTypeIsRewriteFree;
exports.unitLocks = unitLocks;
exports.isAlembicVersionStatement = isAlembicVersionStatement;
exports.uncoveredRuns = uncoveredRuns;
const names_1 = __nccwpck_require__(7804);
// ---------------------------------------------------------------------------------------------------------
// Lock modes (PostgreSQL "Explicit Locking", table-level locks), weakest first.
exports.LOCK_MODES = [
    "ACCESS SHARE",
    "ROW SHARE",
    "ROW EXCLUSIVE",
    "SHARE UPDATE EXCLUSIVE",
    "SHARE",
    "SHARE ROW EXCLUSIVE",
    "EXCLUSIVE",
    "ACCESS EXCLUSIVE",
];
const LOCK_RANK = Object.fromEntries(exports.LOCK_MODES.map((mode, i) => [mode, i]));
const rank = (mode) => LOCK_RANK[mode];
/** "an ACCESS EXCLUSIVE lock", "a SHARE lock". */
function lockPhrase(mode) {
    return `${/^[AEIOU]/.test(mode) ? "an" : "a"} ${mode} lock`;
}
/** SHARE and stronger conflict with ROW EXCLUSIVE: INSERT/UPDATE/DELETE wait (and, queued behind it, so does everyone else). */
function blocksWrites(mode) {
    return rank(mode) >= rank("SHARE");
}
/** "table `users`" or "the table of index `ix_users_email`". */
function lockTargetLabel(lock) {
    return lock.ofIndex ? `the table of index \`${(0, names_1.displayName)(lock.table)}\`` : `table \`${(0, names_1.displayName)(lock.table)}\``;
}
// ---------------------------------------------------------------------------------------------------------
// ALTER TABLE subcommands: lock level (AlterTableGetLockLevel in tablecmds.c) and the work they do.
const SHARE_UPDATE_EXCLUSIVE_SUBCOMMANDS = new Set([
    "AT_ValidateConstraint",
    "AT_SetStatistics",
    "AT_SetOptions",
    "AT_ResetOptions",
    "AT_SetRelOptions",
    "AT_ResetRelOptions",
    "AT_ClusterOn",
    "AT_DropCluster",
    "AT_DetachPartitionFinalize",
]);
const SHARE_ROW_EXCLUSIVE_SUBCOMMANDS = new Set([
    "AT_EnableTrig",
    "AT_EnableAlwaysTrig",
    "AT_EnableReplicaTrig",
    "AT_EnableTrigAll",
    "AT_EnableTrigUser",
    "AT_DisableTrig",
    "AT_DisableTrigAll",
    "AT_DisableTrigUser",
    "AT_AlterConstraint",
]);
function constraintOf(cmd) {
    return cmd.def?.Constraint;
}
function columnDefOf(cmd) {
    return cmd.def?.ColumnDef;
}
/** Constraint nodes attached to a column definition. */
function columnConstraints(columnDef) {
    const list = columnDef?.constraints;
    if (!list)
        return [];
    // An exact-size array (push() would allocate room for 17): asked for every new column by several rules.
    let count = 0;
    for (let i = 0; i < list.length; i++)
        if (list[i].Constraint)
            count++;
    const out = new Array(count);
    for (let i = 0, k = 0; i < list.length; i++)
        if (list[i].Constraint)
            out[k++] = list[i].Constraint;
    return out;
}
/** The lock and work of one ALTER TABLE subcommand (PostgreSQL ≥ pgVersion semantics). */
function subcommandLock(cmd, pgVersion, ctx, stmtIndex, table) {
    const subtype = cmd.subtype;
    if (SHARE_UPDATE_EXCLUSIVE_SUBCOMMANDS.has(subtype))
        return { mode: "SHARE UPDATE EXCLUSIVE", work: subtype === "AT_ValidateConstraint" ? "scan" : "catalog" };
    if (SHARE_ROW_EXCLUSIVE_SUBCOMMANDS.has(subtype))
        return { mode: "SHARE ROW EXCLUSIVE", work: "catalog" };
    switch (subtype) {
        case "AT_AttachPartition":
            // From PG 12 the parent only needs SHARE UPDATE EXCLUSIVE; the partition itself is scanned.
            return { mode: pgVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", work: "scan" };
        case "AT_DetachPartition":
            return cmd.def?.PartitionCmd?.concurrent ? { mode: "SHARE UPDATE EXCLUSIVE", work: "catalog" } : { mode: "ACCESS EXCLUSIVE", work: "catalog" };
        case "AT_AddConstraint": {
            const c = constraintOf(cmd);
            if (!c)
                return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
            if (c.contype === "CONSTR_FOREIGN")
                return { mode: "SHARE ROW EXCLUSIVE", work: c.skip_validation ? "catalog" : "scan" };
            if (c.contype === "CONSTR_CHECK")
                return { mode: "ACCESS EXCLUSIVE", work: c.skip_validation ? "catalog" : "scan" };
            if (c.contype === "CONSTR_NOTNULL") {
                // PG 18: ADD CONSTRAINT name NOT NULL col [NOT VALID] — validated like SET NOT NULL.
                const column = (0, names_1.nameParts)(c.keys)[0];
                const proven = ctx && stmtIndex !== undefined && column !== undefined && pgVersion >= 12 && notNullProvenEarlier(ctx, stmtIndex, column, table);
                return { mode: "ACCESS EXCLUSIVE", work: c.skip_validation || proven ? "catalog" : "scan" };
            }
            if (c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_EXCLUSION")
                return { mode: "ACCESS EXCLUSIVE", work: c.indexname ? "catalog" : "index-build" };
            return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
        }
        case "AT_AddColumn": {
            const col = columnDefOf(cmd);
            if (addColumnRewriteReason(col, pgVersion))
                return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
            let work = "catalog";
            for (const c of columnConstraints(col)) {
                if (c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_UNIQUE")
                    return { mode: "ACCESS EXCLUSIVE", work: "index-build" };
                if (c.contype === "CONSTR_FOREIGN" || c.contype === "CONSTR_CHECK")
                    work = "scan";
            }
            return { mode: "ACCESS EXCLUSIVE", work };
        }
        case "AT_AlterColumnType":
            if (!(ctx && stmtIndex !== undefined && table && alterTypeIsRewriteFree(ctx, stmtIndex, table, cmd)))
                return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
            return { mode: "ACCESS EXCLUSIVE", work: columnDefOf(cmd)?.collClause ? "index-build" : "catalog" };
        case "AT_SetNotNull":
            return { mode: "ACCESS EXCLUSIVE", work: ctx && stmtIndex !== undefined && pgVersion >= 12 && notNullProvenEarlier(ctx, stmtIndex, cmd.name, table) ? "catalog" : "scan" };
        case "AT_SetLogged":
        case "AT_SetUnLogged":
        case "AT_SetTableSpace":
        case "AT_SetAccessMethod":
            return { mode: "ACCESS EXCLUSIVE", work: "rewrite" };
        default:
            // Everything else (DROP COLUMN, SET/DROP DEFAULT, DROP NOT NULL, DROP CONSTRAINT, OWNER, identity, storage, ...):
            // ACCESS EXCLUSIVE, catalog-only.
            return { mode: "ACCESS EXCLUSIVE", work: "catalog" };
    }
}
const WORK_ORDER = ["catalog", "scan", "index-build", "rewrite"];
const heavier = (a, b) => (WORK_ORDER.indexOf(a) >= WORK_ORDER.indexOf(b) ? a : b);
/**
 * The table-level locks a statement takes on tables that existed before the unit (tables created earlier in the
 * same unit are skipped: empty and invisible to other sessions). Only locks on named tables are listed; a
 * DROP INDEX, whose table the SQL does not name, reports the index name in `table`.
 */
function tableLocksOf(stmt, ctx) {
    let locks = [];
    // Most statements lock one table: an exact-size array for the first lock (push() would allocate room for 17).
    const keep = (lock) => {
        if (locks.length === 0)
            locks = [lock];
        else
            locks.push(lock);
    };
    const add = (relation, mode, work, location) => {
        if (!relation)
            return;
        const table = (0, names_1.qualifiedRelation)(relation);
        if (ctx.tableCreatedEarlier(table, stmt.index))
            return;
        let same;
        for (let i = 0; i < locks.length && !same; i++)
            if (locks[i].table.name === table.name && locks[i].table.schema === table.schema)
                same = locks[i];
        if (same) {
            if (rank(mode) > rank(same.mode))
                same.mode = mode;
            same.work = heavier(same.work, work);
            return;
        }
        keep({ table, mode, work, location: location ?? relation.location });
    };
    const b = stmt.body;
    switch (stmt.kind) {
        case "AlterTableStmt": {
            if (b.objtype !== "OBJECT_TABLE" && b.objtype !== "OBJECT_MATVIEW" && b.objtype !== "OBJECT_FOREIGN_TABLE")
                break;
            const altered = (0, names_1.qualifiedRelation)(b.relation);
            const cmds = b.cmds ?? [];
            for (let i = 0; i < cmds.length; i++) {
                const cmd = cmds[i].AlterTableCmd;
                if (!cmd)
                    continue;
                const { mode, work } = subcommandLock(cmd, ctx.pgVersion, ctx, stmt.index, altered);
                add(b.relation, mode, work);
                // ATTACH / DETACH PARTITION also lock the partition itself ACCESS EXCLUSIVE (ATTACH scans it to check the bound).
                const partition = cmd.def?.PartitionCmd?.name;
                if (partition && (cmd.subtype === "AT_AttachPartition" || (cmd.subtype === "AT_DetachPartition" && !cmd.def.PartitionCmd.concurrent)))
                    add(partition, "ACCESS EXCLUSIVE", cmd.subtype === "AT_AttachPartition" ? "scan" : "catalog");
                // A foreign key also locks the referenced table SHARE ROW EXCLUSIVE.
                const constraint = constraintOf(cmd);
                if (constraint?.contype === "CONSTR_FOREIGN" && constraint.pktable)
                    add(constraint.pktable, "SHARE ROW EXCLUSIVE", constraint.skip_validation ? "catalog" : "scan");
                const column = columnDefOf(cmd);
                if (column?.constraints)
                    for (const c of columnConstraints(column)) {
                        if (c.contype === "CONSTR_FOREIGN" && c.pktable)
                            add(c.pktable, "SHARE ROW EXCLUSIVE", c.skip_validation ? "catalog" : "scan");
                    }
            }
            break;
        }
        case "CreateStmt": {
            // CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the parent; REFERENCES locks the referenced table.
            if (b.partbound && b.inhRelations?.length)
                add(b.inhRelations[0].RangeVar, "ACCESS EXCLUSIVE", "catalog");
            const elts = b.tableElts ?? [];
            for (let i = 0; i < elts.length; i++) {
                const elt = elts[i];
                if (elt.Constraint) {
                    if (elt.Constraint.contype === "CONSTR_FOREIGN" && elt.Constraint.pktable)
                        add(elt.Constraint.pktable, "SHARE ROW EXCLUSIVE", "catalog");
                    continue;
                }
                const constraints = elt.ColumnDef?.constraints;
                if (!constraints)
                    continue;
                for (let k = 0; k < constraints.length; k++) {
                    const c = constraints[k].Constraint;
                    if (c?.contype === "CONSTR_FOREIGN" && c.pktable)
                        add(c.pktable, "SHARE ROW EXCLUSIVE", "catalog");
                }
            }
            break;
        }
        case "IndexStmt":
            // ON ONLY (relation.inh false) on a partitioned parent builds nothing.
            add(b.relation, b.concurrent ? "SHARE UPDATE EXCLUSIVE" : "SHARE", b.relation?.inh === true ? "index-build" : "catalog");
            break;
        case "DropStmt":
            if (b.removeType === "OBJECT_TABLE" || b.removeType === "OBJECT_MATVIEW") {
                for (const obj of b.objects ?? [])
                    add(relationFromNameList(obj), "ACCESS EXCLUSIVE", "catalog");
            }
            else if (b.removeType === "OBJECT_TRIGGER" || b.removeType === "OBJECT_POLICY" || b.removeType === "OBJECT_RULE") {
                // DROP TRIGGER / POLICY / RULE name ON table: the table is every name part but the last.
                for (const obj of b.objects ?? []) {
                    const parts = (0, names_1.nameParts)(obj.List?.items ?? []).slice(0, -1);
                    if (parts.length)
                        add(parts.length > 1 ? { schemaname: parts.at(-2), relname: parts.at(-1) } : { relname: parts[0] }, "ACCESS EXCLUSIVE", "catalog");
                }
            }
            else if (b.removeType === "OBJECT_INDEX" && !b.concurrent) {
                for (const obj of b.objects ?? []) {
                    const index = relationFromNameList(obj);
                    if (!indexOnTableCreatedEarlier(ctx, (0, names_1.qualifiedRelation)(index), stmt.index))
                        keep({ table: (0, names_1.qualifiedRelation)(index), mode: "ACCESS EXCLUSIVE", work: "catalog", ofIndex: true });
                }
            }
            break;
        case "TruncateStmt":
            for (const r of b.relations ?? [])
                add(r.RangeVar, "ACCESS EXCLUSIVE", "catalog");
            break;
        case "RenameStmt":
            if (["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT", "OBJECT_MATVIEW"].includes(b.renameType))
                add(b.relation, "ACCESS EXCLUSIVE", "catalog");
            break;
        case "ReindexStmt":
            if (b.relation && !reindexIsConcurrent(b)) {
                if (b.kind === "REINDEX_OBJECT_TABLE")
                    add(b.relation, "SHARE", "index-build");
                else if (b.kind === "REINDEX_OBJECT_INDEX" && !indexOnTableCreatedEarlier(ctx, (0, names_1.qualifiedRelation)(b.relation), stmt.index))
                    keep({ table: (0, names_1.qualifiedRelation)(b.relation), mode: "ACCESS EXCLUSIVE", work: "index-build", location: b.relation.location, ofIndex: true });
            }
            break;
        case "ClusterStmt":
            add(b.relation, "ACCESS EXCLUSIVE", "rewrite");
            break;
        case "VacuumStmt":
            if (b.is_vacuumcmd && hasOption(b.options, "full"))
                for (const r of b.rels ?? [])
                    add(r.VacuumRelation?.relation, "ACCESS EXCLUSIVE", "rewrite");
            break;
        case "LockStmt":
            for (const r of b.relations ?? [])
                add(r.RangeVar, exports.LOCK_MODES[(b.mode ?? 8) - 1] ?? "ACCESS EXCLUSIVE", "catalog");
            break;
        case "CreateTrigStmt":
            add(b.relation, "SHARE ROW EXCLUSIVE", "catalog");
            break;
        case "CreatePolicyStmt":
        case "AlterPolicyStmt":
            add(b.table, "ACCESS EXCLUSIVE", "catalog");
            break;
        case "RuleStmt":
            add(b.relation, "ACCESS EXCLUSIVE", "catalog");
            break;
        case "RefreshMatViewStmt":
            add(b.relation, b.concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE", "rewrite");
            break;
    }
    return locks;
}
/** The strongest lock among tableLocksOf(), or undefined when the statement locks no existing table. */
function strongestLock(locks) {
    let best;
    for (let i = 0; i < locks.length; i++)
        if (!best || rank(locks[i].mode) > rank(best.mode))
            best = locks[i];
    return best;
}
/** { List: { items: [String...] } } → a relation-like { schemaname, relname }. */
function relationFromNameList(obj) {
    const parts = (0, names_1.nameParts)(obj.List?.items ?? []);
    return parts.length > 1 ? { schemaname: parts.at(-2), relname: parts.at(-1) } : { relname: parts[0] ?? "?" };
}
/** DefElem option lists: is `name` present and not switched off (FULL false, CONCURRENTLY off)? */
function hasOption(options, name) {
    for (const o of options ?? []) {
        const d = o.DefElem;
        if (!d || d.defname !== name)
            continue;
        const arg = d.arg;
        if (!arg)
            return true;
        if (arg.Boolean)
            return Boolean(arg.Boolean.boolval);
        const text = String(arg.String?.sval ?? arg.A_Const?.sval?.sval ?? arg.Integer?.ival ?? arg.A_Const?.ival?.ival ?? "").toLowerCase();
        return !["false", "off", "0", "no"].includes(text);
    }
    return false;
}
function reindexIsConcurrent(body) {
    return hasOption(body.params, "concurrently");
}
// ---------------------------------------------------------------------------------------------------------
// Indexes created earlier in the unit.
/** Was this index created earlier in the unit on a table also created earlier in the unit (so nobody else uses it)? */
function indexOnTableCreatedEarlier(ctx, index, before) {
    const s = unitFacts(ctx).firstIndexStmt.get(index.name);
    if (!s || s.index >= before)
        return false;
    const table = (0, names_1.qualifiedRelation)(s.body.relation);
    if (index.schema && table.schema && index.schema !== table.schema)
        return false;
    return ctx.tableCreatedEarlier(table, s.index);
}
// ---------------------------------------------------------------------------------------------------------
// Transactions inside a unit: one notion for every rule, in util-transactions (transactionIdsOf, sameTransaction),
// where a BEGIN inside an open transaction opens nothing, as in PostgreSQL.
function isTransactionControl(stmt) {
    return stmt.kind === "TransactionStmt";
}
// ---------------------------------------------------------------------------------------------------------
// Column definitions: defaults, volatility, rewrites.
/** Functions that are VOLATILE in pg_proc and commonly used as column defaults. */
exports.VOLATILE_FUNCTIONS = new Set([
    "random",
    "random_normal",
    "clock_timestamp",
    "timeofday",
    "gen_random_uuid",
    "uuidv4",
    "uuidv7",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "nextval",
    "setval",
    "currval",
    "lastval",
    "set_config",
    "setseed",
    "gen_random_bytes",
]);
/** Built-in functions that are IMMUTABLE or STABLE: evaluated once when the column is added (PG ≥ 11). */
exports.NON_VOLATILE_FUNCTIONS = new Set([
    "now",
    "transaction_timestamp",
    "statement_timestamp",
    "current_date",
    "current_timestamp",
    "localtimestamp",
    "lower",
    "upper",
    "concat",
    "concat_ws",
    "coalesce",
    "to_jsonb",
    "to_json",
    "jsonb_build_object",
    "jsonb_build_array",
    "json_build_object",
    "json_build_array",
    "array_fill",
    "make_interval",
    "make_date",
    "make_timestamp",
    "make_timestamptz",
    "date_trunc",
    "timezone",
    "to_timestamp",
    "to_date",
    "to_char",
    "md5",
    "length",
    "abs",
    "greatest",
    "least",
    "current_setting",
    "current_schema",
    "inet_client_addr",
    "txid_current",
    "pg_current_xact_id",
]);
/** The first volatile (or unknown, possibly volatile) function call in an expression. */
function volatileCallIn(expr) {
    let found;
    const walk = (node) => {
        if (found || node === null || typeof node !== "object")
            return;
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++)
                walk(node[i]);
            return;
        }
        const record = node;
        if (record.FuncCall) {
            const parts = (0, names_1.nameParts)(record.FuncCall.funcname);
            const name = parts.at(-1).toLowerCase();
            const schema = parts.length > 1 ? parts[0] : undefined;
            if (exports.VOLATILE_FUNCTIONS.has(name)) {
                found = { name, location: record.FuncCall.location, known: true };
                return;
            }
            if (!exports.NON_VOLATILE_FUNCTIONS.has(name) || (schema && schema !== "pg_catalog")) {
                found = { name: parts.join("."), location: record.FuncCall.location, known: false };
                return;
            }
        }
        for (const key in record)
            walk(record[key]);
    };
    walk(expr);
    return found;
}
const SERIAL_TYPES = new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
function isSerialType(columnDef) {
    return SERIAL_TYPES.has((0, names_1.typeNameOf)(columnDef?.typeName).toLowerCase());
}
/** The DEFAULT expression of a column definition, undefined when absent or DEFAULT NULL. */
function defaultExpression(columnDef) {
    const d = columnConstraints(columnDef).find((c) => c.contype === "CONSTR_DEFAULT");
    if (!d?.raw_expr)
        return undefined;
    if (isNullConstant(d.raw_expr))
        return undefined;
    return d.raw_expr;
}
function isNullConstant(expr) {
    if (expr.A_Const?.isnull)
        return true;
    if (expr.TypeCast)
        return isNullConstant(expr.TypeCast.arg ?? {});
    return false;
}
/** Why ADD COLUMN with this definition rewrites the table (undefined: catalog-only, PG ≥ 11 fast default). */
function addColumnRewriteReason(columnDef, pgVersion) {
    if (!columnDef)
        return undefined;
    if (isSerialType(columnDef))
        return { reason: `its \`${(0, names_1.typeNameOf)(columnDef.typeName)}\` type fills every row from a sequence (nextval() is volatile)`, location: columnDef.typeName?.location };
    // The first constraint of each kind, in one pass (every ADD COLUMN of the unit comes through here).
    let identity;
    let generated;
    let firstDefault;
    for (const c of columnConstraints(columnDef)) {
        if (c.contype === "CONSTR_IDENTITY")
            identity ??= c;
        else if (c.contype === "CONSTR_GENERATED")
            generated ??= c;
        else if (c.contype === "CONSTR_DEFAULT")
            firstDefault ??= c;
    }
    if (identity)
        return { reason: "an identity column fills every existing row from its sequence", location: identity.location };
    if (generated && generated.generated_kind !== "v")
        return { reason: "a STORED generated column is computed and written for every existing row", location: generated.location };
    const expr = firstDefault?.raw_expr && !isNullConstant(firstDefault.raw_expr) ? firstDefault.raw_expr : undefined;
    if (!expr)
        return undefined;
    const defaultLocation = firstDefault.location;
    if (pgVersion < 11)
        return { reason: `before PostgreSQL 11 any DEFAULT is written into every existing row`, location: defaultLocation };
    const call = volatileCallIn(expr);
    if (call?.known)
        return { reason: `its DEFAULT calls the volatile function \`${call.name}()\`, evaluated separately for every existing row`, location: call.location };
    if (call)
        return { reason: `its DEFAULT calls \`${call.name}()\`, which rewrites every row unless the function is declared IMMUTABLE or STABLE`, location: call.location };
    return undefined;
}
/** The columns a CHECK expression proves NOT NULL: `col IS NOT NULL`, alone or as arms of an AND. */
function columnsProvenNotNull(expr, out = []) {
    if (expr?.NullTest?.nulltesttype === "IS_NOT_NULL") {
        const column = (0, names_1.nameParts)(expr.NullTest.arg?.ColumnRef?.fields).at(-1);
        if (column)
            out.push(column);
    }
    else if (expr?.BoolExpr?.boolop === "AND_EXPR")
        for (const arm of expr.BoolExpr.args ?? [])
            columnsProvenNotNull(arm, out);
    return out;
}
/** Facts about the whole unit, gathered in one pass and cached: keeps every per-statement lookup O(matches), not O(unit). */
function unitFacts(ctx) {
    return ctx.memo("locks.unitFacts", () => gatherUnitFacts(ctx));
}
function gatherUnitFacts(ctx) {
    const facts = { addedConstraints: [], addedByName: new Map(), validations: new Map(), columnTypes: new Map(), firstIndexStmt: new Map(), notNullChecks: new Map() };
    const push = (map, key, value) => {
        const list = map.get(key);
        if (list)
            list.push(value);
        else
            map.set(key, [value]);
    };
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.kind === "IndexStmt" && s.body.idxname && !facts.firstIndexStmt.has(s.body.idxname))
            facts.firstIndexStmt.set(s.body.idxname, s);
        if (s.kind !== "AlterTableStmt")
            continue;
        const table = (0, names_1.qualifiedRelation)(s.body.relation);
        const cmds = (0, names_1.alterTableCommands)(s);
        for (let k = 0; k < cmds.length; k++) {
            const cmd = cmds[k];
            const col = columnDefOf(cmd);
            if (cmd.subtype === "AT_AddConstraint" && cmd.def?.Constraint) {
                const added = { stmt: s, table, constraint: cmd.def.Constraint };
                facts.addedConstraints.push(added);
                if (added.constraint.conname)
                    push(facts.addedByName, added.constraint.conname, added);
                if (added.constraint.contype === "CONSTR_CHECK")
                    for (const column of columnsProvenNotNull(added.constraint.raw_expr))
                        push(facts.notNullChecks, `${table.name}\0${column}`, added);
            }
            else if (cmd.subtype === "AT_ValidateConstraint" && cmd.name)
                push(facts.validations, cmd.name, { index: s.index, table });
            else if (cmd.subtype === "AT_AddColumn" && col?.colname)
                push(facts.columnTypes, `${table.name}\0${col.colname}`, { index: s.index, table, typeName: col.typeName });
            else if (cmd.subtype === "AT_AlterColumnType" && cmd.name)
                push(facts.columnTypes, `${table.name}\0${cmd.name}`, { index: s.index, table, typeName: col?.typeName });
            else if (cmd.subtype === "AT_DropColumn" && cmd.name)
                push(facts.columnTypes, `${table.name}\0${cmd.name}`, { index: s.index, table, typeName: undefined });
        }
    }
    return facts;
}
/** ALTER TABLE ... ADD CONSTRAINT `name` statements of the unit before `before` (any table). */
function constraintsNamedBefore(ctx, name, before) {
    return (unitFacts(ctx).addedByName.get(name) ?? []).filter((a) => a.stmt.index < before);
}
function sameTable(a, b) {
    return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}
/**
 * Before `before`, did the unit leave a validated `CHECK (column IS NOT NULL)` on this table? Either added
 * without NOT VALID, or added NOT VALID and then validated by an earlier statement. (A constraint added in the
 * same ALTER TABLE as SET NOT NULL is not validated yet when SET NOT NULL looks for it.)
 */
function notNullProvenEarlier(ctx, before, column, table) {
    const stmt = ctx.statements[before];
    const target = table ?? (stmt?.kind === "AlterTableStmt" ? (0, names_1.qualifiedRelation)(stmt.body.relation) : undefined);
    if (!target)
        return false;
    for (const added of unitFacts(ctx).notNullChecks.get(`${target.name}\0${column}`) ?? []) {
        if (added.stmt.index >= before)
            break;
        const c = added.constraint;
        if (!sameTable(added.table, target))
            continue;
        if (!c.skip_validation)
            return true;
        if (c.conname && validatedBetween(ctx, target, c.conname, added.stmt.index, before))
            return true;
    }
    return false;
}
/** Is there an ALTER TABLE ... VALIDATE CONSTRAINT name on this table in statements (from, to)? */
function validatedBetween(ctx, table, name, from, to) {
    return (unitFacts(ctx).validations.get(name) ?? []).some((v) => v.index > from && v.index < to && sameTable(v.table, table));
}
/** ALTER TABLE on a table that existed before the unit (not created earlier in it): the table name, else undefined. */
function existingAlteredTable(stmt, ctx) {
    if (stmt.kind !== "AlterTableStmt" || stmt.body.objtype !== "OBJECT_TABLE")
        return undefined;
    // Most ALTER TABLE rules ask this of the same statement: worked out once (callers only read the name).
    const byStatement = ctx.memo("locks.existingAlteredTable", existingAlteredTables);
    if (byStatement.has(stmt))
        return byStatement.get(stmt);
    const table = (0, names_1.qualifiedRelation)(stmt.body.relation);
    const existing = ctx.tableCreatedEarlier(table, stmt.index) ? undefined : table;
    byStatement.set(stmt, existing);
    return existing;
}
const existingAlteredTables = () => new Map();
/**
 * UNIQUE / PRIMARY KEY constraints that an ALTER TABLE on an existing table adds with an index it builds itself
 * (no USING INDEX): as a table constraint, or inline on an added column.
 */
function indexBuildingConstraints(stmt, ctx, contype) {
    const table = existingAlteredTable(stmt, ctx);
    if (!table)
        return [];
    const found = [];
    const cmds = (0, names_1.alterTableCommands)(stmt);
    for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i];
        if (cmd.subtype === "AT_AddConstraint") {
            const c = cmd.def?.Constraint;
            if (c?.contype === contype && !c.indexname)
                found.push({ table, constraint: c, columns: (0, names_1.nameParts)(c.keys).join(", ") });
        }
        else if (cmd.subtype === "AT_AddColumn") {
            const column = columnDefOf(cmd);
            const c = columnConstraints(column).find((k) => k.contype === contype);
            if (c)
                found.push({ table, constraint: c, columns: column?.colname ?? "", column });
        }
    }
    return found;
}
/** "CHECK" / "FOREIGN KEY" / ... for messages. */
function constraintKind(c) {
    switch (c.contype) {
        case "CONSTR_CHECK":
            return "CHECK";
        case "CONSTR_FOREIGN":
            return "FOREIGN KEY";
        case "CONSTR_UNIQUE":
            return "UNIQUE";
        case "CONSTR_PRIMARY":
            return "PRIMARY KEY";
        case "CONSTR_EXCLUSION":
            return "EXCLUDE";
        case "CONSTR_NOTNULL":
            return "NOT NULL";
        default:
            return String(c.contype ?? "constraint").replace(/^CONSTR_/, "");
    }
}
/** "constraint `fk_x`" or "a FOREIGN KEY constraint". */
function constraintLabel(c) {
    return c.conname ? `${constraintKind(c)} constraint \`${c.conname}\`` : `a ${constraintKind(c)} constraint`;
}
/** A libpg-query TypeName node → ColumnType (undefined when the modifiers are not plain integers). */
function columnTypeOf(typeName) {
    if (!typeName)
        return undefined;
    const mods = [];
    for (const m of typeName.typmods ?? []) {
        const value = m.A_Const?.ival;
        if (!m.A_Const || m.A_Const.sval || m.A_Const.fval)
            return undefined;
        mods.push(Number(value?.ival ?? 0));
    }
    return { name: (0, names_1.typeNameOf)(typeName).toLowerCase(), mods, array: Boolean(typeName.arrayBounds?.length) };
}
/** SQL spellings for the internal names the parser gives built-in types. */
const DISPLAY_TYPE_NAMES = {
    int2: "smallint",
    int4: "integer",
    int8: "bigint",
    bool: "boolean",
    float4: "real",
    float8: "double precision",
    bpchar: "char",
};
function formatColumnType(t) {
    return `${DISPLAY_TYPE_NAMES[t.name] ?? t.name}${t.mods.length ? `(${t.mods.join(",")})` : ""}${t.array ? "[]" : ""}`;
}
/** Old → new pairs that are binary coercible (pg_cast castmethod 'b') and need neither a rewrite nor a scan. */
const BINARY_COERCIBLE = new Set(["varchar>text", "text>varchar", "citext>text", "text>citext", "varchar>citext", "cidr>inet", "xml>text", "xml>varchar"]);
/** Types whose "support" function makes a wider (or removed) modifier free: varchar_support, numeric_support, ... */
const WIDENING_FREE = new Set(["varchar", "varbit", "timestamp", "timestamptz", "time", "timetz", "interval"]);
const UTC_ZONES = new Set(["utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "gmt0", "etc/gmt0", "greenwich", "universal", "etc/universal", "zulu", "etc/zulu"]);
function isUtcTimeZone(value) {
    return value !== undefined && UTC_ZONES.has(value.trim().replace(/^'|'$/g, "").toLowerCase());
}
/**
 * Does ALTER COLUMN ... TYPE from `from` to `to` (without USING or COLLATE) leave the table unrewritten?
 * Follows ATColumnChangeRequiresRewrite: binary-coercible casts, typmod support functions (varchar(n) → varchar(m ≥ n),
 * numeric(p,s) → numeric(p' ≥ p, s)), and, from PostgreSQL 12, timestamp ↔ timestamptz when the session TimeZone is UTC.
 */
function typeChangeIsRewriteFree(from, to, options) {
    if (from.array !== to.array)
        return false;
    const sameMods = from.mods.length === to.mods.length && from.mods.every((m, i) => m === to.mods[i]);
    if (from.name === to.name) {
        if (sameMods)
            return true;
        // Dropping the modifier: free where a support function says so (char(n) → bpchar still re-pads: rewrite).
        if (to.mods.length === 0)
            return WIDENING_FREE.has(from.name) || from.name === "numeric";
        if (from.mods.length === 0)
            return false; // adding a limit: every value must be checked
        if (WIDENING_FREE.has(from.name))
            return to.mods[0] >= from.mods[0];
        if (from.name === "numeric") {
            const [p, s = 0] = from.mods;
            const [p2, s2 = 0] = to.mods;
            return s2 === s && p2 >= p;
        }
        return false;
    }
    const pair = `${from.name}>${to.name}`;
    if (BINARY_COERCIBLE.has(pair)) {
        // text → varchar(n) adds a length check; varchar(n) → text drops it.
        return !(to.name === "varchar" && to.mods.length > 0);
    }
    if ((pair === "timestamp>timestamptz" || pair === "timestamptz>timestamp") && options.pgVersion >= 12 && options.timeZoneIsUtc) {
        return to.mods.length === 0 || (from.mods.length > 0 && to.mods[0] >= from.mods[0]);
    }
    return false;
}
/** The column's type as last defined by an earlier statement of the unit (ADD COLUMN or ALTER ... TYPE), if any. */
function columnTypeDefinedEarlier(ctx, table, column, before) {
    // The type node is read only here, for the one definition that counts (most are never asked about).
    let found;
    for (const entry of unitFacts(ctx).columnTypes.get(`${table.name}\0${column}`) ?? []) {
        if (entry.index >= before)
            break;
        if (sameTable(entry.table, table))
            found = entry.typeName;
    }
    return columnTypeOf(found);
}
/**
 * Does the USING expression compute something other than the implicit conversion? `USING col` and
 * `USING col::new_type` do not (PostgreSQL applies exactly that cast without USING).
 */
function usingChangesContents(expr, column, target) {
    if (!expr)
        return false;
    let inner = expr;
    if (inner.TypeCast && target) {
        const castTo = columnTypeOf(inner.TypeCast.typeName);
        const to = columnTypeOf(target);
        if (!castTo || !to || formatColumnType(castTo) !== formatColumnType(to))
            return true;
        inner = inner.TypeCast.arg ?? {};
    }
    const fields = (0, names_1.nameParts)(inner.ColumnRef?.fields);
    return !(fields.length > 0 && fields.at(-1) === column);
}
/**
 * Is this ALTER COLUMN ... TYPE known (old type seen earlier in the unit) to need no table rewrite? A COLLATE
 * clause does not rewrite the table, but indexes on the column are rebuilt (see subcommandLock).
 */
function alterTypeIsRewriteFree(ctx, stmtIndex, table, cmd) {
    const def = columnDefOf(cmd);
    if (!cmd.name)
        return false;
    // The old type first: usually the unit never defined it, and that settles it.
    const from = columnTypeDefinedEarlier(ctx, table, cmd.name, stmtIndex);
    if (!from || usingChangesContents(def?.raw_default, cmd.name, def?.typeName))
        return false;
    const to = columnTypeOf(def?.typeName);
    if (!to)
        return false;
    return typeChangeIsRewriteFree(from, to, { pgVersion: ctx.pgVersion, timeZoneIsUtc: isUtcTimeZone(ctx.settingBefore("timezone", stmtIndex)) });
}
// ---------------------------------------------------------------------------------------------------------
// Per-unit analyses computed once (rules are called per statement; these look across statements).
/** Statement kinds tableLocksOf() knows how to read. */
exports.LOCKING_KINDS = [
    "AlterTableStmt",
    "CreateStmt",
    "IndexStmt",
    "DropStmt",
    "TruncateStmt",
    "RenameStmt",
    "ReindexStmt",
    "ClusterStmt",
    "VacuumStmt",
    "LockStmt",
    "CreateTrigStmt",
    "RuleStmt",
    "RefreshMatViewStmt",
    "CreatePolicyStmt",
    "AlterPolicyStmt",
];
/** tableLocksOf() for every statement of the unit, computed once per unit. */
function unitLocks(ctx) {
    return ctx.memo("locks.unitLocks", () => {
        const locks = [];
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++)
            locks.push(LOCKING_KIND_SET.has(statements[i].kind) ? tableLocksOf(statements[i], ctx) : []);
        return locks;
    });
}
const LOCKING_KIND_SET = new Set(exports.LOCKING_KINDS);
/** Does this statement touch Alembic's own bookkeeping table (written at the end of every migration)? */
function isAlembicVersionStatement(stmt) {
    switch (stmt.kind) {
        case "UpdateStmt":
        case "InsertStmt":
        case "DeleteStmt":
        case "CreateStmt":
            return stmt.body?.relation?.relname === "alembic_version";
        case "SelectStmt":
            // The name is in the text unless spelt with Unicode escapes (U&"..."): skip serialising the AST otherwise.
            return /alembic_version|u&/i.test(stmt.sql) && JSON.stringify(stmt.body).includes('"relname":"alembic_version"');
        default:
            return false;
    }
}
/**
 * Statements that need a timeout setting and run without one, grouped into runs: a run starts at the first such
 * statement of the unit, and again at the first one after the setting was in force and then lapsed (a SET LOCAL
 * whose transaction ended, a RESET, a SET to 0). One SET before the start of a run fixes the whole run, so only
 * its first statement is reported. Returns: first statement index → how many more statements the run covers.
 */
function uncoveredRuns(ctx, setting, needsTimeout) {
    const runs = new Map();
    let current;
    const statements = ctx.statements;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        const timeout = ctx.timeoutMillisBefore(setting, s.index);
        if (timeout !== undefined && timeout > 0) {
            current = undefined; // covered from here; a later lapse starts a new run
            continue;
        }
        if (!needsTimeout(s.index))
            continue;
        if (current === undefined) {
            current = s.index;
            runs.set(current, 0);
        }
        else
            runs.set(current, runs.get(current) + 1);
    }
    return runs;
}


/***/ }),

/***/ 222:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBegin = isBegin;
exports.isTransactionEnd = isTransactionEnd;
exports.opensTransaction = opensTransaction;
exports.explicitBeginOf = explicitBeginOf;
exports.lastTransactionEndOf = lastTransactionEndOf;
exports.transactionIdsOf = transactionIdsOf;
exports.sameTransaction = sameTransaction;
exports.walkAst = walkAst;
exports.stringConstants = stringConstants;
exports.constantSpellings = constantSpellings;
exports.mayContainStringConstant = mayContainStringConstant;
/** BEGIN / START TRANSACTION. */
function isBegin(stmt) {
    return stmt.kind === "TransactionStmt" && (stmt.body.kind === "TRANS_STMT_BEGIN" || stmt.body.kind === "TRANS_STMT_START");
}
/** COMMIT / END / ROLLBACK / ABORT / PREPARE TRANSACTION: statements that end the current transaction (not ROLLBACK TO SAVEPOINT). */
function isTransactionEnd(stmt) {
    return (stmt.kind === "TransactionStmt" &&
        (stmt.body.kind === "TRANS_STMT_COMMIT" || stmt.body.kind === "TRANS_STMT_ROLLBACK" || stmt.body.kind === "TRANS_STMT_PREPARE"));
}
/** A BEGIN that really opens a transaction (a BEGIN inside one only draws a WARNING and changes nothing). */
function opensTransaction(stmt) {
    return isBegin(stmt) && !stmt.inTransaction;
}
/**
 * Was the transaction open at `index` started by an explicit BEGIN of this unit (rather than by whoever runs the
 * unit, e.g. Alembic's per-migration transaction)? Returns the index of that BEGIN, or undefined.
 */
function explicitBeginOf(ctx, index) {
    if (!ctx.statements[index]?.inTransaction)
        return undefined;
    const openedAt = explicitBeginsOf(ctx)[index];
    return openedAt === -1 ? undefined : openedAt;
}
/** Per statement: the index of the explicit BEGIN whose transaction is open when it starts (-1: none). One pass per unit. */
function explicitBeginsOf(ctx) {
    return ctx.memo("transactions.explicitBegins", () => {
        const openedAt = new Int32Array(ctx.statements.length);
        let open = -1;
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++) {
            const s = statements[i];
            openedAt[s.index] = open;
            if (opensTransaction(s))
                open = s.index;
            else if (isTransactionEnd(s) && s.inTransaction)
                open = -1;
        }
        return openedAt;
    });
}
/** Index of the last COMMIT/ROLLBACK/PREPARE run inside a transaction in the unit (-1: none). */
function lastTransactionEndOf(ctx) {
    return ctx.memo("transactions.lastEnd", () => {
        for (let i = ctx.statements.length - 1; i >= 0; i--) {
            const s = ctx.statements[i];
            if (s.inTransaction && isTransactionEnd(s))
                return s.index;
        }
        return -1;
    });
}
/**
 * One id per transaction for every statement of the unit (-1: outside any transaction), computed once per unit so
 * rules that compare statements stay linear on 10,000-statement files.
 */
function transactionIdsOf(ctx) {
    return ctx.memo("transactions.ids", () => {
        const ids = new Int32Array(ctx.statements.length);
        let current = 0;
        const statements = ctx.statements;
        for (let i = 0; i < statements.length; i++) {
            const s = statements[i];
            if (!s.inTransaction) {
                ids[s.index] = -1;
                current++;
            }
            else {
                ids[s.index] = current;
                if (isTransactionEnd(s))
                    current++;
            }
        }
        return ids;
    });
}
/** Do statements `from` and `to` run in one and the same transaction? */
function sameTransaction(ctx, from, to) {
    const ids = transactionIdsOf(ctx);
    return ids[from] !== -1 && ids[from] === ids[to];
}
/** Visit every node object of a libpg-query AST (depth first, in source order). */
function walkAst(node, visit) {
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            walkAst(node[i], visit);
        return;
    }
    if (node === null || typeof node !== "object")
        return;
    const record = node;
    for (const key in record) {
        const value = record[key];
        if (value === null || typeof value !== "object")
            continue;
        // Node tags are capitalised ("A_Const", "SelectStmt"); field names ("targetList", "location") are not.
        const first = key.charCodeAt(0);
        if (first >= 65 && first <= 90 && !Array.isArray(value))
            visit(key, value);
        walkAst(value, visit);
    }
}
/** Every string constant ('…' or $$…$$) in a statement, with its location. */
function stringConstants(stmt) {
    const out = [];
    walkAst(stmt.body, (tag, value) => {
        if (tag === "A_Const" && value.sval?.sval !== undefined)
            out.push({ value: value.sval.sval, location: value.location });
    });
    return out;
}
/** ASCII letters lower-cased, nothing else: how PostgreSQL folds unquoted identifiers and keywords. */
function foldAscii(text) {
    return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}
function constantSpellings(values) {
    const spellings = { exact: [], lower: [], folded: [] };
    for (const value of values) {
        // Quotes doubled: in a string ('o''neil'), or in a quoted identifier the parser turns into a constant
        // (SET search_path TO "o""neil").
        const forms = [value];
        if (value.includes("'"))
            forms.push(value.replaceAll("'", "''"));
        if (value.includes('"'))
            forms.push(value.replaceAll('"', '""'));
        for (const form of forms) {
            spellings.exact.push(form);
            if (/^[\x00-\x7f]*$/.test(form))
                spellings.lower.push(form.toLowerCase());
            else
                spellings.folded.push(foldAscii(form));
        }
        // Constants made of several keywords (ISOLATION LEVEL READ COMMITTED → 'read committed') can have any white
        // space or comments between the words in the text: the first word must be there.
        if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(value))
            spellings.lower.push(value.slice(0, value.indexOf(" ")).toLowerCase());
    }
    return spellings;
}
/**
 * Can the statement hold a string constant spelt as in `spellings`? False only when the text cannot spell one:
 * no escapes (E'\x41', U&'\0041'), no constant continued over a line break ('ab'\n'c'), and no spelling in the text.
 * Lets rules skip the whole-AST walk of stringConstants() for statements that cannot match.
 */
function mayContainStringConstant(stmt, spellings) {
    const sql = stmt.sql;
    if (sql.includes("\\") || sql.includes("&") || /'[ \t\f\v]*(?:--[^\n\r]*)?[\n\r]/.test(sql))
        return true;
    for (let i = 0; i < spellings.exact.length; i++)
        if (sql.includes(spellings.exact[i]))
            return true;
    if (spellings.lower.length > 0) {
        const lower = sql.toLowerCase();
        for (let i = 0; i < spellings.lower.length; i++)
            if (lower.includes(spellings.lower[i]))
                return true;
    }
    if (spellings.folded.length > 0) {
        const folded = foldAscii(sql);
        for (let i = 0; i < spellings.folded.length; i++)
            if (folded.includes(spellings.folded[i]))
                return true;
    }
    return false;
}


/***/ }),

/***/ 3314:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUTPUT_FORMATS = exports.COMMANDS = void 0;
exports.loadProjectConfig = loadProjectConfig;
exports.validateProjectConfig = validateProjectConfig;
exports.resolveSettings = resolveSettings;
// One place that reads CLI flags / action inputs (as raw options) and the project's config file,
// validates them, and returns a frozen Settings object. Nothing else reads process.env or flags.
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const smol_toml_1 = __nccwpck_require__(7106);
const findings_1 = __nccwpck_require__(2321);
const registry_1 = __nccwpck_require__(9072);
exports.COMMANDS = ["check", "graph", "lint", "roundtrip", "rules", "explain"];
exports.OUTPUT_FORMATS = ["text", "json", "sarif", "gitlab", "gcc", "markdown"];
const CONFIG_KEYS = [
    "pg_version",
    "fail_on",
    "rules",
    "exclude",
    "allowed_heads",
    "naming",
    "minimum_downgrade_revision",
    "migration_owners",
    "python",
    "with_rows",
    "drift",
    "assume_in_transaction",
    "step_timeout",
];
const FAIL_ON = ["error", "warning", "info", "never"];
const RULE_SETTINGS = ["off", "info", "warning", "error"];
/** Find and validate `alembic-guard.toml` or `[tool.alembic-guard]` in pyproject.toml, in dir. */
function loadProjectConfig(dir) {
    const own = path.join(dir, "alembic-guard.toml");
    const pyproject = path.join(dir, "pyproject.toml");
    let table;
    let file;
    if (fs.existsSync(own)) {
        table = readToml(own);
        file = own;
    }
    else if (fs.existsSync(pyproject)) {
        const tool = readToml(pyproject).tool;
        if (tool && typeof tool["alembic-guard"] === "object") {
            table = tool["alembic-guard"];
            file = `${pyproject} [tool.alembic-guard]`;
        }
    }
    if (!table)
        return { config: {} };
    return { config: validateProjectConfig(table, file), file };
}
function readToml(file) {
    try {
        return (0, smol_toml_1.parse)(fs.readFileSync(file, "utf8"));
    }
    catch (error) {
        throw new findings_1.UsageError(`${file}: not valid TOML: ${error.message.split("\n")[0]}`);
    }
}
function validateProjectConfig(table, where) {
    const bad = (key, value, expected) => new findings_1.UsageError(`${where}: \`${key}\` = ${JSON.stringify(value)} is not valid; expected ${expected}`);
    for (const key of Object.keys(table)) {
        if (!CONFIG_KEYS.includes(key)) {
            throw new findings_1.UsageError(`${where}: unknown key \`${key}\`; known keys: ${CONFIG_KEYS.join(", ")}`);
        }
    }
    const t = table;
    const int = (key, min) => {
        if (t[key] === undefined)
            return;
        if (typeof t[key] !== "number" || !Number.isInteger(t[key]) || t[key] < min)
            throw bad(key, t[key], `an integer ≥ ${min}`);
    };
    const bool = (key) => {
        if (t[key] !== undefined && typeof t[key] !== "boolean")
            throw bad(key, t[key], "true or false");
    };
    const strings = (key) => {
        if (t[key] !== undefined && (!Array.isArray(t[key]) || t[key].some((v) => typeof v !== "string")))
            throw bad(key, t[key], "a list of strings");
    };
    int("pg_version", 9);
    int("allowed_heads", 1);
    int("step_timeout", 1);
    bool("with_rows");
    bool("drift");
    bool("assume_in_transaction");
    strings("exclude");
    strings("migration_owners");
    if (t.fail_on !== undefined && !FAIL_ON.includes(t.fail_on))
        throw bad("fail_on", t.fail_on, FAIL_ON.join(" | "));
    if (t.naming !== undefined && !["off", "sequential"].includes(t.naming))
        throw bad("naming", t.naming, '"off" or "sequential"');
    if (t.python !== undefined && typeof t.python !== "string")
        throw bad("python", t.python, "a path");
    if (t.minimum_downgrade_revision !== undefined && typeof t.minimum_downgrade_revision !== "string")
        throw bad("minimum_downgrade_revision", t.minimum_downgrade_revision, "a revision id");
    if (t.rules !== undefined) {
        if (typeof t.rules !== "object" || Array.isArray(t.rules))
            throw bad("rules", t.rules, 'a table such as { "ban-drop-column" = "off" }');
        for (const [rule, setting] of Object.entries(t.rules)) {
            if (!(0, registry_1.isKnownRule)(rule))
                throw new findings_1.UsageError(`${where}: unknown rule \`${rule}\` in \`rules\`; \`alembic-guard rules\` lists them`);
            if (!RULE_SETTINGS.includes(setting))
                throw bad(`rules.${rule}`, setting, RULE_SETTINGS.join(" | "));
        }
    }
    return t;
}
const str = (raw, key) => {
    const v = raw[key];
    if (v === undefined || v === "")
        return undefined;
    if (typeof v === "boolean")
        throw new findings_1.UsageError(`--${key} needs a value`);
    return v;
};
const flag = (raw, key) => {
    const v = raw[key];
    if (v === undefined || v === "")
        return undefined;
    if (typeof v === "boolean")
        return v;
    if (/^(true|yes|1|on)$/i.test(v))
        return true;
    if (/^(false|no|0|off)$/i.test(v))
        return false;
    throw new findings_1.UsageError(`--${key} must be true or false, got \`${v}\``);
};
const positiveInt = (raw, key) => {
    const v = str(raw, key);
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1)
        throw new findings_1.UsageError(`--${key} must be a positive whole number, got \`${v}\``);
    return Number(v);
};
function oneOf(raw, key, allowed) {
    const v = str(raw, key);
    if (v === undefined)
        return undefined;
    if (!allowed.includes(v))
        throw new findings_1.UsageError(`--${key} must be one of ${allowed.join(" | ")}, got \`${v}\``);
    return v;
}
/** Build the frozen Settings for a command from raw options and the project config file. */
function resolveSettings(command, raw, args, cwd, isTTY = false) {
    const configArg = str(raw, "config");
    const config = path.resolve(cwd, configArg ?? "alembic.ini");
    // The project's own config sits in the working directory, or beside alembic.ini (monorepos, --config sub/alembic.ini).
    let { config: project, file: configFile } = loadProjectConfig(cwd);
    if (!configFile && path.dirname(config) !== cwd)
        ({ config: project, file: configFile } = loadProjectConfig(path.dirname(config)));
    const format = oneOf(raw, "format", exports.OUTPUT_FORMATS) ?? "text";
    const databaseUrl = str(raw, "database-url");
    const noDatabase = flag(raw, "no-database") ?? false;
    if (noDatabase && databaseUrl)
        throw new findings_1.UsageError("--database-url and --no-database cannot be used together");
    const staticOnly = flag(raw, "static-only") ?? false;
    if (staticOnly && databaseUrl)
        throw new findings_1.UsageError("--database-url and --static-only cannot be used together: --static-only never runs a database");
    if (noDatabase && str(raw, "roundtrip") === "true")
        throw new findings_1.UsageError("--roundtrip true and --no-database cannot be used together");
    const stepTimeoutSeconds = positiveInt(raw, "step-timeout") ?? project.step_timeout ?? 120;
    const settings = {
        command,
        cwd,
        config,
        configExplicit: configArg !== undefined,
        name: str(raw, "name") ?? "alembic",
        format,
        output: str(raw, "output") ? path.resolve(cwd, str(raw, "output")) : undefined,
        failOn: oneOf(raw, "fail-on", ["error", "warning", "info", "never"]) ?? project.fail_on ?? "error",
        args,
        stdinFilepath: str(raw, "stdin-filepath"),
        pgVersion: positiveInt(raw, "pg-version") ?? project.pg_version ?? 15,
        assumeInTransaction: flag(raw, "assume-in-transaction") ?? project.assume_in_transaction ?? false,
        jobs: positiveInt(raw, "jobs"),
        baseRef: str(raw, "base-ref"),
        all: flag(raw, "all") ?? false,
        python: str(raw, "python") ?? project.python,
        noDatabase,
        staticOnly,
        databaseUrl,
        allowRemoteDatabase: flag(raw, "allow-remote-database") ?? false,
        postgresVersion: positiveInt(raw, "postgres-version"),
        roundtrip: oneOf(raw, "roundtrip", ["auto", "true", "false"]) ?? (noDatabase || staticOnly ? "false" : "auto"),
        withRows: flag(raw, "with-rows") ?? project.with_rows ?? false,
        drift: flag(raw, "drift") ?? project.drift ?? false,
        stepTimeoutMs: stepTimeoutSeconds * 1000,
        rules: Object.freeze({ ...(project.rules ?? {}) }),
        exclude: Object.freeze([...(project.exclude ?? [])]),
        allowedHeads: project.allowed_heads,
        naming: project.naming ?? "off",
        minimumDowngradeRevision: project.minimum_downgrade_revision,
        migrationOwners: Object.freeze([...(project.migration_owners ?? [])]),
        configFile,
        progress: isTTY && format !== "json",
    };
    return Object.freeze(settings);
}


/***/ }),

/***/ 3955:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseTimeoutMillis = parseTimeoutMillis;
exports.buildLintContext = buildLintContext;
/** "schema\0name" ("\0name" when unqualified): NUL cannot be in an identifier, a dot can ("a.b".c vs a."b.c"). */
function key(name) {
    return `${name.schema ?? ""}\0${name.name}`;
}
function relationName(relation) {
    return relation ? { schema: relation.schemaname, name: relation.relname } : undefined;
}
/** The text of a SET argument as written: '5s' → 5s, 5000 → 5000, 1.5 → 1.5. */
function constText(node) {
    const c = node?.A_Const;
    if (!c)
        return undefined;
    if (c.sval)
        return String(c.sval.sval ?? "");
    if (c.ival)
        return String(c.ival.ival ?? 0);
    if (c.fval)
        return String(c.fval.fval);
    if (c.boolval)
        return String(c.boolval.boolval ?? false);
    return undefined;
}
/** set_config('name', 'value', is_local) calls in a SELECT's target list. */
function setConfigCalls(body) {
    const out = [];
    for (const target of body.targetList ?? []) {
        const call = target.ResTarget?.val?.FuncCall;
        const fname = (call?.funcname ?? []).map((n) => n.String?.sval).join(".");
        if (fname !== "set_config" && fname !== "pg_catalog.set_config")
            continue;
        const [name, value, local] = (call.args ?? []).map(constText);
        if (name !== undefined && value !== undefined)
            out.push({ name: name.toLowerCase(), value, local: local === "true" });
    }
    return out;
}
const UNIT_MS = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };
/** PostgreSQL's reading of a time setting: a bare number is milliseconds; units us, ms, s, min, h, d. */
function parseTimeoutMillis(value) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/i.exec(value);
    if (!m)
        return undefined;
    return Number(m[1]) * UNIT_MS[(m[2] ?? "ms").toLowerCase()];
}
function buildLintContext(statements, pgVersion) {
    const tablesCreatedAt = { inSchema: new Map(), anywhere: new Map() };
    const typesCreatedAt = { inSchema: new Map(), anywhere: new Map() };
    const indexesCreatedAt = { inSchema: new Map(), anywhere: new Map() };
    // Per setting: the statement indexes where its effective value changed, and the value from then on.
    const changes = new Map();
    const session = new Map();
    const local = new Map();
    const effective = (name) => local.get(name) ?? session.get(name);
    const recordChange = (index, names) => {
        for (const name of names) {
            const list = changes.get(name) ?? [];
            const value = effective(name);
            if (list.at(-1)?.value !== value || list.length === 0)
                list.push({ index, value });
            changes.set(name, list);
        }
    };
    const set = (index, name, value, isLocal, inTransaction) => {
        // SET LOCAL outside a transaction block only warns and does nothing.
        if (isLocal && !inTransaction)
            return;
        const map = isLocal ? local : session;
        if (value === undefined)
            map.delete(name);
        else
            map.set(name, value);
        if (!isLocal)
            local.delete(name);
        recordChange(index, [name]);
    };
    const record = (created, name, index) => {
        if (!name)
            return;
        // key(): created in that schema, or without a schema (search_path).
        const inSchema = key(name);
        if (!created.inSchema.has(inSchema))
            created.inSchema.set(inSchema, index);
        if (!created.anywhere.has(name.name))
            created.anywhere.set(name.name, index);
    };
    for (let i = 0; i < statements.length; i++) {
        const stmt = statements[i];
        const body = stmt.body ?? {};
        switch (stmt.kind) {
            case "CreateStmt":
            case "CreateTableAsStmt":
                record(tablesCreatedAt, relationName(body.relation ?? body.into?.rel), stmt.index);
                break;
            case "IndexStmt":
                if (body.idxname)
                    record(indexesCreatedAt, { schema: body.relation?.schemaname, name: body.idxname }, stmt.index);
                break;
            case "CreateEnumStmt":
            case "CreateDomainStmt":
            case "CompositeTypeStmt": {
                // CreateDomainStmt.typeName is the base type (a TypeName node); the domain's own name is domainname.
                const names = (stmt.kind === "CreateDomainStmt" ? body.domainname : body.typeName) ?? [];
                const parts = names.map((n) => n.String.sval);
                if (stmt.kind === "CompositeTypeStmt")
                    record(typesCreatedAt, relationName(body.typevar), stmt.index);
                else if (parts.length)
                    record(typesCreatedAt, { schema: parts.length > 1 ? parts[0] : undefined, name: parts.at(-1) }, stmt.index);
                break;
            }
            case "VariableSetStmt": {
                const name = body.name ? String(body.name).toLowerCase() : undefined;
                if (body.kind === "VAR_SET_VALUE" && name) {
                    const value = (body.args ?? []).map((a) => constText(a) ?? "").join(",");
                    set(stmt.index, name, value, Boolean(body.is_local), stmt.inTransaction);
                }
                else if ((body.kind === "VAR_RESET" || body.kind === "VAR_SET_DEFAULT") && name) {
                    set(stmt.index, name, undefined, Boolean(body.is_local), stmt.inTransaction);
                }
                else if (body.kind === "VAR_RESET_ALL") {
                    const names = new Set([...session.keys(), ...local.keys()]);
                    session.clear();
                    local.clear();
                    recordChange(stmt.index, names);
                }
                break;
            }
            case "SelectStmt":
                for (const call of setConfigCalls(body))
                    set(stmt.index, call.name, call.value, call.local, stmt.inTransaction);
                break;
            case "TransactionStmt":
                if (["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE"].includes(body.kind) && local.size > 0) {
                    const names = [...local.keys()];
                    local.clear();
                    recordChange(stmt.index, names);
                }
                break;
        }
    }
    const createdBefore = (created, name, before) => {
        // Unqualified: created in any schema counts. Qualified: created in that schema, or created unqualified.
        if (name.schema === undefined) {
            const at = created.anywhere.get(name.name);
            return at !== undefined && at < before;
        }
        const inSchema = created.inSchema.get(key(name));
        if (inSchema !== undefined && inSchema < before)
            return true;
        const unqualified = created.inSchema.get(`\0${name.name}`);
        return unqualified !== undefined && unqualified < before;
    };
    const settingBefore = (name, before) => {
        // Rules pass lower-case names: lower-case (a new string) only when there is an upper-case letter.
        const list = changes.get(name) ?? (/[A-Z]/.test(name) ? changes.get(name.toLowerCase()) : undefined);
        if (!list)
            return undefined;
        let lo = 0;
        let hi = list.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid].index < before) {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found === -1 ? undefined : list[found].value;
    };
    const memos = new Map();
    const millisByValue = new Map();
    return {
        pgVersion,
        statements,
        memo(key, compute) {
            // Rules ask on every statement: one lookup when the fact is known (has() only for facts that are undefined).
            const known = memos.get(key);
            if (known !== undefined || memos.has(key))
                return known;
            const value = compute();
            memos.set(key, value);
            return value;
        },
        tableCreatedEarlier: (name, before) => createdBefore(tablesCreatedAt, name, before),
        typeCreatedEarlier: (name, before) => createdBefore(typesCreatedAt, name, before),
        indexCreatedEarlier: (name, before) => createdBefore(indexesCreatedAt, name, before),
        settingBefore,
        timeoutMillisBefore(name, before) {
            // Asked before every statement, and most units never set the timeout (the names here are lower case already).
            if (!changes.has(name))
                return undefined;
            const value = settingBefore(name, before);
            if (value === undefined)
                return undefined;
            // Timeout rules ask before every statement; a unit sets only a few distinct values.
            if (millisByValue.has(value))
                return millisByValue.get(value);
            const millis = parseTimeoutMillis(value);
            millisByValue.set(value, millis);
            return millis;
        },
    };
}


/***/ }),

/***/ 7804:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.qualifiedRelation = qualifiedRelation;
exports.nameParts = nameParts;
exports.typeNameOf = typeNameOf;
exports.displayName = displayName;
exports.alterTableCommands = alterTableCommands;
function qualifiedRelation(relation) {
    return { schema: relation?.schemaname, name: relation?.relname ?? "?" };
}
/** ["public", "users"] from a list of { String: { sval } } nodes. */
function nameParts(names) {
    const out = [];
    if (names)
        for (let i = 0; i < names.length; i++)
            out.push(names[i].String?.sval ?? "");
    return out;
}
/** A type name as written, e.g. "int4", "varchar", "timestamp"; pg_catalog prefix dropped. */
function typeNameOf(typeName) {
    const names = typeName?.names;
    if (!names || names.length === 0)
        return "";
    const first = names[0].String?.sval ?? "";
    // The common shapes without building arrays: [name] and [pg_catalog, name].
    if (names.length === 1)
        return first === "pg_catalog" ? "" : first;
    if (names.length === 2 && first === "pg_catalog")
        return names[1].String?.sval ?? "";
    const parts = nameParts(names);
    return (parts[0] === "pg_catalog" ? parts.slice(1) : parts).join(".");
}
/** `schema.name`, or `name` when unqualified, for messages. */
function displayName(name) {
    return name.schema ? `${name.schema}.${name.name}` : name.name;
}
/** The ALTER TABLE subcommands of a statement, unwrapped (empty for anything else). */
function alterTableCommands(stmt) {
    if (stmt.kind !== "AlterTableStmt")
        return [];
    // Many rules ask this of every ALTER TABLE, mostly before the code warms up: no callbacks, and the usual single
    // subcommand as an exact-size literal (push() would allocate room for 17).
    const cmds = stmt.body.cmds;
    if (!cmds)
        return [];
    if (cmds.length === 1)
        return cmds[0].AlterTableCmd ? [cmds[0].AlterTableCmd] : [];
    const out = [];
    for (let i = 0; i < cmds.length; i++)
        if (cmds[i].AlterTableCmd)
            out.push(cmds[i].AlterTableCmd);
    return out;
}


/***/ }),

/***/ 6659:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadSqlParser = loadSqlParser;
exports.parseSqlSources = parseSqlSources;
exports.byteOffsetOfCodePoint = byteOffsetOfCodePoint;
exports.splitStatements = splitStatements;
exports.lexStatements = lexStatements;
exports.dialectHint = dialectHint;
exports.decodeSqlBytes = decodeSqlBytes;
// Turns SQL text into Statements with positions and transaction state, using the real PostgreSQL parser.
// Offsets: libpg-query's stmt_location / node `location` are UTF-8 BYTE offsets; a parse error's
// cursorPosition is a 0-based CHARACTER (code point) offset into the text parsed.
const node_buffer_1 = __nccwpck_require__(4573);
const pg_wasm_1 = __nccwpck_require__(8196);
const text_positions_1 = __nccwpck_require__(7108);
const suppress_1 = __nccwpck_require__(9969);
let loading;
/** Load the WASM parser once per process (a worker thread passes the module its parent compiled). */
function loadSqlParser(precompiled) {
    return (loading ??= (0, pg_wasm_1.loadPgWasm)(precompiled));
}
/**
 * Parse several sources in order as one unit (a file or a revision): statement indexes run across sources,
 * and an explicit BEGIN/COMMIT in one source carries into the next.
 */
function parseSqlSources(sources) {
    const statements = [];
    const syntaxErrors = [];
    const ignores = [];
    let explicitTx; // undefined: follow the source's own transaction state
    for (const source of sources) {
        let text = source.text;
        if (text.includes("\0"))
            text = reportNulBytes(text, source, syntaxErrors);
        if (!/\S/.test(text))
            continue;
        const bytes = source.bytes && text === source.text ? Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) : Buffer.from(text, "utf8");
        const positions = new text_positions_1.TextPositions(text, bytes.length);
        const ascii = bytes.length === text.length; // then byte offsets are string offsets
        const fixedLine = source.line; // Python-sourced SQL: every position is the op.* call
        const place = (byteOffset) => {
            if (fixedLine !== undefined)
                return { line: fixedLine, column: source.column };
            return positions.lineColumnOfByte(byteOffset);
        };
        const hasIgnoreComments = text.includes("alembic-guard");
        const spans = []; // what ignore comments can point at; only wanted when there are some
        const raws = parseRaw(text, bytes, syntaxErrors, source, place, spans);
        // Indexed loops here and in fromParseResult: lint runs V8 with --no-opt, where each for…of step allocates.
        for (let r = 0; r < raws.length; r++) {
            const raw = raws[r];
            let kind = "Unknown";
            for (const k in raw.node) {
                kind = k;
                break;
            }
            const body = raw.node[kind];
            const byteStart = raw.byteStart;
            // A statement that runs to the end of the text (no stmt_len) carries the trailing comments with it.
            const byteEnd = raw.toEnd ? trimTrailingComments(bytes, byteStart, raw.byteEnd) : raw.byteEnd;
            if (hasIgnoreComments)
                spans.push({ byteStart, byteEnd });
            const inTransaction = explicitTx ?? source.inTransaction;
            const parseBase = raw.parseBase;
            // Slicing the JS string is much cheaper than decoding the bytes again, statement after statement.
            const sql = (ascii ? text.slice(byteStart, byteEnd) : text.slice(positions.charOffset(byteStart), positions.charOffset(byteEnd))).trim();
            let line = fixedLine;
            let column = source.column;
            let endLine = fixedLine;
            if (line === undefined) {
                const at = positions.lineColumnOfByte(byteStart);
                line = at.line;
                column = at.column;
                endLine = positions.lineOfByte(Math.max(byteStart, byteEnd - 1));
            }
            statements.push({
                index: statements.length,
                sql,
                kind,
                body,
                inTransaction,
                file: source.file,
                line,
                column,
                endLine,
                revision: source.revision,
                locate: (nodeLocation) => fixedLine !== undefined ? { line: fixedLine, column: source.column } : positions.lineColumnOfByte(parseBase + nodeLocation),
            });
            if (kind === "TransactionStmt")
                explicitTx = transactionStateAfter(body.kind, explicitTx ?? source.inTransaction);
        }
        if (hasIgnoreComments)
            ignores.push(...collectIgnores(text, bytes, spans, source, place));
    }
    return { statements, syntaxErrors, inTransactionAtEnd: explicitTx ?? sources.at(-1)?.inTransaction ?? false, ignores };
}
function transactionStateAfter(kind, current) {
    switch (kind) {
        case "TRANS_STMT_BEGIN":
        case "TRANS_STMT_START":
            return true;
        case "TRANS_STMT_COMMIT":
        case "TRANS_STMT_ROLLBACK":
        case "TRANS_STMT_COMMIT_PREPARED":
        case "TRANS_STMT_ROLLBACK_PREPARED":
        case "TRANS_STMT_PREPARE":
            return false;
        default:
            return current; // SAVEPOINT, RELEASE, ROLLBACK TO
    }
}
/** PostgreSQL rejects NUL bytes in SQL text; report them and parse the rest with spaces in their place (same byte widths). */
function reportNulBytes(text, source, syntaxErrors) {
    const first = text.indexOf("\0");
    const count = text.split("\0").length - 1;
    const at = source.line !== undefined ? { line: source.line, column: source.column ?? 1 } : new text_positions_1.TextPositions(text).lineColumn(first);
    syntaxErrors.push({
        file: source.file,
        line: at.line,
        column: at.column,
        message: `the text contains ${count} NUL byte${count === 1 ? "" : "s"} (0x00); PostgreSQL rejects SQL containing them`,
        sql: text.slice(Math.max(0, first - 40), first + 40).replace(/\0/g, "\\0").trim(),
        revision: source.revision,
        hint: "Is this a binary file, or UTF-16? Save it as UTF-8 text without NUL characters.",
    });
    return text.replace(/\0/g, " ");
}
function parseRaw(text, bytes, syntaxErrors, source, place, spans) {
    const whole = (0, pg_wasm_1.parseSqlBytes)(bytes);
    if ("tree" in whole)
        return fromParseResult(whole.tree, 0, bytes.length);
    // One bad statement fails the whole text: split on top-level semicolons and parse piece by piece.
    const out = [];
    for (const [from, to] of splitStatements(text, bytes.length)) {
        const pieceBytes = bytes.subarray(from, to);
        if (isBlank(pieceBytes))
            continue;
        const result = (0, pg_wasm_1.parseSqlBytes)(pieceBytes);
        if ("tree" in result) {
            out.push(...fromParseResult(result.tree, from, to));
            continue;
        }
        const piece = pieceBytes.toString("utf8");
        const start = from + firstTokenByte(piece);
        if (start >= to)
            continue; // only comments
        spans.push({ byteStart: start, byteEnd: to });
        const cursor = result.error.cursorPosition;
        const errorByte = cursor !== undefined ? from + byteOffsetOfCodePoint(piece, cursor) : start;
        const at = place(Math.min(errorByte, to));
        syntaxErrors.push({
            file: source.file,
            line: at.line,
            column: at.column ?? 1,
            message: result.error.message,
            sql: piece.trim(),
            revision: source.revision,
            hint: dialectHint(piece),
        });
    }
    return out;
}
function isBlank(bytes) {
    for (let i = 0; i < bytes.length; i++)
        if (!isSpaceByte(bytes[i]))
            return false;
    return true;
}
function fromParseResult(result, base, end) {
    const stmts = result.stmts ?? [];
    const out = new Array(stmts.length);
    for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i];
        const start = base + (s.stmt_location ?? 0);
        out[i] = { node: (s.stmt ?? {}), byteStart: start, byteEnd: s.stmt_len ? start + s.stmt_len : end, parseBase: base, toEnd: !s.stmt_len };
    }
    return out;
}
/** The last statement of a text runs to its end, trailing comments included: cut them off. */
function trimTrailingComments(bytes, start, end) {
    while (end > start && isSpaceByte(bytes[end - 1]))
        end--;
    const tail = bytes.subarray(start, end);
    if (!tail.includes("--") && !tail.includes("/*"))
        return end;
    // Walk back over comments (and the blanks between them) at the end of the statement.
    const comments = lexStatements(tail.toString("utf8")).comments;
    for (let i = comments.length - 1; i >= 0; i--) {
        const c = comments[i];
        if (start + c.end < end)
            break;
        end = start + c.start;
        while (end > start && isSpaceByte(bytes[end - 1]))
            end--;
    }
    return end;
}
function isSpaceByte(b) {
    return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}
/** Byte offset of the first character that is neither whitespace nor part of a comment. */
function firstTokenByte(piece) {
    let i = 0;
    while (i < piece.length) {
        const c = piece[i];
        if (/\s/.test(c))
            i++;
        else if (c === "-" && piece[i + 1] === "-") {
            const nl = piece.indexOf("\n", i);
            i = nl === -1 ? piece.length : nl + 1;
        }
        else if (c === "/" && piece[i + 1] === "*") {
            let depth = 1;
            i += 2;
            while (i < piece.length && depth > 0) {
                if (piece[i] === "/" && piece[i + 1] === "*")
                    (depth++, (i += 2));
                else if (piece[i] === "*" && piece[i + 1] === "/")
                    (depth--, (i += 2));
                else
                    i++;
            }
        }
        else
            break;
    }
    return Buffer.byteLength(piece.slice(0, i), "utf8");
}
/** UTF-8 byte offset of the code point at index `codePoints` of text. */
function byteOffsetOfCodePoint(text, codePoints) {
    let bytes = 0;
    let seen = 0;
    for (let i = 0; i < text.length && seen < codePoints; i++, seen++) {
        const code = text.codePointAt(i);
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (code >= 0x10000)
            i++;
    }
    return bytes;
}
/** Byte ranges of the statements in text, split on top-level `;` (strings, comments, dollar quotes respected). */
function splitStatements(text, byteLength) {
    const { statements } = lexStatements(text);
    const last = statements.at(-1);
    if (last && last[1] !== byteLength)
        last[1] = byteLength;
    return statements;
}
const isWordStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isWordPart = (c) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
/**
 * A small SQL lexer that only knows what splitting needs: quotes ('' E'' "" $tag$), comments (-- and nested
 * /* *\/), parentheses and `BEGIN ATOMIC … END` bodies (with CASE … END inside them). It is much faster than
 * libpg-query's scanner on large files and, unlike it, keeps going after an unterminated quote (the rest of
 * the text becomes one piece, which then fails to parse at the quote).
 */
function lexStatements(text) {
    const statements = [];
    const comments = [];
    const n = text.length;
    let i = 0;
    let byte = 0;
    let start = 0;
    let parens = 0;
    let atomic = 0;
    let cases = 0;
    let previousWord = "";
    // Advance one character (a surrogate pair counts as one 4-byte character).
    const step = () => {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            byte += 1;
        else if (c < 0x800)
            byte += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
            byte += 4;
            i++;
        }
        else
            byte += 3;
        i++;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 39 /* ' */) {
            const backslashes = previousWord === "E" && i > 0 && (text.charCodeAt(i - 1) === 69 || text.charCodeAt(i - 1) === 101);
            step();
            while (i < n) {
                const d = text.charCodeAt(i);
                if (backslashes && d === 92 /* \ */) {
                    step();
                    if (i < n)
                        step();
                }
                else if (d === 39) {
                    step();
                    if (i < n && text.charCodeAt(i) === 39)
                        step();
                    else
                        break;
                }
                else
                    step();
            }
            previousWord = "";
        }
        else if (c === 34 /* " */) {
            step();
            while (i < n) {
                const d = text.charCodeAt(i);
                step();
                if (d === 34) {
                    if (i < n && text.charCodeAt(i) === 34)
                        step();
                    else
                        break;
                }
            }
            previousWord = "";
        }
        else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
            const from = byte;
            const at = i;
            while (i < n && text.charCodeAt(i) !== 10)
                step();
            comments.push({ start: from, end: byte, text: text.slice(at, i) });
        }
        else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
            const from = byte;
            const at = i;
            let depth = 0;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d === 47 && text.charCodeAt(i + 1) === 42) {
                    depth++;
                    step();
                    step();
                }
                else if (d === 42 && text.charCodeAt(i + 1) === 47) {
                    depth--;
                    step();
                    step();
                    if (depth === 0)
                        break;
                }
                else
                    step();
            }
            comments.push({ start: from, end: byte, text: text.slice(at, i) });
        }
        else if (c === 36 /* $ */) {
            const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64))?.[0];
            if (!tag) {
                step();
                continue;
            }
            for (let k = 0; k < tag.length; k++)
                step();
            const close = text.indexOf(tag, i);
            const to = close === -1 ? n : close + tag.length;
            while (i < to)
                step();
            previousWord = "";
        }
        else if (isWordStart(c)) {
            const at = i;
            while (i < n && isWordPart(text.charCodeAt(i)))
                step();
            const length = i - at;
            previousWord = length <= 6 ? text.slice(at, i).toUpperCase() : "";
            if (previousWord === "ATOMIC" && lastWordBefore(text, at) === "BEGIN")
                atomic++;
            else if (atomic > 0 && previousWord === "CASE")
                cases++;
            else if (atomic > 0 && previousWord === "END") {
                if (cases > 0)
                    cases--;
                else
                    atomic--;
            }
        }
        else {
            if (c === 40)
                parens++;
            else if (c === 41)
                parens = Math.max(0, parens - 1);
            else if (c === 59 /* ; */ && parens === 0 && atomic === 0) {
                statements.push([start, byte]);
                step();
                start = byte;
                previousWord = "";
                continue;
            }
            if (c > 32)
                previousWord = "";
            step();
        }
    }
    if (start < byte)
        statements.push([start, byte]);
    return { statements, comments };
}
/** The word before position `at`, skipping whitespace (for BEGIN ATOMIC). */
function lastWordBefore(text, at) {
    let j = at - 1;
    while (j >= 0 && /\s/.test(text[j]))
        j--;
    const end = j + 1;
    while (j >= 0 && isWordPart(text.charCodeAt(j)))
        j--;
    return text.slice(j + 1, end).toUpperCase();
}
/** Words from other SQL dialects that explain a syntax error better than the parser's message. */
const DIALECT_HINTS = [
    {
        test: /\bAUTOINCREMENT\b/i,
        hint: "`AUTOINCREMENT` is SQLite: in PostgreSQL write `id bigint GENERATED BY DEFAULT AS IDENTITY` (sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)).",
    },
    {
        test: /\bAUTO_INCREMENT\b/i,
        hint: "`AUTO_INCREMENT` is MySQL: in PostgreSQL write `id bigint GENERATED BY DEFAULT AS IDENTITY` (sa.Identity()).",
    },
    { test: /`/, hint: "Backticks quote identifiers in MySQL and SQLite; PostgreSQL uses double quotes: \"order\", not `order`." },
    {
        test: /\bDATETIME\b/i,
        hint: "`DATETIME` is MySQL/SQLite: PostgreSQL has `timestamptz` (sa.DateTime(timezone=True)) or `timestamp`.",
    },
    {
        test: /\bALTER\s+TABLE\b[\s\S]*\bMODIFY\b/i,
        hint: "`ALTER TABLE … MODIFY` is MySQL: PostgreSQL uses `ALTER TABLE t ALTER COLUMN c TYPE …` (op.alter_column(..., type_=...)).",
    },
    { test: /\bUNSIGNED\b/i, hint: "PostgreSQL has no UNSIGNED integers: use bigint, with a CHECK (col >= 0) if it matters." },
    { test: /\bENGINE\s*=/i, hint: "`ENGINE=` is MySQL table syntax; PostgreSQL has no storage engines: remove it." },
];
/** A pointed hint when the failing statement uses another dialect's syntax (outside strings and comments). */
function dialectHint(piece) {
    const code = piece.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
    const hints = DIALECT_HINTS.filter((h) => h.test.test(code)).map((h) => h.hint);
    return hints.length ? hints.join(" ") : undefined;
}
/** Ignore comments (`-- alembic-guard: ignore …`) and the statement each one covers. */
function collectIgnores(text, bytes, spans, source, place) {
    const ordered = [...spans].sort((a, b) => a.byteStart - b.byteStart);
    // Running maximum of the span ends, for finding the first span that encloses a position by binary search.
    const maxEndUpTo = [];
    for (let i = 0; i < ordered.length; i++)
        maxEndUpTo.push(Math.max(ordered[i].byteEnd, i > 0 ? maxEndUpTo[i - 1] : -Infinity));
    /** Index of the first span whose start is not below `at` (or, with `orEqual` false, strictly above it); ordered.length if none. */
    const firstStartingFrom = (at, orEqual) => {
        let lo = 0;
        let hi = ordered.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (orEqual ? ordered[mid].byteStart >= at : ordered[mid].byteStart > at)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    /** The first span (in start order) with byteStart < at < byteEnd. */
    const enclosingSpan = (at) => {
        const before = firstStartingFrom(at, true); // spans [0, before) start below `at`
        let lo = 0;
        let hi = before;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (maxEndUpTo[mid] > at)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo < before ? ordered[lo] : undefined;
    };
    /** The last span (in start order) that ends at or before `at`. */
    const spanEndingBy = (at) => {
        for (let i = firstStartingFrom(at, false) - 1; i >= 0; i--)
            if (ordered[i].byteEnd <= at)
                return ordered[i];
        return undefined;
    };
    const out = [];
    for (const token of lexStatements(text).comments) {
        if (!token.text.includes("alembic-guard"))
            continue;
        const parsed = (0, suppress_1.parseIgnoreComment)(token.text);
        if (!parsed)
            continue;
        const at = place(token.start);
        const directive = { ...parsed, file: source.file, line: at.line, column: at.column ?? 1 };
        if (parsed.kind === "next") {
            // A comment inside a statement, or trailing one on its last line, is about that statement;
            // otherwise it is about the next one.
            const enclosing = enclosingSpan(token.start);
            const previous = spanEndingBy(token.start);
            const trailing = previous && source.line === undefined && place(previous.byteEnd - 1).line === at.line && lineHasCodeBefore(bytes, token.start);
            const target = enclosing ?? (trailing ? previous : ordered[firstStartingFrom(token.end, true)]);
            if (target)
                directive.target = { fromLine: place(target.byteStart).line, toLine: place(Math.max(target.byteStart, target.byteEnd - 1)).line };
        }
        out.push(directive);
    }
    return out;
}
function lineHasCodeBefore(bytes, offset) {
    for (let i = offset - 1; i >= 0 && bytes[i] !== 10; i--)
        if (!isSpaceByte(bytes[i]))
            return true;
    return false;
}
/**
 * Decode a file's bytes as UTF-8. Invalid sequences become U+FFFD (so the rest is still linted) and are reported
 * as a syntax error at the first bad byte, since PostgreSQL rejects them.
 */
function decodeSqlBytes(buffer, file) {
    if ((0, node_buffer_1.isUtf8)(buffer)) {
        // Like TextDecoder("utf-8"): a leading byte order mark is not part of the text.
        const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
        return { text: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString("utf8", bom ? 3 : 0) };
    }
    const text = new TextDecoder("utf-8").decode(buffer);
    const bad = text.indexOf("\uFFFD");
    const at = new text_positions_1.TextPositions(text).lineColumn(Math.max(0, bad));
    const badByte = firstInvalidUtf8Byte(buffer);
    return {
        text,
        problem: {
            file,
            line: at.line,
            column: at.column,
            message: `invalid UTF-8${badByte ? ` (byte 0x${badByte.value.toString(16).padStart(2, "0")} at offset ${badByte.offset})` : ""}; PostgreSQL rejects text that is not valid in the database encoding`,
            sql: text.slice(Math.max(0, bad - 40), bad + 40).trim(),
            hint: "Re-save the file as UTF-8 (it may be Latin-1 or Windows-1252).",
        },
    };
}
function firstInvalidUtf8Byte(buffer) {
    for (let i = 0; i < buffer.length;) {
        const b = buffer[i];
        const width = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (width === 0)
            return { offset: i, value: b };
        for (let k = 1; k < width; k++)
            if (i + k >= buffer.length || (buffer[i + k] & 0xc0) !== 0x80)
                return { offset: i, value: b };
        i += width;
    }
    return undefined;
}


/***/ }),

/***/ 8196:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadPgWasm = loadPgWasm;
exports.compiledPgWasm = compiledPgWasm;
exports.parseSqlBytes = parseSqlBytes;
// A thin binding to libpg-query's WASM build (the PostgreSQL 18 parser), used instead of the package's
// parseSync wrapper because that wrapper finds the end of the returned JSON with a byte-by-byte JavaScript
// loop and re-encodes the input: on a 10,000-statement file those cost more than the parse itself.
// Same module, same exports (`_wasm_parse_query_raw` / `_wasm_free_parse_result`), same result struct:
//   PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
//   PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; char *context; }
const fs = __importStar(__nccwpck_require__(3024));
const node_buffer_1 = __nccwpck_require__(4573);
const v8 = __importStar(__nccwpck_require__(8877));
const assets_1 = __nccwpck_require__(3734);
let instance;
let loading;
let compiled;
let moduleFactory;
/**
 * Instantiate the parser once per process (per thread). A worker thread passes the module the main thread
 * compiled, so it only instantiates it.
 */
function loadPgWasm(precompiled) {
    return (loading ??= (async () => {
        // Keep WASM in V8's baseline compiler (Liftoff). Optimising the parser's huge functions with TurboFan costs
        // more CPU than a lint run ever wins back: measured on the 10,000-statement bench corpus, a whole lint run
        // takes about a third less CPU, and a 10 MB file is no slower. Must be set before the module is compiled.
        v8.setFlagsFromString("--liftoff-only");
        const wasmModule = precompiled ?? (await WebAssembly.compile(await fs.promises.readFile((0, assets_1.assetPath)("libpg-query.wasm"))));
        compiled = wasmModule;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const factory = __nccwpck_require__(3995);
        moduleFactory = factory;
        const created = await new Promise((resolve, reject) => {
            factory({
                instantiateWasm(imports, receive) {
                    WebAssembly.instantiate(wasmModule, imports).then(receive, reject);
                    return {};
                },
            }).then(resolve, reject);
        });
        if (typeof created._wasm_parse_query_raw !== "function" || typeof created._wasm_free_parse_result !== "function") {
            throw new Error("libpg-query's WASM module lacks _wasm_parse_query_raw; reinstall alembic-guard");
        }
        instance = created;
    })());
}
/** The compiled parser module (after loadPgWasm), to hand to worker threads. */
function compiledPgWasm() {
    return compiled;
}
const decoder = new TextDecoder("utf-8");
function cString(heap, ptr) {
    if (!ptr)
        return "";
    const end = heap.indexOf(0, ptr);
    const bytes = heap.subarray(ptr, end === -1 ? heap.length : end);
    // Pure ASCII (the usual case) decodes several times faster as Latin-1, and gives a one-byte string,
    // which JSON.parse also reads faster.
    return (0, node_buffer_1.isAscii)(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") : decoder.decode(bytes);
}
/**
 * A fresh parser instance from the compiled module, made synchronously (the factory fills in the options object it
 * is given as soon as the instance is received). Used after a statement overflowed the stack inside the parser:
 * the unwinding skipped the C code's own clean-up (its stack pointer, its memory context), so that instance is
 * not trusted again.
 */
function freshInstance() {
    const module = compiled;
    const options = {
        instantiateWasm(imports, receive) {
            receive(new WebAssembly.Instance(module, imports));
            return {};
        },
    };
    void moduleFactory(options).catch(() => undefined);
    if (typeof options._wasm_parse_query_raw !== "function")
        throw new Error("could not restart the SQL parser after a stack overflow");
    return options;
}
const TOO_DEEP = "the statement nests too deeply to parse (an expression thousands of levels deep, such as a very long a + b + c … " +
    'chain, exhausted the parser\'s stack; PostgreSQL stops such statements with "stack depth limit exceeded")';
/** Parse UTF-8 SQL bytes. Returns the parse tree, or the error PostgreSQL reported. */
function parseSqlBytes(sql) {
    const m = instance;
    if (!m)
        throw new Error("the SQL parser is not loaded: call loadSqlParser() first");
    const queryPtr = m._malloc(sql.length + 1);
    let resultPtr = 0;
    try {
        m.HEAPU8.set(sql, queryPtr);
        m.HEAPU8[queryPtr + sql.length] = 0;
        try {
            resultPtr = m._wasm_parse_query_raw(queryPtr);
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            instance = freshInstance();
            return { error: { message: TOO_DEEP } };
        }
        if (!resultPtr)
            throw new Error("the SQL parser ran out of memory");
        // Memory may have grown during the parse: read the views again.
        const u32 = m.HEAPU32;
        const treePtr = u32[resultPtr >> 2];
        const errorPtr = u32[(resultPtr + 8) >> 2];
        if (errorPtr) {
            const message = cString(m.HEAPU8, u32[errorPtr >> 2]) || "syntax error";
            const cursor = u32[(errorPtr + 16) >> 2] | 0;
            return { error: { message, cursorPosition: cursor > 0 ? cursor - 1 : undefined } };
        }
        return { tree: JSON.parse(cString(m.HEAPU8, treePtr)) };
    }
    finally {
        m._free(queryPtr);
        if (resultPtr)
            m._wasm_free_parse_result(resultPtr);
    }
}


/***/ }),

/***/ 9969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseIgnoreComment = parseIgnoreComment;
exports.applySuppressions = applySuppressions;
exports.globToRegExp = globToRegExp;
exports.isExcluded = isExcluded;
// Ignore comments and exclude globs: which findings the user asked us not to report, and which of those
// requests did nothing (`unused-ignore`). The matching is shared by SQL comments (`-- alembic-guard: ignore x`)
// and Python comments in revision files (`# alembic-guard: ignore[x]`), so both behave the same.
const findings_1 = __nccwpck_require__(2321);
const registry_1 = __nccwpck_require__(9072);
const DIRECTIVE = /alembic-guard:\s*(ignore-file|ignore)(?![\w-])([\s\S]*)/i;
const RULE_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
/**
 * Read an ignore directive from the text of one comment (`-- …`, `/* … *\/`, `# …`, with or without the markers).
 * Rules may be listed as `a, b`, `a b` or `[a, b]`; text after ` -- ` or after the closing `]` is a reason.
 */
function parseIgnoreComment(comment) {
    const match = DIRECTIVE.exec(comment.replace(/\*\/\s*$/, ""));
    if (!match)
        return undefined;
    const kind = match[1].toLowerCase() === "ignore-file" ? "file" : "next";
    let rest = match[2];
    const bracket = /^\s*\[([^\]]*)\]/.exec(rest);
    if (bracket)
        rest = bracket[1];
    else
        rest = rest.split(/\s(?:--|—|#)\s?|:\s/)[0];
    const rules = [];
    for (const word of rest.split(/[\s,]+/)) {
        if (!word)
            continue;
        if (!RULE_ID.test(word))
            break; // the reason starts here
        rules.push(word.toLowerCase());
    }
    return { kind, rules };
}
function covers(directive, finding) {
    if (directive.file !== finding.file)
        return false;
    if (directive.rules.length > 0 && !directive.rules.includes(finding.rule))
        return false;
    if (directive.kind === "file")
        return true;
    const t = directive.target;
    return t !== undefined && finding.line >= t.fromLine && finding.line <= t.toLine;
}
/**
 * Drop the findings an ignore covers and add an `unused-ignore` finding for every ignore that names an unknown
 * rule or suppressed nothing. Findings of other files pass through untouched.
 */
function applySuppressions(findings, directives, options) {
    if (directives.length === 0)
        return [...findings];
    // Per file: the ignore-file directives, and the ignore (next statement) directives by each line they cover, so a
    // finding meets only the directives that can cover it (a file with thousands of ignores stays linear).
    const fileWide = new Map();
    const byLine = new Map();
    const push = (map, key, value) => {
        const list = map.get(key);
        if (list)
            list.push(value);
        else
            map.set(key, [value]);
    };
    for (const d of directives) {
        if (d.kind === "file")
            push(fileWide, d.file, d);
        else if (d.target) {
            let lines = byLine.get(d.file);
            if (!lines)
                byLine.set(d.file, (lines = new Map()));
            for (let line = d.target.fromLine; line <= d.target.toLine; line++)
                push(lines, line, d);
        }
    }
    const used = new Map();
    const kept = [];
    const none = [];
    for (const finding of findings) {
        let suppressed = false;
        const candidates = [...(fileWide.get(finding.file) ?? none), ...(byLine.get(finding.file)?.get(finding.line) ?? none)];
        for (const d of candidates) {
            if (!covers(d, finding))
                continue;
            suppressed = true;
            if (!used.has(d))
                used.set(d, new Set());
            used.get(d).add(finding.rule);
        }
        if (!suppressed)
            kept.push(finding);
    }
    if (options.unusedSeverity === "off")
        return kept;
    const unused = [];
    const report = (d, message, help) => unused.push({
        rule: "unused-ignore",
        severity: options.unusedSeverity,
        message,
        file: d.file,
        line: d.line,
        column: d.column,
        help,
        docs: (0, findings_1.docsUrl)("unused-ignore"),
    });
    const what = (d) => (d.kind === "file" ? "`alembic-guard: ignore-file`" : "`alembic-guard: ignore`");
    for (const d of directives) {
        const hits = used.get(d);
        if (d.kind === "next" && d.target === undefined) {
            report(d, `${what(d)} comment is not followed by a statement, so it suppresses nothing`, "Move the comment directly above the statement it is meant for, or delete it.");
            continue;
        }
        if (d.rules.length === 0) {
            if (!hits)
                report(d, `${what(d)} suppresses nothing: no finding ${d.kind === "file" ? "in this file" : "on the statement that follows"}`, "Delete the comment; nothing here needs it any more.");
            continue;
        }
        for (const rule of d.rules) {
            if (!(0, registry_1.isKnownRule)(rule)) {
                const close = (0, registry_1.closestRuleIds)(rule, 3);
                report(d, `${what(d)} names unknown rule \`${rule}\`${close.length ? `; did you mean \`${close[0]}\`?` : ""}`, `Use a rule id from \`alembic-guard rules\`${close.length ? ` (closest: ${close.join(", ")})` : ""}.`);
            }
            else if (options.isActive(rule) && !hits?.has(rule)) {
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
function globToRegExp(glob) {
    let pattern = glob.replace(/\\/g, "/").replace(/^\.\//, "");
    const anchoredToDir = pattern.includes("/") && !pattern.endsWith("/");
    if (pattern.endsWith("/"))
        pattern = pattern.slice(0, -1);
    let out = "";
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "*" && pattern[i + 1] === "*") {
            const slash = pattern[i + 2] === "/";
            out += slash ? "(?:.*/)?" : ".*";
            i += slash ? 2 : 1;
        }
        else if (c === "*")
            out += "[^/]*";
        else if (c === "?")
            out += "[^/]";
        else if (c === "{") {
            const close = pattern.indexOf("}", i);
            if (close === -1)
                out += "\\{";
            else {
                out += `(?:${pattern.slice(i + 1, close).split(",").map(escapeRegExp).join("|")})`;
                i = close;
            }
        }
        else
            out += escapeRegExp(c);
    }
    // A pattern without a slash matches at any depth (like .gitignore); a directory matches everything below it.
    const prefix = anchoredToDir || pattern.includes("/") ? "^" : "^(?:.*/)?";
    return new RegExp(`${prefix}${out}(?:/.*)?$`);
}
function escapeRegExp(text) {
    return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
/** Is this path (relative to the working directory, posix separators) excluded by one of the globs? */
function isExcluded(relativePath, globs) {
    const p = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
    return globs.some((g) => globToRegExp(g).test(p));
}


/***/ }),

/***/ 7108:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// libpg-query reports UTF-8 byte offsets; editors and findings want 1-based line and column in characters.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TextPositions = void 0;
class TextPositions {
    text;
    lineStarts = [0];
    ascii;
    lastLine = 0;
    // Non-ASCII text: its non-ASCII characters, indexed on first use.
    wide;
    /** `utf8Length`: the text's length in UTF-8 bytes, when the caller knows it (equal to text.length only for ASCII). */
    constructor(text, utf8Length) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.lineStarts.push(i + 1);
        this.ascii = utf8Length !== undefined ? utf8Length === text.length : !/[^\x00-\x7f]/.test(text);
    }
    /** The UTF-16 index of the character a UTF-8 byte offset falls in (offsets past the end: the text length). */
    charOffset(byteOffset) {
        if (this.ascii)
            return Math.min(byteOffset, this.text.length);
        const wide = (this.wide ??= indexWideCharacters(this.text));
        const b = Math.max(0, Math.min(byteOffset, wide.totalBytes));
        // Last non-ASCII character starting at or before b.
        let lo = 0;
        let hi = wide.count - 1;
        let k = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (wide.startByte[mid] <= b) {
                k = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        if (k === -1)
            return b;
        if (b < wide.endByte[k])
            return wide.charIndex[k]; // inside that character
        return b - wide.extraAfter[k];
    }
    /** 1-based line and column of a character offset. */
    lineColumn(charOffset) {
        const line = this.lineIndex(charOffset);
        return { line: line + 1, column: charOffset - this.lineStarts[line] + 1 };
    }
    lineColumnOfByte(byteOffset) {
        const charOffset = this.ascii ? Math.min(byteOffset, this.text.length) : this.charOffset(byteOffset);
        const line = this.lineIndex(charOffset);
        return { line: line + 1, column: charOffset - this.lineStarts[line] + 1 };
    }
    /** 1-based line of a UTF-8 byte offset (no column: saves an object where only the line is wanted). */
    lineOfByte(byteOffset) {
        return this.lineIndex(this.ascii ? Math.min(byteOffset, this.text.length) : this.charOffset(byteOffset)) + 1;
    }
    /** 0-based index of the line a character offset is on. */
    lineIndex(charOffset) {
        const starts = this.lineStarts;
        // Callers mostly walk forward through the text: try the last line found and the next few before searching.
        for (let line = this.lastLine; line < starts.length && line < this.lastLine + 4; line++) {
            if (starts[line] > charOffset)
                break;
            if (line + 1 === starts.length || starts[line + 1] > charOffset) {
                this.lastLine = line;
                return line;
            }
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= charOffset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.lastLine = lo;
        return lo;
    }
}
exports.TextPositions = TextPositions;
function indexWideCharacters(text) {
    let capacity = 64;
    let startByte = new Uint32Array(capacity);
    let endByte = new Uint32Array(capacity);
    let charIndex = new Uint32Array(capacity);
    let extraAfter = new Uint32Array(capacity);
    let count = 0;
    let byte = 0;
    let extra = 0;
    let previous = 0; // UTF-16 index just after the last character indexed
    const wideChar = /[^\x00-\x7f]/g;
    for (let m = wideChar.exec(text); m !== null; m = wideChar.exec(text)) {
        const i = m.index;
        byte += i - previous;
        const code = text.codePointAt(i);
        const width = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        const units = code >= 0x10000 ? 2 : 1; // a surrogate pair: one code point, two UTF-16 units
        if (count === capacity) {
            capacity *= 2;
            startByte = grow(startByte, capacity);
            endByte = grow(endByte, capacity);
            charIndex = grow(charIndex, capacity);
            extraAfter = grow(extraAfter, capacity);
        }
        startByte[count] = byte;
        charIndex[count] = i;
        byte += width;
        endByte[count] = byte;
        extra += width - units;
        extraAfter[count] = extra;
        count++;
        previous = i + units;
        wideChar.lastIndex = previous;
    }
    return { startByte, endByte, charIndex, extraAfter, count, totalBytes: byte + (text.length - previous) };
}
function grow(array, capacity) {
    const bigger = new Uint32Array(capacity);
    bigger.set(array);
    return bigger;
}


/***/ }),

/***/ 8743:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
// alembic-guard's version, as in package.json (test/version.test.ts keeps the two equal): `--version`, SARIF's tool.driver.version.
exports.VERSION = "0.1.0";


/***/ }),

/***/ 3995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(3024);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(7598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 8877:
/***/ ((module) => {

"use strict";
module.exports = require("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, exports) => {

"use strict";
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/

Object.defineProperties(exports, {
	__esModule: { value: true },
	[Symbol.toStringTag]: { value: "Module" }
});
//#region src/error.ts
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	/** @internal */
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
//#endregion
//#region src/primitive.ts
/** @internal */
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
//#endregion
//#region src/date.ts
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
//#endregion
//#region src/extract.ts
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
/** @internal */
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
//#endregion
//#region src/util.ts
/** @internal */
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
//#endregion
//#region src/struct.ts
/** @internal */
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
//#endregion
//#region src/parse.ts
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
//#endregion
//#region src/stringify.ts
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
	let type = typeof obj;
	if (type === "object") {
		if (Array.isArray(obj)) return "array";
		if (typeof obj.getUTCDate === "function" && obj instanceof Date) return "date";
		if (globalThis.Temporal) {
			if (obj.until) {
				if (obj instanceof Temporal.ZonedDateTime) return "temporal/tz+uc";
				if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate) return "temporal/uc";
				if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant) return "temporal";
				if (obj instanceof Temporal.PlainYearMonth) return "temporal/x";
			} else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) return "temporal/x";
		}
	}
	return type;
}
function isArrayOfTables(obj) {
	for (let i = 0; i < obj.length; i++) if (extendedTypeOf(obj[i]) !== "object") return false;
	return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
	return JSON.stringify(s).replaceAll("", "\\u007f");
}
function formatString(s) {
	return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
	if (BARE_KEY.test(s)) return s;
	if (HAS_WELLFORMED && !s.isWellFormed()) throw new RangeError("key contains illegal lone surrogates");
	return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	switch (type) {
		case "number":
			if (isNaN(val)) return "nan";
			if (val === Infinity) return "inf";
			if (val === -Infinity) return "-inf";
			if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val))) return val.toFixed(1);
		case "bigint":
		case "boolean":
		case "temporal": return val.toString();
		case "string": return formatString(val);
		case "date":
			if (isNaN(val.getTime())) throw new TypeError("cannot serialize invalid date");
			return val.toISOString();
		case "object": return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
		case "array": return stringifyArray(val, depth, numberAsFloat, strictTemporal);
		case "temporal/tz+uc": if (strictTemporal) {
			let tz = val.timeZoneId;
			let tzc = tz.charCodeAt(0);
			if (tzc !== 43 && tzc !== 45 && (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && !tz.startsWith("GMT") && tz !== "Greenwich" && !tz.startsWith("Etc/"))) throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
		}
		case "temporal/uc":
			if (strictTemporal && val.calendarId !== "iso8601") throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
			return val.toString({
				calendarName: "never",
				timeZoneName: "never"
			});
		case "temporal/x": throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
	}
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
	let keys = Object.keys(obj);
	if (keys.length === 0) return "{}";
	let res = "{ ";
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (i) res += ", ";
		res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
	if (array.length === 0) return "[]";
	let res = "[ ";
	for (let i = 0; i < array.length; i++) {
		if (i) res += ", ";
		if (array[i] === null || array[i] === void 0) throw new TypeError("arrays cannot contain null or undefined values");
		res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let res = "";
	for (let i = 0; i < array.length; i++) {
		res += `${res && "\n"}[[${key}]]\n`;
		res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
	}
	return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let preamble = "";
	let tables = "";
	let keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (obj[k] !== null && obj[k] !== void 0) {
			let type = extendedTypeOf(obj[k]);
			if (type === "symbol" || type === "function") throw new TypeError(`cannot serialize values of type '${type}'`);
			let key = formatKey(k);
			if (type === "array" && isArrayOfTables(obj[k])) tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
			else if (type === "object") {
				let tblKey = prefix ? `${prefix}.${key}` : key;
				tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
			} else {
				preamble += key;
				preamble += " = ";
				preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
				preamble += "\n";
			}
		}
	}
	if (tableKey && (preamble || !tables)) preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
	return preamble && tables ? `${preamble}\n${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
	if (extendedTypeOf(obj) !== "object") throw new TypeError("stringify can only be called with an object");
	let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
	if (str[str.length - 1] !== "\n") return str + "\n";
	return str;
}
//#endregion
//#region src/index.ts
/** @deprecated use `import * as ... from 'smol-toml'` instead */
var src_default = {
	parse,
	stringify,
	TomlDate,
	TomlError
};
//#endregion
exports.TomlDate = TomlDate;
exports.TomlError = TomlError;
exports["default"] = src_default;
exports.parse = parse;
exports.stringify = stringify;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCliProgram = runCliProgram;
// `alembic-guard lint` alone, bundled as dist/lint.js: dist/cli.js runs lint from this bundle, which holds the
// linter and nothing else, so start-up compiles under half the code of the full CLI. Lint's worker threads start
// from this file too, for the same reason.
const lint_parallel_1 = __nccwpck_require__(9213);
const lint_1 = __nccwpck_require__(3909);
const program_1 = __nccwpck_require__(2358);
const LINT_ONLY = { lint: lint_1.runLint };
/** Called by dist/cli.js. */
function runCliProgram() {
    (0, program_1.runAsProgram)(LINT_ONLY, __filename);
}
if (require.main === require.cache[eval('__filename')] && (0, lint_parallel_1.isLintWorkerThread)())
    void (0, lint_1.runLintWorkerThread)();

})();

module.exports = __webpack_exports__;
/******/ })()
;