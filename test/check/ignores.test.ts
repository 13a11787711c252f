import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonIgnoreDirectives } from "../../src/check/ignores";
import { parseRevisionFile } from "../../src/revisions";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-ignores-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function directives(source: string) {
  const file = path.join(dir, `r${Math.random().toString(36).slice(2)}.py`);
  fs.writeFileSync(file, source);
  const { detail } = await parseRevisionFile(file, dir);
  try {
    return pythonIgnoreDirectives(detail!.tree, detail!.source, "r.py").map(({ kind, rules, line, target }) => ({ kind, rules, line, target }));
  } finally {
    detail!.tree.delete();
  }
}

describe("Python ignore comments", () => {
  it("cover their own line when trailing, the whole next statement when on a line of their own, headers only for a def", async () => {
    const got = await directives(
      [
        '# alembic-guard: ignore-file[modified-migration] -- never deployed', // 1
        'revision = "a"', // 2
        "down_revision = None", // 3
        "def upgrade():", // 4
        '    op.drop_column("t", "c")  # alembic-guard: ignore[ban-drop-column]', // 5
        "    # alembic-guard: ignore[require-concurrent-index-creation]", // 6
        "    op.create_index(", // 7
        '        "ix", "t", ["c"],', // 8
        "    )", // 9
        "    op.create_index(", // 10
        '        "ix2", "t", ["d"],', // 11
        "    )  # alembic-guard: ignore[require-concurrent-index-creation]", // 12
        "# alembic-guard: ignore[empty-downgrade]", // 13
        "def downgrade():", // 14
        "    pass", // 15
        "# alembic-guard: ignore", // 16
      ].join("\n"),
    );
    expect(got).toEqual([
      { kind: "file", rules: ["modified-migration"], line: 1, target: undefined },
      { kind: "next", rules: ["ban-drop-column"], line: 5, target: { fromLine: 5, toLine: 5 } },
      { kind: "next", rules: ["require-concurrent-index-creation"], line: 6, target: { fromLine: 7, toLine: 9 } },
      { kind: "next", rules: ["require-concurrent-index-creation"], line: 12, target: { fromLine: 10, toLine: 12 } },
      { kind: "next", rules: ["empty-downgrade"], line: 13, target: { fromLine: 14, toLine: 14 } },
      // Nothing follows: no target (reported as unused by the suppression step).
      { kind: "next", rules: [], line: 16, target: undefined },
    ]);
  });
});

describe("a trailing ignore comment inside a multi-line call", () => {
  it("covers the whole call (findings sit on the call's first line), not only its own line", async () => {
    const got = await directives(
      [
        'revision = "a"', // 1
        "down_revision = None", // 2
        "def upgrade():", // 3
        "    op.add_column(", // 4
        '        "sessions",', // 5
        '        sa.Column("priority", sa.BigInteger(), nullable=False),  # alembic-guard: ignore[adding-required-field]', // 6
        "    )", // 7
        "    op.create_index(  # alembic-guard: ignore[require-concurrent-index-creation]", // 8
        '        "ix", "t", ["c"],', // 9
        "    )", // 10
      ].join("\n"),
    );
    expect(got).toEqual([
      { kind: "next", rules: ["adding-required-field"], line: 6, target: { fromLine: 4, toLine: 7 } },
      { kind: "next", rules: ["require-concurrent-index-creation"], line: 8, target: { fromLine: 8, toLine: 10 } },
    ]);
  });
});
