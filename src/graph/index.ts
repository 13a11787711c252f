// The revision DAG as Alembic builds it (script/revision.py RevisionMap): heads are revisions no
// down_revision names, bases have an empty down_revision, depends_on adds ordering edges that do not
// make heads. The checks over it are pure functions; graphReport() is the `graph` stage.
import type { Finding } from "../findings";
import { alembicCommand } from "../alembic-command";
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
  let inOrder = true;
  for (let i = 1; i < revisions.length && inOrder; i++) inOrder = compareStrings(revisions[i - 1].file, revisions[i].file) <= 0;
  const sorted = inOrder ? revisions : [...revisions].sort((a, b) => compareStrings(a.file, b.file));
  // Each revision gets its rank in file order as a number; the edges below are lists of ranks.
  const byId = new Map<string, RevisionFile>();
  const rankOf = new Map<string, number>();
  const nodes: RevisionFile[] = [];
  for (const rev of sorted) {
    if (byId.has(rev.revision)) continue;
    byId.set(rev.revision, rev);
    rankOf.set(rev.revision, nodes.length);
    nodes.push(rev);
  }
  const count = nodes.length;
  const labels = new Map<string, string>();
  for (const rev of nodes) for (const label of rev.branchLabels) if (!labels.has(label)) labels.set(label, rev.revision);

  const NONE: string[] = [];
  const NO_RANKS: number[] = [];
  /** Known down_revision ids per rank (the RevisionFile's own array when all are known). */
  const parentIds: string[][] = new Array(count);
  const parentRanks: number[][] = new Array(count);
  /** Known depends_on targets (labels resolved) per rank. */
  const depIds: string[][] = new Array(count);
  const depRanks: number[][] = new Array(count);
  const childRanks: number[][] = new Array(count);
  const dependentRanks: number[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    childRanks[r] = NO_RANKS;
    dependentRanks[r] = NO_RANKS;
  }
  const push = (lists: number[][], at: number, value: number) => {
    if (lists[at] === NO_RANKS) lists[at] = [value];
    else lists[at].push(value);
  };
  for (let r = 0; r < count; r++) {
    const rev = nodes[r];
    const downs = rev.downRevisions;
    let ids: string[] = downs;
    let ranks: number[] = NO_RANKS;
    for (let k = 0; k < downs.length; k++) {
      const p = rankOf.get(downs[k]);
      if (p === undefined) {
        if (ids === downs) ids = downs.slice(0, k);
        continue;
      }
      if (ids !== downs) ids.push(downs[k]);
      if (ranks === NO_RANKS) ranks = [p];
      else ranks.push(p);
      push(childRanks, p, r);
    }
    parentIds[r] = ids;
    parentRanks[r] = ranks;
    depIds[r] = NONE;
    depRanks[r] = NO_RANKS;
    if (rev.dependsOn.length === 0) continue;
    const deps: string[] = [];
    const ranksOfDeps: number[] = [];
    for (const dep of rev.dependsOn) {
      const id = byId.has(dep) ? dep : labels.get(dep);
      if (id !== undefined && !deps.includes(id)) {
        deps.push(id);
        ranksOfDeps.push(rankOf.get(id)!);
        push(dependentRanks, rankOf.get(id)!, r);
      }
    }
    depIds[r] = deps;
    depRanks[r] = ranksOfDeps;
  }
  const heads: string[] = [];
  const bases: string[] = [];
  for (let r = 0; r < count; r++) {
    const rev = nodes[r];
    // A head: no revision names it in down_revision (every such naming made it a child above).
    if (childRanks[r] === NO_RANKS) heads.push(rev.revision);
    if (rev.downRevisions.length === 0 && !rev.unresolved.includes("down_revision")) bases.push(rev.revision);
  }
  heads.sort(compareStrings);
  bases.sort(compareStrings);

  const { order, unordered } = topologicalOrder(nodes, parentRanks, depRanks, childRanks, dependentRanks);
  const idsOf = (ranks: number[]) => ranks.map((r) => nodes[r].revision);
  const childIds: (string[] | undefined)[] = new Array(count);
  const dependentIds: (string[] | undefined)[] = new Array(count);
  const ancestors = (rev: string): Set<string> => {
    const seen = new Set<string>();
    const start = rankOf.get(rev);
    if (start === undefined) return seen;
    const stack = [...parentRanks[start], ...depRanks[start]];
    const visited = new Uint8Array(count);
    while (stack.length) {
      const r = stack.pop()!;
      if (visited[r]) continue;
      visited[r] = 1;
      seen.add(nodes[r].revision);
      for (const p of parentRanks[r]) stack.push(p);
      for (const d of depRanks[r]) stack.push(d);
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
    parents: (rev) => {
      const r = rankOf.get(rev);
      return r === undefined ? NONE : parentIds[r];
    },
    dependencies: (rev) => {
      const r = rankOf.get(rev);
      return r === undefined ? NONE : depIds[r];
    },
    children: (rev) => {
      const r = rankOf.get(rev);
      if (r === undefined || childRanks[r] === NO_RANKS) return NONE;
      return (childIds[r] ??= idsOf(childRanks[r]));
    },
    dependents: (rev) => {
      const r = rankOf.get(rev);
      if (r === undefined || dependentRanks[r] === NO_RANKS) return NONE;
      return (dependentIds[r] ??= idsOf(dependentRanks[r]));
    },
    ancestors,
  };
}

/**
 * Kahn's algorithm over ranks (file order): ties leave in file order. Edges come from down_revision and
 * depends_on; a target named by both counts once.
 */
function topologicalOrder(
  nodes: RevisionFile[],
  parentRanks: number[][],
  depRanks: number[][],
  childRanks: number[][],
  dependentRanks: number[][],
): { order: string[]; unordered: string[] } {
  const count = nodes.length;
  const pending = new Int32Array(count);
  const ready = new Int32Array(count);
  let readyCount = 0;
  for (let r = 0; r < count; r++) {
    const parents = parentRanks[r];
    const deps = depRanks[r];
    let incoming = parents.length;
    for (const d of deps) if (!parents.includes(d)) incoming++;
    pending[r] = incoming;
    if (incoming === 0) ready[readyCount++] = r;
  }
  for (let i = 0; i < readyCount; i++) {
    const r = ready[i];
    const children = childRanks[r];
    const dependents = dependentRanks[r];
    // Children are listed in rank order already; merged with dependents they need a sort (and dedupe).
    const out = dependents.length === 0 ? children : [...new Set([...children, ...dependents])].sort((a, b) => a - b);
    for (let k = 0; k < out.length; k++) {
      const child = out[k];
      const left = --pending[child];
      if (left === 0) ready[readyCount++] = child;
    }
  }
  const order: string[] = new Array(readyCount);
  for (let i = 0; i < readyCount; i++) order[i] = nodes[ready[i]].revision;
  if (readyCount === count) return { order, unordered: [] };
  const placed = new Uint8Array(count);
  for (let i = 0; i < readyCount; i++) placed[ready[i]] = 1;
  const unordered: string[] = [];
  for (let r = 0; r < count; r++) if (!placed[r]) unordered.push(nodes[r].revision);
  return { order: [...order, ...unordered], unordered };
}

/** The graph findings (parse findings come from scanRevisions), before per-rule settings are applied. */
export function graphFindings(graph: RevisionGraph, revisions: RevisionFile[], settings: Settings): Finding[] {
  return graphChecks(graph, revisions, {
    cwd: settings.cwd,
    allowedHeads: settings.allowedHeads,
    alembic: alembicCommand(settings),
    naming: settings.naming === "sequential" || (settings.rules["filename-convention"] ?? "off") !== "off",
  });
}

/** The `graph` stage: scan, build, check; file paths relative to settings.cwd. */
export function graphReport(project: AlembicProject, settings: Settings): GraphReport & { graph: RevisionGraph } {
  const scan = scanRevisions(project, settings.cwd);
  const graph = buildGraph(scan.revisions);
  const findings = applyRuleSettings([...scan.findings, ...graphFindings(graph, scan.revisions, settings)], settings);
  const ordered = graph.order.map((id) => graph.byId.get(id)!);
  // Equal counts: no id is declared twice, so every file is in the graph; otherwise the left-out files come last.
  if (scan.revisions.length !== graph.byId.size) {
    const inGraph = new Set<RevisionFile>(graph.byId.values());
    for (const rev of scan.revisions) if (!inGraph.has(rev)) ordered.push(rev);
  }
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

