// The revision DAG as Alembic builds it (script/revision.py RevisionMap): heads are revisions no
// down_revision names, bases have an empty down_revision, depends_on adds ordering edges that do not
// make heads. The checks over it are pure functions; graphReport() is the `graph` stage.
import type { Finding } from "../findings";
import { sortFindings } from "../findings";
import type { GraphReport, RevisionSummary } from "../check/types";
import type { AlembicProject } from "../discover";
import type { Settings } from "../settings";
import { relativePath, scanRevisions, type RevisionFile } from "../revisions";
import { graphChecks } from "./checks";
import { applyRuleSettings } from "./settings";
import { compareStrings } from "./compare";

export { compareStrings };

export interface RevisionGraph {
  /** Each id's revision file (the first file by path when an id is declared twice). */
  byId: Map<string, RevisionFile>;
  /** Sorted. */
  heads: string[];
  /** Sorted; a revision whose down_revision could not be read (unresolved-value) is not a base. */
  bases: string[];
  /**
   * Topological over down_revision and depends_on edges, bases first, deterministic (ties by file path).
   * Revisions caught in a cycle come last, sorted by file.
   */
  order: string[];
  /** Revisions the topological order could not place (they sit in or after a cycle); empty for a sound history. */
  unordered: string[];
  /** Known down_revision ids (what `alembic history` draws). */
  parents(rev: string): string[];
  /** Known depends_on targets, branch labels resolved to revision ids. */
  dependencies(rev: string): string[];
  /** Revisions whose down_revision names rev. */
  children(rev: string): string[];
  /** Revisions whose depends_on names rev (or its branch label). */
  dependents(rev: string): string[];
  /** Every revision upgrade must apply before rev (down_revision and depends_on, transitively). */
  ancestors(rev: string): Set<string>;
  /** Branch label → revision id that declares it. */
  labels: Map<string, string>;
}

export function buildGraph(revisions: RevisionFile[]): RevisionGraph {
  // Usually already in path order (scanRevisions lists sorted folders); sort only when not.
  const inOrder = revisions.every((rev, i) => i === 0 || compareStrings(revisions[i - 1].file, rev.file) <= 0);
  const sorted = inOrder ? revisions : [...revisions].sort((a, b) => compareStrings(a.file, b.file));
  const byId = new Map<string, RevisionFile>();
  for (const rev of sorted) if (!byId.has(rev.revision)) byId.set(rev.revision, rev);
  const labels = new Map<string, string>();
  for (const rev of byId.values()) for (const label of rev.branchLabels) if (!labels.has(label)) labels.set(label, rev.revision);

  const parentsOf = new Map<string, string[]>();
  const depsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  const dependentsOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const NONE: string[] = [];
  for (const rev of byId.values()) {
    const known = rev.downRevisions.every((id) => byId.has(id));
    const parents = known ? rev.downRevisions : rev.downRevisions.filter((id) => byId.has(id));
    parentsOf.set(rev.revision, parents);
    for (const p of parents) push(childrenOf, p, rev.revision);
    if (rev.dependsOn.length === 0) continue;
    const deps: string[] = [];
    for (const dep of rev.dependsOn) {
      const id = byId.has(dep) ? dep : labels.get(dep);
      if (id !== undefined && !deps.includes(id)) deps.push(id);
    }
    depsOf.set(rev.revision, deps);
    for (const d of deps) push(dependentsOf, d, rev.revision);
  }
  const heads: string[] = [];
  const bases: string[] = [];
  const namedAsDown = new Set<string>();
  for (const rev of byId.values()) for (const id of rev.downRevisions) namedAsDown.add(id);
  for (const rev of byId.values()) {
    if (!namedAsDown.has(rev.revision)) heads.push(rev.revision);
    if (rev.downRevisions.length === 0 && !rev.unresolved.includes("down_revision")) bases.push(rev.revision);
  }
  heads.sort(compareStrings);
  bases.sort(compareStrings);

  const { order, unordered } = topologicalOrder(byId, parentsOf, depsOf, childrenOf, dependentsOf);
  const ancestors = (rev: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(parentsOf.get(rev) ?? []), ...(depsOf.get(rev) ?? [])];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(parentsOf.get(id) ?? []), ...(depsOf.get(id) ?? []));
    }
    seen.delete(rev);
    return seen;
  };
  return {
    byId,
    heads,
    bases,
    order,
    unordered,
    labels,
    parents: (rev) => parentsOf.get(rev) ?? NONE,
    dependencies: (rev) => depsOf.get(rev) ?? NONE,
    children: (rev) => childrenOf.get(rev) ?? NONE,
    dependents: (rev) => dependentsOf.get(rev) ?? NONE,
    ancestors,
  };
}

function topologicalOrder(
  byId: Map<string, RevisionFile>,
  parentsOf: Map<string, string[]>,
  depsOf: Map<string, string[]>,
  childrenOf: Map<string, string[]>,
  dependentsOf: Map<string, string[]>,
): { order: string[]; unordered: string[] } {
  // byId is in file-path order, so its insertion rank orders ties by file.
  const rank = new Map<string, number>();
  for (const id of byId.keys()) rank.set(id, rank.size);
  const byFile = (a: string, b: string) => rank.get(a)! - rank.get(b)!;
  const EMPTY: string[] = [];
  // Incoming edges: down_revision plus depends_on (a target named by both counts once).
  const incoming = (id: string): string[] => {
    const parents = parentsOf.get(id) ?? EMPTY;
    const deps = depsOf.get(id) ?? EMPTY;
    return deps.length === 0 ? parents : [...new Set([...parents, ...deps])];
  };
  const outgoing = (id: string): string[] => {
    const children = childrenOf.get(id) ?? EMPTY;
    const dependents = dependentsOf.get(id) ?? EMPTY;
    const all = dependents.length === 0 ? children : [...new Set([...children, ...dependents])];
    return all.length > 1 ? [...all].sort(byFile) : all;
  };
  const pending = new Map<string, number>();
  const ready: string[] = [];
  for (const id of byId.keys()) {
    const count = incoming(id).length;
    pending.set(id, count);
    if (count === 0) ready.push(id);
  }
  ready.sort(byFile);
  for (let i = 0; i < ready.length; i++) {
    for (const child of outgoing(ready[i])) {
      const left = pending.get(child)! - 1;
      pending.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  if (ready.length === byId.size) return { order: ready, unordered: [] };
  const placed = new Set(ready);
  const unordered = [...byId.keys()].filter((id) => !placed.has(id)).sort(byFile);
  return { order: [...ready, ...unordered], unordered };
}

/** The graph findings (parse findings come from scanRevisions), before per-rule settings are applied. */
export function graphFindings(graph: RevisionGraph, revisions: RevisionFile[], settings: Settings): Finding[] {
  return graphChecks(graph, revisions, {
    cwd: settings.cwd,
    allowedHeads: settings.allowedHeads,
    naming: settings.naming === "sequential" || (settings.rules["filename-convention"] ?? "off") !== "off",
  });
}

/** The `graph` stage: scan, build, check; file paths relative to settings.cwd. */
export function graphReport(project: AlembicProject, settings: Settings): GraphReport & { graph: RevisionGraph } {
  const scan = scanRevisions(project, settings.cwd);
  const graph = buildGraph(scan.revisions);
  const findings = applyRuleSettings([...scan.findings, ...graphFindings(graph, scan.revisions, settings)], settings);
  const inGraph = new Set<RevisionFile>(graph.byId.values());
  const ordered = [...graph.order.map((id) => graph.byId.get(id)!), ...scan.revisions.filter((r) => !inGraph.has(r))];
  return {
    heads: graph.heads,
    bases: graph.bases,
    revisions: ordered.map((rev) => revisionSummary(rev, settings.cwd)),
    findings: sortFindings(findings),
    graph,
  };
}

export function revisionSummary(rev: RevisionFile, cwd: string): RevisionSummary {
  return {
    revision: rev.revision,
    down_revisions: rev.downRevisions,
    depends_on: rev.dependsOn,
    branch_labels: rev.branchLabels,
    file: relativePath(cwd, rev.file),
    line: rev.line,
  };
}

