// Metadata of the "graph" findings (their checks live outside src/rules; docs and config validation need the metadata).
import type { RuleMeta } from "../types";

export const GRAPH_RULE_METAS: readonly RuleMeta[] = [
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
