import { pythonRuleMeta } from "../catalog/python";
import type { PythonRule } from "./types";
import { emptiness, position, topLevelFunction } from "./ast";

export const emptyDowngrade: PythonRule = {
  id: "empty-downgrade",
  meta: pythonRuleMeta("empty-downgrade"),
  sameAs: [],
  check(input) {
    const upgrade = topLevelFunction(input.root, "upgrade");
    const downgrade = topLevelFunction(input.root, "downgrade");
    // Merge revisions and other no-op revisions have nothing to undo.
    if (!upgrade || emptiness(upgrade) !== undefined) return [];
    if (!downgrade) {
      return [
        {
          message: "the revision has no downgrade() function: `alembic downgrade` past it fails",
          help: "Add a downgrade() that undoes upgrade() step by step, in reverse order.",
          ...position(upgrade),
        },
      ];
    }
    const kind = emptiness(downgrade);
    if (!kind) return [];
    const what = kind === "empty" ? "downgrade() does nothing" : "downgrade() raises NotImplementedError";
    const consequence =
      kind === "empty"
        ? "`alembic downgrade` reports success but leaves every change of upgrade() in place, and the next upgrade fails on objects that already exist"
        : "the revision cannot be rolled back: a bad deploy cannot be undone with `alembic downgrade`";
    return [
      {
        message: `${what} while upgrade() changes the schema: ${consequence}`,
        help:
          "Write the inverse of upgrade() in reverse order (drop what it created, re-create what it dropped). " +
          "If it truly cannot be undone, say so on purpose: set `minimum_downgrade_revision` in [tool.alembic-guard] " +
          "or add `# alembic-guard: ignore[empty-downgrade]` above the def with the reason.",
        ...position(downgrade),
      },
    ];
  },
};
