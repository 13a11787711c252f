// tree-sitter-python through web-tree-sitter, loaded once per process and shared with the python rules.
// Loaded lazily so the graph fast path never pays for the WASM start-up.
import { assetPath } from "../assets";
import type { Parser as TSParser, Tree, Node } from "web-tree-sitter";

export type { Tree, Node };

let parser: TSParser | undefined;
let loading: Promise<void> | undefined;

export function loadPythonParser(): Promise<void> {
  if (parser) return Promise.resolve();
  loading ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wts = require("web-tree-sitter") as typeof import("web-tree-sitter");
    const runtime = assetPath("web-tree-sitter.wasm");
    await wts.Parser.init({ locateFile: () => runtime });
    const language = await wts.Language.load(assetPath("tree-sitter-python.wasm"));
    const p = new wts.Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return loading;
}

/** Parse Python source; call (and await) loadPythonParser() once before. */
export function parsePython(source: string): Tree {
  if (!parser) throw new Error("parsePython() called before loadPythonParser() finished");
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}
