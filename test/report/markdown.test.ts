// The markdown report: the PR comment, the job summary and `check --format markdown` share it.
import { describe, expect, it } from "vitest";
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from "../../src/report/markdown";
import { stickyMarker } from "../../src/action/sticky";
import { ruleMeta } from "../../src/rules/registry";
import { baseResult, DROP_COLUMN, finding, hugeResult, twoHeadsResult, UNSAFE_INDEX } from "./markdown-fixtures";

const SOURCE: Record<string, string[]> = {
  "migrations/versions/0002_index_email.py": Array.from({ length: 20 }, (_, i) =>
    i === 13 ? '    op.create_index("ix_users_email", "users", ["email"])' : `    # line ${i + 1}`,
  ),
};
const sourceLine = (file: string, line: number) => SOURCE[file]?.[line - 1];
// Fixed summaries keep the snapshots independent of wording changes in the rule registry.
const ruleSummary = (rule: string) => `summary of ${rule}`;
const link = (file: string, line?: number) => `https://github.com/acme/shop/blob/abc123/${file}${line ? `#L${line}` : ""}`;

describe("renderMarkdown", () => {
  it("renders findings grouped by revision file with the Python line, SQL, why, fix and rule link", () => {
    const md = renderMarkdown(baseResult(), { failOn: "error", sourceLine, link, ruleSummary, marker: stickyMarker("alembic.ini") });
    expect(md).toMatchSnapshot();
    expect(md.startsWith("<!-- alembic-guard:alembic.ini -->\n")).toBe(true);
    expect(md).toContain("### ❌ alembic-guard: 1 error, 1 warning in `alembic.ini`");
    // The error's file comes before the warning's file.
    expect(md.indexOf("0002_index_email.py")).toBeLessThan(md.indexOf("0003_drop_nickname.py"));
    expect(md).toContain('```python\nop.create_index("ix_users_email", "users", ["email"])\n```');
    expect(md).toContain("```sql\nCREATE INDEX ix_users_email ON users (email)\n```");
    expect(md).toContain(`[\`require-concurrent-index-creation\`](${UNSAFE_INDEX.docs})`);
    expect(md).toContain(`**Safe way:** ${UNSAFE_INDEX.help}`);
    expect(md).toContain("**Why it hurts:** summary of require-concurrent-index-creation");
    // By default the registry's summary is used.
    expect(renderMarkdown(baseResult(), { failOn: "error" })).toContain(`**Why it hurts:** ${ruleMeta("require-concurrent-index-creation")!.summary}`);
    expect(md).toContain("[line 14](https://github.com/acme/shop/blob/abc123/migrations/versions/0002_index_email.py#L14)");
    expect(md).toContain("confirmed on PostgreSQL 15");
    expect(md).toContain("| `0003` | 9 ms | 5 ms | ❌ mismatch |");
  });

  it("says all clear when there is nothing, with the round-trip table", () => {
    const md = renderMarkdown(baseResult({ findings: [] }), { failOn: "error", marker: stickyMarker("alembic.ini") });
    expect(md).toMatchSnapshot();
    expect(md).toContain("### ✅ alembic-guard: all clear in `alembic.ini`");
    expect(md).not.toContain("❌ error");
  });

  it("marks a report whose findings are all below fail-on as passing with a warning icon", () => {
    const md = renderMarkdown(baseResult({ findings: [DROP_COLUMN] }), { failOn: "error" });
    expect(md).toContain("### ⚠️ alembic-guard: 1 warning in `alembic.ini`");
    const strict = renderMarkdown(baseResult({ findings: [DROP_COLUMN] }), { failOn: "warning" });
    expect(strict).toContain("### ❌ alembic-guard: 1 warning");
  });

  it("leads with the merge conflict: both heads, their files and commits, and the fix commands", () => {
    const md = renderMarkdown(twoHeadsResult(), {
      failOn: "error",
      link,
      ruleSummary,
      alembicCommand: "alembic -c backend/alembic.ini",
      revisionCommits: {
        "0004a": { commit: "1111111111111111111111111111111111111111", subject: "Add status column", author: "Carol" },
        "0004b": { commit: "2222222222222222222222222222222222222222", subject: "Add orders table", author: "Alice" },
      },
    });
    expect(md).toMatchSnapshot();
    const conflictAt = md.indexOf("Merge conflict in the revision history");
    expect(conflictAt).toBeGreaterThan(0);
    expect(conflictAt).toBeLessThan(md.indexOf("require-concurrent-index-creation"));
    expect(md).toContain("| `0004a` | [`migrations/versions/0004_add_status.py:9`]");
    expect(md).toContain("`111111111111` Add status column (Carol)");
    expect(md).toContain("`222222222222` Add orders table (Alice)");
    expect(md).toContain('alembic -c backend/alembic.ini merge -m "merge heads" 0004a 0004b');
  });

  it("explains a stale down_revision when the checkout has one head, with the commit that added the revision", () => {
    const staleFinding = {
      ...UNSAFE_INDEX,
      rule: "stale-down-revision",
      message: "revision 0002 has down_revision = \"0001\", but main has moved on: its head is now 0001b",
      help: 'Either merge the heads: `alembic merge -m "merge heads" 0001b 0002`; or set `down_revision = "0001b"`.',
    };
    const md = renderMarkdown(baseResult({ findings: [staleFinding] }), {
      failOn: "error",
      revisionCommits: { "0002": { commit: "3".repeat(40), subject: "Index users.email", author: "Carol" } },
    });
    expect(md).toContain("The base branch got new revisions since this branch was cut");
    expect(md).toContain("| `0002` | `migrations/versions/0002_index_email.py:8` | `333333333333` Index users.email (Carol) |");
    expect(md.indexOf("Merge conflict")).toBeLessThan(md.indexOf("stale-down-revision"));
  });

  it("shows why the round trip or a better SQL tier did not run, and the caller's notes", () => {
    const md = renderMarkdown(
      baseResult({ roundtrip: undefined, roundtrip_skipped: "no PostgreSQL server binaries found", tier: "static", tierNote: "no Python with alembic importable" }),
      { failOn: "error", notes: ["Round trip refused on `pull_request_target`."] },
    );
    expect(md).toContain("> Round trip not run: no PostgreSQL server binaries found");
    expect(md).toContain("> no Python with alembic importable");
    expect(md).toContain("> Round trip refused on `pull_request_target`.");
    expect(md).toContain("SQL from: static");
  });

  it("keeps a multi-line message's tail (a traceback) verbatim in a block", () => {
    const failed = { ...UNSAFE_INDEX, rule: "migration-failed", message: 'upgrade of 0003 failed: type "s" already exists\n  File "x.py", line 3\n    op.execute(...)' };
    const md = renderMarkdown(baseResult({ findings: [failed] }), { failOn: "error" });
    expect(md).toContain('upgrade of 0003 failed: type "s" already exists\n\n```text\nFile "x.py", line 3\n    op.execute(...)\n```');
  });

  it("uses a longer fence when the SQL itself contains backticks", () => {
    const md = renderMarkdown(baseResult({ findings: [{ ...UNSAFE_INDEX, sql: "SELECT '```' AS fence" }] }), { failOn: "error" });
    expect(md).toContain("````sql\nSELECT '```' AS fence\n````");
  });

  it("stays under GitHub's 65,536-character limit on a huge report by degrading to a summary", () => {
    const huge = hugeResult();
    const marker = stickyMarker("alembic.ini");
    const md = renderMarkdown(huge, { failOn: "error", marker, sourceLine, link, fullReportHint: "every finding is in the job summary" });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.startsWith(marker)).toBe(true);
    expect(md).toContain(`### ❌ alembic-guard: 1600 errors, 1600 warnings, 1600 info in \`alembic.ini\``);
    expect(md).toContain("#### Findings by rule");
    // Still lists the most severe findings one per line, as many as fit.
    expect(md).toMatch(/#### The first \d+ of 4800 findings, most severe first/);
    expect(md).toContain("- ❌ **error** · [`require-concurrent-index-creation`]");
    expect(md).toContain("shortened to fit GitHub's size limit; every finding is in the job summary");
    // The full rendering really would have been too long.
    expect(renderMarkdown(huge, { failOn: "error", maxChars: 10_000_000 }).length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
  });

  it("degrades to one line per finding first, when that fits", () => {
    const medium = hugeResult(40, 6);
    const full = renderMarkdown(medium, { failOn: "error", maxChars: 10_000_000 });
    const limit = Math.floor(full.length / 2);
    const md = renderMarkdown(medium, { failOn: "error", maxChars: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    expect(md).not.toContain("#### Findings by rule");
    expect(md).toContain("- ❌ **error** · [`require-concurrent-index-creation`]");
  });

  it("honours any limit, however small", () => {
    for (const limit of [20_000, 5_000, 1_500]) {
      expect(renderMarkdown(hugeResult(), { failOn: "error", maxChars: limit }).length).toBeLessThanOrEqual(limit);
    }
  });

  it("orders files by their worst finding, then by name", () => {
    const md = renderMarkdown(
      baseResult({
        findings: [finding("ban-drop-column", "warning", "a.py", 1), finding("ban-drop-table", "error", "z.py", 2), finding("ban-drop-column", "info", "b.py", 3)],
      }),
      { failOn: "error" },
    );
    const order = ["`z.py`", "`a.py`", "`b.py`"].map((f) => md.indexOf(`#### ${f}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});
