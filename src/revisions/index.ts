// Static view of revision files: a fast token scan of every file for the graph (scanRevisions), and a
// full tree-sitter parse of the files in scope (parseRevisionFile) with the op.* calls later stages lint.
import * as fs from "node:fs";
import * as path from "node:path";
import { relativePath } from "../paths";
import type { Finding } from "../findings";
import type { AlembicProject } from "../discover";
import { isUtf8 } from "node:buffer";
import { decodePythonSource, legacyRevisionFromFileName, listRevisionFiles, readFileShared } from "./files";
import { graphFinding } from "./finding";
import { scanModuleAssignments, scanModuleBytes, TOO_MANY_INDENTATION_LEVELS, TOO_MANY_NESTED_PARENTHESES, type LiteralValue, type ScanError, type ScanResult } from "./scanner";
import { extractDetail, MAX_EXPRESSION_DEPTH, moduleAssignments, syntaxErrors, tooDeepExpression } from "./tree";
import { loadPythonParser, parsePython, type Node, type Tree } from "./python";

export { loadPythonParser, parsePython };
export type { LiteralValue };

export interface RevisionFile {
  revision: string;
  /** down_revision as a list (None → []). */
  downRevisions: string[];
  dependsOn: string[];
  branchLabels: string[];
  /** Absolute path. */
  file: string;
  /** Line of the `revision =` assignment (1 for Alembic's file-name fallback). */
  line: number;
  /** Lines of the down_revision / depends_on assignments, when present (for pointing findings at them). */
  downRevisionLine?: number;
  dependsOnLine?: number;
  /** Names whose value is not a literal (unresolved-value was reported); their lists above are empty. */
  unresolved: string[];
}

export interface OpCall {
  /**
   * The operation's method name without its receiver: "add_column", "execute", "create_index".
   * Calls on a batch receiver (`with op.batch_alter_table("t") as batch_op: batch_op.add_column(…)`)
   * have the same name with via = "batch" and batchTable = "t".
   */
  name: string;
  via: "op" | "batch";
  /** The table given to op.batch_alter_table, for batch calls whose table is a literal. */
  batchTable?: string;
  /** 1-based start line/column and end line of the call. */
  line: number;
  column: number;
  endLine: number;
  /** The first positional argument when it is a string literal, or sa.text("…")/text("…") of one. */
  firstStringArg?: string;
  /** The top-level function the call sits in. */
  fn: "upgrade" | "downgrade" | "other";
  /** Inside `with op.get_context().autocommit_block():`. */
  inAutocommitBlock: boolean;
  /** The call node, for deeper analysis by the python rules (valid while `tree` is alive). */
  node: Node;
}

export interface RevisionDetail extends RevisionFile {
  opCalls: OpCall[];
  upgradeLine?: number;
  downgradeLine?: number;
  tree: Tree;
  source: string;
}

/** Fast path: every revision file of the project, read with the token scanner (no full parse). */
export function scanRevisions(project: AlembicProject, cwd: string = project.cwd): { revisions: RevisionFile[]; findings: Finding[] } {
  const revisions: RevisionFile[] = [];
  const findings: Finding[] = [];
  for (const file of listRevisionFiles(project.versionLocations, project.recursiveVersionLocations)) {
    const revision = scanInto(file, cwd, findings);
    if (revision) revisions.push(revision);
  }
  return { revisions, findings };
}

/** Read one file with the token scanner. */
export function scanRevisionFile(file: string, cwd: string): { revision?: RevisionFile; findings: Finding[] } {
  const findings: Finding[] = [];
  const revision = scanInto(file, cwd, findings);
  return { revision, findings };
}

/** Scan one file, appending its findings (no per-file result objects: this runs for every file of the history). */
function scanInto(file: string, cwd: string, findings: Finding[]): RevisionFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileShared(file);
  } catch (error) {
    findings.push(graphFinding("parse-error", { file: relativePath(cwd, file), line: 1 }, `cannot read the revision file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "Make the file readable, or move it out of the versions folder."));
    return undefined;
  }
  let scan: ScanResult;
  if (isUtf8(bytes)) {
    // The common case: scan the bytes as read, skipping a byte order mark as decoding would.
    scan = scanModuleBytes(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  } else {
    const decoded = decodePythonSource(bytes);
    if (decoded.problem) findings.push(encodingFinding(relativePath(cwd, file), decoded.problem));
    scan = scanModuleAssignments(decoded.text);
  }
  // Report the first lexical error only: later ones are usually its echo.
  if (scan.errors.length) findings.push(syntaxFinding(relativePath(cwd, file), scan.errors[0]));
  return toRevisionFile(file, cwd, scan.assignments, findings);
}

/** Full parse with tree-sitter: the same fields as the scan, plus op.* calls and the upgrade/downgrade lines. */
export async function parseRevisionFile(file: string, cwd: string = process.cwd()): Promise<{ detail?: RevisionDetail; findings: Finding[] }> {
  await loadPythonParser();
  const rel = lazyRelative(cwd, file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { findings: [graphFinding("parse-error", { file: rel(), line: 1 }, `cannot read the revision file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "Make the file readable, or move it out of the versions folder.")] };
  }
  const decoded = decodePythonSource(bytes);
  const findings: Finding[] = [];
  if (decoded.problem) findings.push(encodingFinding(rel(), decoded.problem));
  if (bytes.length > FULL_PARSE_LIMIT_BYTES) {
    // Huge files are data dumps (op.bulk_insert of thousands of rows); a full parse would take minutes.
    const tooBig = graphFinding(
      "parse-error",
      { file: rel(), line: 1 },
      `the file is ${(bytes.length / 1e6).toFixed(1)} MB, over the ${FULL_PARSE_LIMIT_BYTES / 1e6} MB limit for a full parse: its revision attributes were read, its op.* calls were not checked`,
      "Move bulk data out of the revision (load it from a data file, or COPY it), so the migration stays reviewable.",
      "warning",
    );
    return { findings: [...scanRevisionFile(file, cwd).findings, tooBig] };
  }
  // Python refuses a file nested over 200 brackets or 100 indentation levels deep. tree-sitter does not: its
  // Python scanner fails with a WASM memory fault at ~510 levels of indentation, and the walks over the tree (the
  // python rules') recurse per bracket and overflow the stack at a few thousand. Such a file gets its revision
  // attributes read by the token scan and a syntax error, not a full parse.
  const scan = scanModuleAssignments(decoded.text, undefined, { indentation: true });
  const tooDeep = nestingError(scan);
  if (tooDeep) {
    findings.push(
      graphFinding(
        "parse-error",
        { file: rel(), line: tooDeep.line, column: tooDeep.column },
        `Python syntax error: ${tooDeep.message}; Alembic cannot import this file, and its op.* calls were not checked`,
        "Flatten the code (Python allows 200 nested brackets and 100 levels of indentation); the rest of the history was still checked.",
      ),
    );
    toRevisionFile(file, cwd, scan.assignments, findings);
    return { findings };
  }
  const tree = parsePython(decoded.text);
  // A chain like `a + a + …` or `x.y.y…` tens of thousands long is within those limits, but Python's compiler
  // recurses per level and gives up (RecursionError, MemoryError): report it like the nesting above.
  const chain = tooDeepExpression(tree);
  if (chain) {
    findings.push(
      graphFinding(
        "parse-error",
        { file: rel(), line: chain.line, column: chain.column },
        `Python cannot compile this file: an expression nests over ${MAX_EXPRESSION_DEPTH} levels deep (Python's compiler fails with RecursionError or MemoryError); Alembic cannot import this file, and its op.* calls were not checked`,
        "Split the expression (build a long chain in a loop or from a list); the rest of the history was still checked.",
      ),
    );
    toRevisionFile(file, cwd, moduleAssignments(tree), findings);
    tree.delete();
    return { findings };
  }
  const errors = syntaxErrors(tree);
  if (errors.length) findings.push(syntaxFinding(rel(), errors[0], errors.length - 1));
  const revision = toRevisionFile(file, cwd, moduleAssignments(tree), findings);
  if (!revision) {
    tree.delete();
    return { findings };
  }
  const detail: RevisionDetail = { ...revision, ...extractDetail(tree), tree, source: decoded.text };
  return { detail, findings };
}

/** The scan's error for nesting Python refuses (201 brackets, 100 levels of indentation), if any. */
function nestingError(scan: ScanResult): ScanError | undefined {
  return scan.errors.find((e) => e.message === TOO_MANY_NESTED_PARENTHESES || e.message === TOO_MANY_INDENTATION_LEVELS);
}

/**
 * Is the source nested deeper than Python allows (see parseRevisionFile)? Such text must not reach parsePython:
 * tree-sitter's scanner faults in WASM on a few hundred levels of indentation.
 */
export function nestedBeyondPython(source: string): boolean {
  return nestingError(scanModuleAssignments(source, undefined, { indentation: true })) !== undefined;
}

/** Files above this size get the token scan only (a full tree-sitter parse of 10 MB takes minutes). */
export const FULL_PARSE_LIMIT_BYTES = 2_000_000;

export interface AssignedValue {
  line: number;
  column: number;
  value: LiteralValue;
}

const NAMES_FOR_MESSAGES: Record<string, string> = {
  revision: "revision",
  down_revision: "down_revision",
  branch_labels: "branch_labels",
  depends_on: "depends_on",
};

/** Shared by the many revisions without branch labels, depends_on or unresolved values (never mutated). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

function toRevisionFile(file: string, cwd: string, values: ReadonlyMap<string, AssignedValue>, findings: Finding[]): RevisionFile | undefined {
  const rel = () => relativePath(cwd, file);
  let unresolved = NONE;
  const list = (name: string): string[] => {
    const v = values.get(name);
    if (!v) return NONE;
    if (v.value.kind === "unresolved") {
      if (unresolved === NONE) unresolved = [];
      unresolved.push(name);
      findings.push(
        graphFinding(
          "unresolved-value",
          { file: rel(), line: v.line, column: v.column },
          `${NAMES_FOR_MESSAGES[name]} = ${abbreviate(v.value.text)} is not a literal, so alembic-guard cannot read it without running the file; ` +
            (name === "revision" ? "the file is left out of the graph (revisions after it will miss their parent)" : "the graph treats it as empty"),
          `Write ${name} as a string, a tuple of strings or None (Alembic's own template does), so tools can read the history statically.`,
        ),
      );
      return NONE;
    }
    return v.value.kind === "none" ? NONE : v.value.items;
  };
  const rev = values.get("revision");
  let revision: string | undefined;
  let line = 1;
  if (rev) {
    line = rev.line;
    const ids = list("revision");
    if (rev.value.kind === "strings" && ids.length === 1) revision = ids[0];
    else if (rev.value.kind !== "unresolved") {
      findings.push(
        graphFinding("parse-error", { file: rel(), line: rev.line, column: rev.column }, `revision must be one string id, not ${describe(rev.value)}`, 'Set revision = "<id>" (one string), as `alembic revision` writes it.'),
      );
      return undefined;
    }
  } else {
    revision = legacyRevisionFromFileName(path.basename(file));
    if (revision === undefined) {
      findings.push(
        graphFinding(
          "parse-error",
          { file: rel(), line: 1 },
          "no top-level `revision = \"…\"` assignment, and the file name is not a hex id, so Alembic cannot determine this file's revision id",
          'Add revision = "<id>" at the top level (as `alembic revision` writes it), or move the file out of the versions folder if it is not a migration.',
        ),
      );
      return undefined;
    }
  }
  if (revision === undefined) return undefined;
  const illegal = /[@+-]/.test(revision) ? [...new Set(revision.match(/[@+-]/g))] : [];
  if (illegal.length) {
    findings.push(
      graphFinding(
        "parse-error",
        { file: rel(), line, revision },
        `revision id \`${revision}\` contains ${illegal.map((c) => `'${c}'`).join(", ")}, which Alembic rejects in revision ids`,
        "Rename the revision id without '@', '-' or '+' (and update every down_revision that names it).",
      ),
    );
  }
  if (!values.has("down_revision")) {
    findings.push(
      graphFinding(
        "parse-error",
        { file: rel(), line, revision },
        `revision ${revision} has no top-level down_revision; Alembic fails to load it (AttributeError)`,
        "Add down_revision = None for a first revision, or the id of the revision it follows.",
      ),
    );
  }
  const downRevisions = dedupe(list("down_revision"));
  const branchLabels = dedupe(list("branch_labels"));
  const dependsOn = dedupe(list("depends_on"));
  const result: RevisionFile = { revision, downRevisions, dependsOn, branchLabels, file, line, unresolved };
  if (values.has("down_revision")) result.downRevisionLine = values.get("down_revision")!.line;
  if (values.has("depends_on")) result.dependsOnLine = values.get("depends_on")!.line;
  return result;
}

function encodingFinding(rel: string, problem: { message: string; line: number; column: number }): Finding {
  return graphFinding(
    "parse-error",
    { file: rel, line: problem.line, column: problem.column },
    problem.message,
    "Save the file as UTF-8 (or declare its encoding with `# -*- coding: latin-1 -*-` on the first line); the rest of the file was still read.",
  );
}

function syntaxFinding(rel: string, error: ScanError, more = 0): Finding {
  return graphFinding(
    "parse-error",
    { file: rel, line: error.line, column: error.column },
    `Python syntax error: ${error.message}${more > 0 ? ` (and ${more} more)` : ""}; Alembic cannot import this file`,
    "Fix the syntax (python -m py_compile <file> shows it too); the rest of the history was still checked.",
  );
}

function describe(value: LiteralValue): string {
  if (value.kind === "none") return "None";
  if (value.kind === "strings") return `${value.items.length} strings`;
  return value.text;
}

function abbreviate(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function dedupe(items: string[]): string[] {
  return items.length < 2 ? items : [...new Set(items)];
}

export { relativePath };

function lazyRelative(cwd: string, file: string): () => string {
  let rel: string | undefined;
  return () => (rel ??= relativePath(cwd, file));
}
