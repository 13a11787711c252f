// parseRevisionFile: the full tree-sitter parse later stages lint (op.* calls and where they sit).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRevisionFile } from "../../src/revisions";
import { tempDir } from "../helpers/tmp";

function write(source: string | Buffer): { dir: string; file: string } {
  const dir = tempDir("ag-parse-");
  const file = path.join(dir, "0001_x.py");
  fs.writeFileSync(file, source);
  return { dir, file };
}

const SOURCE = `"""add things"""
from alembic import op
from alembic import op as alembic_op
import sqlalchemy as sa

revision: str = "0001"
down_revision: str | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("email", sa.Text()))
    with op.batch_alter_table("teams") as batch_op:
        batch_op.drop_column("legacy")
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_users_email", "users", ["email"],
            postgresql_concurrently=True,
        )
    op.execute(sa.text("UPDATE users SET email = lower(email)"))
    alembic_op.execute("SELECT 1")
    _helper()


def _helper():
    op.execute(f"SELECT {1}")


def downgrade() -> None:
    op.drop_column("users", "email")
`;

describe("parseRevisionFile", () => {
  it("records op calls with function, autocommit block, batch table and first string argument", async () => {
    const { dir, file } = write(SOURCE);
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(findings).toEqual([]);
    expect(detail).toMatchObject({ revision: "0001", downRevisions: [], line: 6, upgradeLine: 10, downgradeLine: 28 });
    const calls = detail!.opCalls.map(({ node, ...rest }) => ({ ...rest, nodeType: node.type }));
    expect(calls).toEqual([
      { name: "add_column", via: "op", line: 11, column: 5, endLine: 11, firstStringArg: "users", fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "batch_alter_table", via: "op", line: 12, column: 10, endLine: 12, firstStringArg: "teams", fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "drop_column", via: "batch", batchTable: "teams", line: 13, column: 9, endLine: 13, firstStringArg: "legacy", fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "get_context", via: "op", line: 14, column: 10, endLine: 14, fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "create_index", via: "op", line: 15, column: 9, endLine: 18, firstStringArg: "ix_users_email", fn: "upgrade", inAutocommitBlock: true, nodeType: "call" },
      { name: "execute", via: "op", line: 19, column: 5, endLine: 19, firstStringArg: "UPDATE users SET email = lower(email)", fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "execute", via: "op", line: 20, column: 5, endLine: 20, firstStringArg: "SELECT 1", fn: "upgrade", inAutocommitBlock: false, nodeType: "call" },
      { name: "execute", via: "op", line: 25, column: 5, endLine: 25, fn: "other", inAutocommitBlock: false, nodeType: "call" },
      { name: "drop_column", via: "op", line: 29, column: 5, endLine: 29, firstStringArg: "users", fn: "downgrade", inAutocommitBlock: false, nodeType: "call" },
    ]);
    detail!.tree.delete();
  });

  it("a syntax error is a parse-error at line:col, and the rest is still read", async () => {
    const { dir, file } = write(SOURCE.replace("def _helper():", "def _helper(:"));
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([["parse-error", 24, 13]]);
    expect(detail?.revision).toBe("0001");
    expect(detail?.opCalls.find((c) => c.fn === "downgrade")?.name).toBe("drop_column");
    detail?.tree.delete();
  });

  it("non-UTF-8 bytes: a parse-error, then the decoded rest", async () => {
    const { dir, file } = write(Buffer.concat([Buffer.from('revision = "x"\ndown_revision = None\n# caf'), Buffer.from([0xe9]), Buffer.from("\n")]));
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([["parse-error", 3, 6]]);
    expect(detail?.revision).toBe("x");
    detail?.tree.delete();
  });

  it("a file Alembic cannot name gives a finding and no detail", async () => {
    const { dir, file } = write("x = 1\n");
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(detail).toBeUndefined();
    expect(findings.map((f) => f.rule)).toEqual(["parse-error"]);
  });

  it("a missing file gives a finding, not an exception", async () => {
    const { findings } = await parseRevisionFile("/nonexistent/0001_x.py", "/");
    expect(findings.map((f) => [f.rule, f.file])).toEqual([["parse-error", "nonexistent/0001_x.py"]]);
  });
});

describe("parseRevisionFile on a 10 MB file", () => {
  it("reads the attributes with the token scan and says the op calls were not checked", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `        {"id": ${i}, "name": "row number ${i} of the seed data, padded to make it long"},`).join("\n");
    const { dir, file } = write(`revision = "big"\ndown_revision = None\n\n\ndef upgrade():\n    op.bulk_insert(t, [\n${rows}\n    ])\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(9_000_000);
    const { detail, findings } = await parseRevisionFile(file, dir);
    expect(detail).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([["parse-error", "warning", 1]]);
  });
});
