// Object-by-object difference of two catalog snapshots. Children of a table (or schema) that appears or
// disappears as a whole are folded into it: "table `orders` still exists", not one line per column.
import type { CatalogObject, Snapshot } from "./snapshot";

export interface ChangedObject {
  before: CatalogObject;
  after: CatalogObject;
  /** e.g. "type: character varying(50) → character varying(20)" */
  changes: string[];
}

export interface SnapshotDiff {
  /** In the second snapshot only. */
  added: CatalogObject[];
  /** In the first snapshot only. */
  removed: CatalogObject[];
  changed: ChangedObject[];
}

export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const added: CatalogObject[] = [];
  const removed: CatalogObject[] = [];
  const changed: ChangedObject[] = [];
  for (const [key, object] of after.objects) {
    const old = before.objects.get(key);
    if (!old) {
      added.push(object);
      continue;
    }
    const changes = attributeChanges(old.attrs, object.attrs);
    if (changes.length) changed.push({ before: old, after: object, changes });
  }
  for (const [key, object] of before.objects) if (!after.objects.has(key)) removed.push(object);
  return { added: fold(added), removed: fold(removed), changed };
}

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

function attributeChanges(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue;
    out.push(`${key}: ${show(a[key])} → ${show(b[key])}`);
  }
  return out;
}

const show = (value: string | undefined) => {
  if (value === undefined) return "(none)";
  const oneLine = value.replace(/\s+/g, " ").trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
};

/** Drop objects whose parent (transitively) is in the same list. */
function fold(objects: CatalogObject[]): CatalogObject[] {
  const keys = new Set(objects.map((o) => o.key));
  return objects.filter((o) => !(o.parent && keys.has(o.parent)));
}
