// The revision-graph checks: multiple-heads, missing-parent, duplicate-revision, revision-cycle,
// multiple-bases, filename-convention. Pure functions over the graph.
import * as path from "node:path";
import type { Finding } from "../findings";
import { relativePath, type RevisionFile } from "../revisions";
import { graphFinding } from "../revisions/finding";
import type { RevisionGraph } from "./index";
import { compareStrings } from "./compare";

export interface GraphCheckOptions {
  cwd: string;
  /** Policy: how many heads are fine; undefined = one per branch label (and one unlabelled). */
  allowedHeads?: number;
  /** Check the sequential file-name convention. */
  naming: boolean;
  /** The alembic command to paste in fixes (with -c/-n when needed); default "alembic". */
  alembic?: string;
}

export function graphChecks(graph: RevisionGraph, revisions: RevisionFile[], options: GraphCheckOptions): Finding[] {
  const rel = (file: string) => relativePath(options.cwd, file);
  const at = (rev: RevisionFile, line = rev.line) => ({ file: rel(rev.file), line, revision: rev.revision });
  const where = (id: string) => {
    const rev = graph.byId.get(id);
    return rev ? `${id} (${rel(rev.file)}:${rev.line})` : id;
  };
  const findings: Finding[] = [];

  // duplicate-revision: Alembic keeps one of the files (whichever the OS lists last) and warns.
  const byRevision = new Map<string, RevisionFile[]>();
  for (const rev of revisions.length === graph.byId.size ? [] : revisions) {
    const list = byRevision.get(rev.revision);
    if (list) list.push(rev);
    else byRevision.set(rev.revision, [rev]);
  }
  for (const [id, files] of byRevision) {
    if (files.length < 2) continue;
    const kept = graph.byId.get(id)!;
    for (const dup of files) {
      if (dup === kept) continue;
      findings.push(
        graphFinding(
          "duplicate-revision",
          at(dup),
          // Alembic's RevisionMap adds every loaded copy to its heads but resolves down_revision to the last one only:
          // the other copy is never anyone's parent, so it stays a head next to the real ones.
          `revision ${id} is declared here and in ${rel(kept.file)}:${kept.line}; Alembic keeps whichever file the OS lists last ` +
            `(warning "Revision ${id} is present more than once") and still counts the other as a head, so \`alembic upgrade head\` fails with "Multiple head revisions are present"`,
          "Give one of the files a new id (`alembic revision` generates one; uuid.uuid4().hex[-12:] is Alembic's form) and point its children's down_revision at it.",
        ),
      );
    }
  }

  // missing-parent.
  for (const rev of graph.byId.values()) {
    for (const down of rev.downRevisions) {
      if (graph.byId.has(down)) continue;
      let help = `Set down_revision to an existing revision id (alembic heads shows the current heads), or restore the file that declares ${down}.`;
      if (down === "None") help = "down_revision is the string \"None\", not None: write down_revision = None (no quotes) for a first revision.";
      else if (graph.labels.has(down)) help = `${down} is a branch label; down_revision must name revision ids, e.g. down_revision = "${graph.labels.get(down)}".`;
      else {
        const similar = [...graph.byId.keys()].filter((id) => id.startsWith(down) || down.startsWith(id));
        if (similar.length === 1) help = `Did you mean ${where(similar[0])}? down_revision must be the full revision id.`;
      }
      findings.push(
        graphFinding(
          "missing-parent",
          at(rev, rev.downRevisionLine ?? rev.line),
          `down_revision of ${rev.revision} names ${down}, which no revision file declares; every alembic command fails ("Revision ${down} referenced from ${rev.revision} is not present")`,
          help,
        ),
      );
    }
    for (const dep of rev.dependsOn) {
      if (graph.byId.has(dep) || graph.labels.has(dep)) continue;
      findings.push(
        graphFinding(
          "missing-parent",
          at(rev, rev.dependsOnLine ?? rev.line),
          `depends_on of ${rev.revision} names ${dep}, which is neither a revision id nor a branch label in this history`,
          "Point depends_on at an existing revision id or branch label, or remove it.",
        ),
      );
    }
  }

  // revision-cycle: strongly connected components over down_revision and depends_on edges.
  for (const cycle of findCycles(graph)) {
    const first = [...cycle].sort((a, b) => compareStrings(graph.byId.get(a)!.file, graph.byId.get(b)!.file))[0];
    const path = cyclePath(graph, first, new Set(cycle));
    const rev = graph.byId.get(first)!;
    findings.push(
      graphFinding(
        "revision-cycle",
        at(rev, rev.downRevisionLine ?? rev.line),
        path.length === 1
          ? `revision ${first} names itself as its down_revision or depends_on; Alembic refuses to load the history`
          : `revisions form a cycle: ${path.map(where).join(" → ")} → ${first}; Alembic refuses to load the history`,
        "Break the loop: one of these revisions must point its down_revision at an older revision (alembic history shows the intended order).",
      ),
    );
  }

  // Branch labels flow from a revision to its descendants (Alembic does the same in _add_branches).
  const labelsOf = new Map<string, Set<string>>();
  let anyLabels = false;
  for (const r of graph.byId.values()) if (r.branchLabels.length || r.unresolved.includes("branch_labels")) anyLabels = true;
  for (const id of anyLabels ? graph.order : []) {
    const own = new Set(graph.byId.get(id)!.branchLabels);
    for (const p of graph.parents(id)) for (const l of labelsOf.get(p) ?? []) own.add(l);
    if (graph.byId.get(id)!.unresolved.includes("branch_labels")) own.add("<unresolved>");
    labelsOf.set(id, own);
  }

  // multiple-heads.
  const heads = graph.heads;
  const headList = (ids: string[]) => ids.map(where).join(", ");
  const lastInOrder = (ids: string[]) => {
    const pos = new Map(graph.order.map((id, i) => [id, i]));
    return [...ids].sort((a, b) => (pos.get(a) ?? 0) - (pos.get(b) ?? 0))[ids.length - 1];
  };
  const headsHelp = (ids: string[]) =>
    `Merge them: \`${options.alembic ?? "alembic"} merge -m "merge heads" ${ids.join(" ")}\` (then review the new merge file), or rebase your revision's down_revision onto the other head. Projects that branch on purpose give each branch a branch_labels entry or set allowed_heads.`;
  if (options.allowedHeads !== undefined) {
    if (heads.length > options.allowedHeads) {
      const rev = graph.byId.get(lastInOrder(heads))!;
      findings.push(
        graphFinding(
          "multiple-heads",
          at(rev),
          `the history has ${heads.length} heads (allowed_heads = ${options.allowedHeads}): ${headList(heads)}`,
          headsHelp(heads),
        ),
      );
    }
  } else {
    const groups = new Map<string, string[]>();
    for (const head of heads) {
      const key = [...(labelsOf.get(head) ?? [])].sort().join(",");
      const list = groups.get(key);
      if (list) list.push(head);
      else groups.set(key, [head]);
    }
    for (const [key, ids] of groups) {
      if (ids.length < 2) continue;
      const rev = graph.byId.get(lastInOrder(ids))!;
      const scope = key === "" ? "" : ` on branch ${key}`;
      findings.push(
        graphFinding(
          "multiple-heads",
          at(rev),
          `the history has ${ids.length} heads${scope}: ${headList(ids)}; \`alembic upgrade head\` fails with "Multiple head revisions are present"`,
          headsHelp(ids),
        ),
      );
    }
  }

  // multiple-bases: a second root is fine when it starts a labelled branch.
  const unlabelled = graph.bases.filter((base) => !startsLabelledBranch(graph, base));
  if (unlabelled.length > 1) {
    const ordered = [...unlabelled].sort((a, b) => compareStrings(graph.byId.get(a)!.file, graph.byId.get(b)!.file));
    const rev = graph.byId.get(ordered[ordered.length - 1])!;
    findings.push(
      graphFinding(
        "multiple-bases",
        at(rev, rev.downRevisionLine ?? rev.line),
        `the history has ${unlabelled.length} unlabelled bases (down_revision = None): ${headList(ordered)}`,
        "If this root is a mistake, set its down_revision to the revision it follows. If it starts an independent branch on purpose, give it branch_labels (alembic revision --head=base --branch-label=NAME).",
      ),
    );
  }

  if (options.naming) findings.push(...namingFindings(graph, rel));
  return findings;
}

/** The base, or a revision on its straight chain up to the first fork or merge, declares branch_labels. */
function startsLabelledBranch(graph: RevisionGraph, base: string): boolean {
  let id: string | undefined = base;
  const seen = new Set<string>();
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const rev = graph.byId.get(id)!;
    if (rev.branchLabels.length || rev.unresolved.includes("branch_labels")) return true;
    const children = graph.children(id);
    if (children.length !== 1 || graph.parents(children[0]).length !== 1) return false;
    id = children[0];
  }
  return false;
}

/** Tarjan's strongly connected components (iterative); components of size > 1, or self-loops. */
function findCycles(graph: RevisionGraph): string[][] {
  // Only revisions the topological order could not place can sit on a cycle.
  const candidates = new Set(graph.unordered);
  if (candidates.size === 0) return [];
  const edges = (id: string) => [...graph.parents(id), ...graph.dependencies(id)].filter((to) => candidates.has(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const start of candidates) {
    if (index.has(start)) continue;
    const work: { id: string; next: number; out: string[] }[] = [{ id: start, next: 0, out: edges(start) }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.next < frame.out.length) {
        const to = frame.out[frame.next++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0, out: edges(to) });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1];
        low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1 || edges(frame.id).includes(frame.id)) result.push(component);
      }
    }
  }
  return result;
}

/** Follow edges inside the component from start until the walk returns to start. */
function cyclePath(graph: RevisionGraph, start: string, members: Set<string>): string[] {
  // Breadth-first search for the shortest way back to start, inside the component.
  const prev = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const to of [...graph.parents(id), ...graph.dependencies(id)]) {
      if (!members.has(to)) continue;
      if (to === start) {
        const out = [id];
        let cur = id;
        while (cur !== start) {
          cur = prev.get(cur)!;
          out.push(cur);
        }
        return out.reverse();
      }
      if (!prev.has(to)) {
        prev.set(to, id);
        queue.push(to);
      }
    }
  }
  return [start];
}

/**
 * naming = "sequential": `NNN_slug.py`, the number zero-padded to the project's width, increasing along
 * the chain, never shared. Hash-named files get the next free number, in history order.
 */
function namingFindings(graph: RevisionGraph, rel: (file: string) => string): Finding[] {
  const findings: Finding[] = [];
  const numberOf = new Map<string, { value: number; digits: string }>();
  for (const [id, rev] of graph.byId) {
    const m = /^(\d+)_/.exec(path.basename(rev.file));
    if (m) numberOf.set(id, { value: Number(m[1]), digits: m[1] });
  }
  const width = Math.max(3, ...[...numberOf.values()].map((n) => n.digits.length));
  const pad = (n: number) => String(n).padStart(width, "0");
  let highest = Math.max(0, ...[...numberOf.values()].map((n) => n.value));
  const taken = new Set([...numberOf.values()].map((n) => n.value));
  const nameWith = (file: string, n: number) => {
    const base = path.basename(file).replace(/^\d+_/, "");
    return `${pad(n)}_${base.replace(/^[0-9a-f]{12,}_/, "")}`;
  };
  const firstByNumber = new Map<number, string>();
  for (const id of graph.order) {
    const rev = graph.byId.get(id)!;
    const num = numberOf.get(id);
    const file = rel(rev.file);
    if (!num) {
      highest += 1;
      taken.add(highest);
      findings.push(
        graphFinding(
          "filename-convention",
          { file, line: 1, revision: id },
          `${path.basename(rev.file)} has no sequential number; with naming = "sequential" it should be ${nameWith(rev.file, highest)}`,
          `Rename the file to ${nameWith(rev.file, highest)} (the revision id inside stays the same).`,
        ),
      );
      continue;
    }
    const clash = firstByNumber.get(num.value);
    if (clash !== undefined) {
      highest += 1;
      findings.push(
        graphFinding(
          "filename-convention",
          { file, line: 1, revision: id },
          `number ${pad(num.value)} is already used by ${rel(graph.byId.get(clash)!.file)}; two parallel branches picked the same number`,
          `Rename the file to ${nameWith(rev.file, highest)} (the next free number).`,
        ),
      );
      continue;
    }
    firstByNumber.set(num.value, id);
    const parentNumbers = graph.parents(id).map((p) => numberOf.get(p)?.value).filter((n): n is number => n !== undefined);
    const floor = Math.max(-1, ...parentNumbers);
    if (num.value <= floor) {
      highest += 1;
      findings.push(
        graphFinding(
          "filename-convention",
          { file, line: 1, revision: id },
          `number ${pad(num.value)} does not increase along the chain: its down_revision's file is numbered ${pad(floor)}`,
          `Rename the file to ${nameWith(rev.file, highest)} (the next free number).`,
        ),
      );
      continue;
    }
    if (num.digits.length < width) {
      findings.push(
        graphFinding(
          "filename-convention",
          { file, line: 1, revision: id },
          `${path.basename(rev.file)}: the number is not zero-padded to ${width} digits like the rest of the history; it should be ${nameWith(rev.file, num.value)}`,
          `Rename the file to ${nameWith(rev.file, num.value)}.`,
        ),
      );
    }
  }
  return findings;
}
