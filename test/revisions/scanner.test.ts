// The token scanner, the tree-sitter reading and Python's own ast must agree on every fixture file.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPythonParser, parsePython } from "../../src/revisions";
import { scanModuleAssignments, scanModuleBytes, type LiteralValue } from "../../src/revisions/scanner";
import { moduleAssignments } from "../../src/revisions/tree";
import { FIXTURES, REPO } from "../graph/helpers";

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "__pycache__" && entry.name !== "node_modules") out.push(...pythonFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".py")) out.push(full);
  }
  return out.sort();
}

const BROKEN = path.join(FIXTURES, "broken");
const FILES = [...pythonFiles(FIXTURES), ...pythonFiles(path.join(REPO, "examples"))].filter(
  // broken/ holds deliberately invalid files; editor lock files (.#x.py) are never loaded by Alembic.
  (f) => !f.startsWith(BROKEN + path.sep) && !path.basename(f).startsWith(".#"),
);

type Reading = Record<string, { line: number; column: number; value: LiteralValue | { kind: "unresolved" } }>;

/** Compare unresolved values by kind only: the source text is kept for messages, not as a value. */
function normalise(map: Map<string, { line: number; column: number; value: LiteralValue }>): Reading {
  const out: Reading = {};
  for (const [name, a] of map) {
    const value = a.value.kind === "unresolved" ? { kind: "unresolved" as const } : a.value;
    out[name] = { line: a.line, column: a.column, value };
  }
  return out;
}

describe("revision attribute readers agree", () => {
  let python: Record<string, Reading | { error: string }>;
  beforeAll(async () => {
    await loadPythonParser();
    python = JSON.parse(execFileSync("/usr/bin/python3", [path.join(__dirname, "python_literals.py"), ...FILES], { encoding: "utf8" }));
  });

  it("covers the fixtures", () => {
    expect(FILES.length).toBeGreaterThan(40);
  });

  for (const file of FILES) {
    it(path.relative(REPO, file), () => {
      const source = fs.readFileSync(file, "utf8");
      const scanned = scanModuleAssignments(source);
      const tree = parsePython(source);
      try {
        expect(scanned.errors).toEqual([]);
        expect(tree.rootNode.hasError).toBe(false);
        const fromTree = normalise(moduleAssignments(tree));
        const fromScan = normalise(scanned.assignments);
        expect(fromScan).toEqual(fromTree);
        const fromPython = python[file];
        expect(fromPython).not.toHaveProperty("error");
        // Sets have no order in Python: compare their items sorted.
        const sortSets = (r: Reading) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.value.kind === "strings" ? { ...v, value: { kind: "strings", items: [...v.value.items].sort() } } : v]));
        expect(sortSets(fromScan)).toEqual(sortSets(fromPython as Reading));
      } finally {
        tree.delete();
      }
    });
  }
});

describe("scanner values", () => {
  const read = (source: string) => Object.fromEntries([...scanModuleAssignments(source).assignments].map(([k, v]) => [k, v.value]));
  it.each([
    ['revision = "a"', { revision: { kind: "strings", items: ["a"] } }],
    ["down_revision = None", { down_revision: { kind: "none" } }],
    ['down_revision = "None"', { down_revision: { kind: "strings", items: ["None"] } }],
    ["depends_on = ('x',)", { depends_on: { kind: "strings", items: ["x"] } }],
    ['down_revision = ("a" "b", \'c\')', { down_revision: { kind: "strings", items: ["ab", "c"] } }],
    ["branch_labels = (cli.EXPAND_BRANCH,)", { branch_labels: { kind: "unresolved", text: "(cli.EXPAND_BRANCH,)" } }],
    ["revision: str = 'x'  # trailing", { revision: { kind: "strings", items: ["x"] } }],
    ["revision: str", {}],
    ['revision = "\\u00e9\\x41\\101"', { revision: { kind: "strings", items: ["éAA"] } }],
    ['revision = b"x"', { revision: { kind: "unresolved", text: 'b"x"' } }],
    ['  revision = "indented"', {}],
  ])("%s", (source, expected) => {
    expect(read(source)).toEqual(expected);
  });

  it.each([
    ['revision = "open', 1, 12, "unterminated string literal"],
    ['x = """never closed\nrevision = "a"\n', 1, 5, "unterminated triple-quoted string literal"],
    ["down_revision = (\n  'a',\n", 1, 17, "'(' was never closed"],
    ["x = 1)\n", 1, 6, "unmatched ')'"],
    ["x = [1)\n", 1, 7, "closing ')' does not match '[' opened on line 1"],
    // Python (3.11 compile()) points at the prefix of an unterminated prefixed string.
    ['x = rb"open\nrevision = "a"\n', 1, 5, "unterminated string literal"],
    ['revision = (\n  f"""open', 2, 3, "unterminated triple-quoted string literal"],
    // Python 3.11: compile() accepts 200 levels of brackets and stops at the 201st.
    [`x = ${"(".repeat(250)}1${")".repeat(250)}\n`, 1, 205, "too many nested parentheses"],
  ])("reports %j at %i:%i", (source, line, column, message) => {
    expect(scanModuleAssignments(source).errors[0]).toEqual({ line, column, message });
  });

  it("reads bytes like the decoded text: byte order mark skipped, columns in characters", () => {
    const text = 'é = "ü"; revision = "ä1"  # ö\n  x = (\n"😀", b"\n'; // a non-ASCII name, value, comment; an error after an emoji (two UTF-16 units)
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const fromBytes = scanModuleBytes(bytes, 3);
    expect(fromBytes).toEqual(scanModuleAssignments(text));
    expect(fromBytes.assignments.get("revision")).toEqual({ name: "revision", line: 1, column: 10, value: { kind: "strings", items: ["ä1"] } });
    expect(fromBytes.errors[0]).toEqual({ line: 3, column: 7, message: "unterminated string literal" });
    const prefixedFirst = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('f"open', "utf8")]);
    expect(scanModuleBytes(prefixedFirst, 3).errors).toEqual([{ line: 1, column: 1, message: "unterminated string literal" }]);
  });

  it("reads the template's shapes directly exactly as the tokenizer reads them", () => {
    // A line continuation before the value sends a statement through the general tokenizer: both readings must agree.
    const targets = ["revision", "down_revision", "x; depends_on"];
    const separators = [" = ", "=", ": str = ", ": Union[str, Sequence[str], None] = ", ": typing.Optional[str] =", ": = ", ":= ", ": [= ", ": str == "];
    const values = ['"abc"', "'abc'", '""', "None", "Nonex", "None.x", '"a\\"b"', '"é"', '("a",)', '"a" "b"', '"""x"""', '"a", "b"', 'r"x"', "1"];
    const trailers = ["", "  # note", " x", "; x = 1", ","];
    let compared = 0;
    for (const target of targets)
      for (const separator of separators)
        for (const value of values)
          for (const trailer of trailers) {
            const direct = scanModuleAssignments(`${target}${separator}${value}${trailer}\n`).assignments;
            const tokenized = scanModuleAssignments(`${target}${separator}\\\n${value}${trailer}\n`).assignments;
            expect([...direct], `${target}${separator}${value}${trailer}`).toEqual([...tokenized]);
            compared += direct.size;
          }
    expect(compared).toBeGreaterThan(500);
  });

  it("reads a value under 200 levels of parentheses, and survives 200,000", () => {
    expect(scanModuleAssignments(`x = ${"(".repeat(200)}1${")".repeat(200)}\n`).errors).toEqual([]);
    const deep = scanModuleAssignments(`revision = ${"(".repeat(200_000)}"a"${")".repeat(200_000)}\n`);
    expect(deep.assignments.get("revision")?.value).toEqual({ kind: "strings", items: ["a"] });
    expect(deep.errors[0].message).toBe("too many nested parentheses");
  });
});
