// A thin binding to libpg-query's WASM build (the PostgreSQL 18 parser), used instead of the package's
// parseSync wrapper because that wrapper finds the end of the returned JSON with a byte-by-byte JavaScript
// loop and re-encodes the input: on a 10,000-statement file those cost more than the parse itself.
// Same module, same exports (`_wasm_parse_query_raw` / `_wasm_free_parse_result`), same result struct:
//   PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
//   PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; char *context; }
import * as fs from "node:fs";
import { isAscii } from "node:buffer";
import * as v8 from "node:v8";
import { assetPath } from "../assets";

interface PgWasmModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(queryPtr: number): number;
  _wasm_free_parse_result(resultPtr: number): void;
}

type ModuleFactory = (options: {
  locateFile?: (name: string) => string;
  instantiateWasm?: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) => object;
}) => Promise<PgWasmModule>;

let instance: PgWasmModule | undefined;
let loading: Promise<void> | undefined;
let compiled: WebAssembly.Module | undefined;
let moduleFactory: ModuleFactory | undefined;

/**
 * Instantiate the parser once per process (per thread). A worker thread passes the module the main thread
 * compiled, so it only instantiates it.
 */
export function loadPgWasm(precompiled?: WebAssembly.Module): Promise<void> {
  return (loading ??= (async () => {
    // Keep WASM in V8's baseline compiler (Liftoff). Optimising the parser's huge functions with TurboFan costs
    // more CPU than a lint run ever wins back: measured on the 10,000-statement bench corpus, a whole lint run
    // takes about a third less CPU, and a 10 MB file is no slower. Must be set before the module is compiled.
    v8.setFlagsFromString("--liftoff-only");
    const wasmModule = precompiled ?? (await WebAssembly.compile(await fs.promises.readFile(assetPath("libpg-query.wasm"))));
    compiled = wasmModule;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require("libpg-query/wasm/libpg-query.js") as ModuleFactory;
    moduleFactory = factory;
    const created = await new Promise<PgWasmModule>((resolve, reject) => {
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
export function compiledPgWasm(): WebAssembly.Module | undefined {
  return compiled;
}

export interface PgParseError {
  message: string;
  /** 0-based character (code point) offset of the error in the text parsed, when PostgreSQL gives one. */
  cursorPosition?: number;
}

export type PgParseOutput = { stmts?: Array<{ stmt?: unknown; stmt_location?: number; stmt_len?: number }> };

const decoder = new TextDecoder("utf-8");

function cString(heap: Uint8Array, ptr: number): string {
  if (!ptr) return "";
  const end = heap.indexOf(0, ptr);
  const bytes = heap.subarray(ptr, end === -1 ? heap.length : end);
  // Pure ASCII (the usual case) decodes several times faster as Latin-1, and gives a one-byte string,
  // which JSON.parse also reads faster.
  return isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") : decoder.decode(bytes);
}

/**
 * A fresh parser instance from the compiled module, made synchronously (the factory fills in the options object it
 * is given as soon as the instance is received). Used after a statement overflowed the stack inside the parser:
 * the unwinding skipped the C code's own clean-up (its stack pointer, its memory context), so that instance is
 * not trusted again.
 */
function freshInstance(): PgWasmModule {
  const module = compiled!;
  const options: Parameters<ModuleFactory>[0] & Partial<PgWasmModule> = {
    instantiateWasm(imports, receive) {
      receive(new WebAssembly.Instance(module, imports));
      return {};
    },
  };
  void moduleFactory!(options).catch(() => undefined);
  if (typeof options._wasm_parse_query_raw !== "function") throw new Error("could not restart the SQL parser after a stack overflow");
  return options as PgWasmModule;
}

const TOO_DEEP =
  "the statement nests too deeply to parse (an expression thousands of levels deep, such as a very long a + b + c … " +
  'chain, exhausted the parser\'s stack; PostgreSQL stops such statements with "stack depth limit exceeded")';

/** Parse UTF-8 SQL bytes. Returns the parse tree, or the error PostgreSQL reported. */
export function parseSqlBytes(sql: Uint8Array): { tree: PgParseOutput } | { error: PgParseError } {
  const m = instance;
  if (!m) throw new Error("the SQL parser is not loaded: call loadSqlParser() first");
  const queryPtr = m._malloc(sql.length + 1);
  let resultPtr = 0;
  try {
    m.HEAPU8.set(sql, queryPtr);
    m.HEAPU8[queryPtr + sql.length] = 0;
    try {
      resultPtr = m._wasm_parse_query_raw(queryPtr);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      instance = freshInstance();
      return { error: { message: TOO_DEEP } };
    }
    if (!resultPtr) throw new Error("the SQL parser ran out of memory");
    // Memory may have grown during the parse: read the views again.
    const u32 = m.HEAPU32;
    const treePtr = u32[resultPtr >> 2];
    const errorPtr = u32[(resultPtr + 8) >> 2];
    if (errorPtr) {
      const message = cString(m.HEAPU8, u32[errorPtr >> 2]) || "syntax error";
      const cursor = u32[(errorPtr + 16) >> 2] | 0;
      return { error: { message, cursorPosition: cursor > 0 ? cursor - 1 : undefined } };
    }
    return { tree: JSON.parse(cString(m.HEAPU8, treePtr)) as PgParseOutput };
  } finally {
    m._free(queryPtr);
    if (resultPtr) m._wasm_free_parse_result(resultPtr);
  }
}
