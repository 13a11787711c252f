// Graph checks on small throwaway histories: which rule fires, where (file, line, column) — never wording.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverProject } from "../../src/discover";
import { graphReport } from "../../src/graph";
import { graphSettings, makeProject, rev } from "./helpers";

function check(files: Record<string, string | Buffer>, extra: Record<string, string> = {}) {
  const dir = makeProject(files, extra);
  const settings = graphSettings(dir);
  const report = graphReport(discoverProject(settings), settings);
  const found = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}) }));
  return { report, found };
}
const V = "migrations/versions/";

describe("graph checks", () => {
  it("a clean linear history has no findings", () => {
    const { report, found } = check({ "a1_first.py": rev("a1", null), "b2_second.py": rev("b2", "a1") });
    expect(found).toEqual([]);
    expect(report.heads).toEqual(["b2"]);
    expect(report.bases).toEqual(["a1"]);
  });

  it("multiple-heads: two revisions on the same parent", () => {
    const { found } = check({ "a.py": rev("a", null), "b.py": rev("b", "a"), "c.py": rev("c", "a") });
    expect(found).toEqual([{ rule: "multiple-heads", severity: "error", file: `${V}c.py`, line: 4 }]);
  });

  it("multiple-heads: allowed_heads = 2 accepts two heads, not three", () => {
    const two = check({ "a.py": rev("a", null), "b.py": rev("b", "a"), "c.py": rev("c", "a") }, { "alembic-guard.toml": "allowed_heads = 2\n" });
    expect(two.found).toEqual([]);
    const three = check({ "a.py": rev("a", null), "b.py": rev("b", "a"), "c.py": rev("c", "a"), "d.py": rev("d", "a") }, { "alembic-guard.toml": "allowed_heads = 2\n" });
    expect(three.found.map((f) => f.rule)).toEqual(["multiple-heads"]);
  });

  it("multiple-heads: heads on labelled branches are intended", () => {
    const { found } = check({
      "a.py": rev("a", null),
      "b.py": rev("b", "a"),
      "c.py": rev("c", "a", 'branch_labels = ("feature",)'),
      "d.py": rev("d", "c"),
    });
    expect(found).toEqual([]);
    // …but two heads on the same labelled branch are not.
    const same = check({ "a.py": rev("a", null, 'branch_labels = "main"'), "b.py": rev("b", "a"), "c.py": rev("c", "a") });
    expect(same.found.map((f) => f.rule)).toEqual(["multiple-heads"]);
  });

  it("missing-parent: unknown down_revision (at its line), unknown depends_on, the string 'None'", () => {
    const { found, report } = check({
      "a.py": rev("a", null),
      "b.py": rev("b", "nope"),
      "c.py": rev("c", "a", 'depends_on = ("ghost",)'),
      "d.py": rev("d", "None"),
    });
    expect(found).toEqual([
      { rule: "missing-parent", severity: "error", file: `${V}b.py`, line: 5 },
      // b, c and d are all heads (nothing names them); a missing parent does not make a base.
      { rule: "multiple-heads", severity: "error", file: `${V}c.py`, line: 4 },
      { rule: "missing-parent", severity: "error", file: `${V}c.py`, line: 6 },
      { rule: "missing-parent", severity: "error", file: `${V}d.py`, line: 5 },
    ]);
    expect(report.findings.find((f) => f.file.endsWith("d.py") && f.rule === "missing-parent")!.help).toContain("down_revision = None");
    expect(report.bases).toEqual(["a"]);
  });

  it("depends_on may name a branch label", () => {
    const { found, report } = check({
      "a.py": rev("a", null, 'branch_labels = ["alpha"]'),
      "x.py": rev("x", null, 'branch_labels = "other"\ndepends_on = "alpha"'),
    });
    expect(found).toEqual([]);
    expect(report.graph.dependencies("x")).toEqual(["a"]);
    expect([...report.graph.ancestors("x")]).toEqual(["a"]);
  });

  it("duplicate-revision: reported at the second file", () => {
    const { found } = check({ "a.py": rev("a", null), "b.py": rev("b", "a"), "b_copy.py": rev("b", "a") });
    expect(found).toEqual([{ rule: "duplicate-revision", severity: "error", file: `${V}b_copy.py`, line: 4 }]);
  });

  it("duplicate-revision says what Alembic does: the ignored copy stays a head, so upgrade head fails", () => {
    // Alembic 1.8: ScriptDirectory(...).get_heads() on these files is ["b", "b"], and `alembic upgrade head` raises
    // "Multiple head revisions are present".
    const { report } = check({ "a.py": rev("a", null), "b.py": rev("b", "a"), "b_copy.py": rev("b", "a") });
    const message = report.findings.find((f) => f.rule === "duplicate-revision")!.message;
    expect(message).toContain('warning "Revision b is present more than once"');
    expect(message).toContain('`alembic upgrade head` fails with "Multiple head revisions are present"');
    expect(message).not.toContain("silently");
  });

  it("revision-cycle: a loop of three, and a self-reference", () => {
    const loop = check({ "a.py": rev("a", null), "b.py": rev("b", ["a", "d"]), "c.py": rev("c", "b"), "d.py": rev("d", "c"), "e.py": rev("e", "d") });
    expect(loop.found.filter((f) => f.rule === "revision-cycle")).toEqual([{ rule: "revision-cycle", severity: "error", file: `${V}b.py`, line: 5 }]);
    expect(loop.report.findings.find((f) => f.rule === "revision-cycle")!.message).toMatch(/b .*→ .*d .*→ .*c .*→ b/);
    const self = check({ "a.py": rev("a", null), "b.py": rev("b", "a", 'depends_on = "b"') });
    expect(self.found.map((f) => f.rule)).toEqual(["revision-cycle"]);
  });

  it("multiple-bases: warning for an unlabelled second root, none when it is labelled", () => {
    const { found } = check({ "a.py": rev("a", null), "b.py": rev("b", null), "c.py": rev("c", ["a", "b"]) });
    expect(found).toEqual([{ rule: "multiple-bases", severity: "warning", file: `${V}b.py`, line: 5 }]);
    const labelled = check({ "a.py": rev("a", null), "b.py": rev("b", null), "b2.py": rev("b2", "b", 'branch_labels = ("side",)'), "c.py": rev("c", ["a", "b2"]) });
    expect(labelled.found).toEqual([]);
  });

  it("unresolved-value: info, and an unresolved branch label counts as labelled", () => {
    const { found } = check({
      "a.py": rev("a", null),
      "b.py": rev("b", "a"),
      "c.py": rev("c", "a", "branch_labels = (cli.EXPAND_BRANCH,)"),
    });
    expect(found).toEqual([{ rule: "unresolved-value", severity: "info", file: `${V}c.py`, line: 6, column: 1 }]);
  });

  it("rules settings turn a rule off or change its severity", () => {
    const files = { "a.py": rev("a", null), "b.py": rev("b", null), "c.py": rev("c", ["a", "b"]) };
    expect(check(files, { "alembic-guard.toml": '[rules]\n"multiple-bases" = "off"\n' }).found).toEqual([]);
    expect(check(files, { "alembic-guard.toml": '[rules]\n"multiple-bases" = "error"\n' }).found.map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("bad input never stops the analysis", () => {
  it("parse-error: a syntax error is reported at line:col and the history is still built", () => {
    const { found, report } = check({ "a.py": rev("a", null), "b.py": rev("b", "a").replace('"""b"""', '"""b"""\nx = "unterminated') });
    expect(found).toEqual([{ rule: "parse-error", severity: "error", file: `${V}b.py`, line: 2, column: 5 }]);
    expect(report.heads).toEqual(["b"]);
  });

  it("parse-error: bytes that are not UTF-8, at the bad byte; the revision still counts", () => {
    const bytes = Buffer.from(rev("b", "a").replace('"""b"""', '"""b caf\u00e9"""'), "latin1");
    const { found, report } = check({ "a.py": rev("a", null), "b.py": bytes });
    expect(found).toEqual([{ rule: "parse-error", severity: "error", file: `${V}b.py`, line: 1, column: 9 }]);
    expect(report.heads).toEqual(["b"]);
  });

  it("a declared latin-1 encoding is fine", () => {
    const text = `# -*- coding: latin-1 -*-\n${rev("a", null).replace('"""a"""', '"""caf\u00e9"""')}`;
    const { found } = check({ "a.py": Buffer.from(text, "latin1") });
    expect(found).toEqual([]);
  });

  it("parse-error: no revision attribute and a name that is not hex; Alembic's hex-name fallback is honoured", () => {
    const { found, report } = check({ "a.py": rev("a", null), "notes.py": "# scratch\n", "abc123.py": 'down_revision = "a"\n' });
    expect(found).toEqual([{ rule: "parse-error", severity: "error", file: `${V}notes.py`, line: 1 }]);
    expect(report.heads).toEqual(["abc123"]);
  });

  it("parse-error: revision ids Alembic rejects, and a missing down_revision", () => {
    const { found } = check({ "a.py": rev("a-1", null), "b.py": 'revision = "b"\n' });
    expect(found.map((f) => [f.rule, f.file])).toEqual([
      ["parse-error", `${V}a.py`],
      ["multiple-heads", `${V}b.py`],
      ["parse-error", `${V}b.py`],
      ["multiple-bases", `${V}b.py`],
    ]);
  });

  it("a 10 MB revision file is scanned without trouble", () => {
    const padding = `# ${"x".repeat(98)}\n`.repeat(100_000);
    const { found, report } = check({ "a.py": rev("a", null), "b.py": rev("b", "a") + padding + 'X = """' + "y\n".repeat(1000) + '"""\n' });
    expect(found).toEqual([]);
    expect(report.heads).toEqual(["b"]);
  });

  it("recursive_version_locations walks sub-folders but not __pycache__; without it sub-folders are ignored", () => {
    const files = {
      "a.py": rev("a", null),
      "sub/b.py": rev("b", "a"),
      "__pycache__/stale.py": rev("stale", null),
    };
    const dir = makeProject({}, Object.fromEntries(Object.entries(files).map(([k, v]) => [`migrations/versions/${k}`, v])));
    fs.appendFileSync(path.join(dir, "alembic.ini"), "recursive_version_locations = true\n");
    const settings = graphSettings(dir);
    expect(graphReport(discoverProject(settings), settings).revisions.map((r) => r.revision)).toEqual(["a", "b"]);
    const flat = makeProject({}, Object.fromEntries(Object.entries(files).map(([k, v]) => [`migrations/versions/${k}`, v])));
    const flatSettings = graphSettings(flat);
    expect(graphReport(discoverProject(flatSettings), flatSettings).revisions.map((r) => r.revision)).toEqual(["a"]);
  });

  it("a symlink loop under recursive_version_locations is walked once", () => {
    const dir = makeProject({ "a.py": rev("a", null) });
    fs.appendFileSync(path.join(dir, "alembic.ini"), "recursive_version_locations = true\n");
    fs.symlinkSync(path.join(dir, "migrations/versions"), path.join(dir, "migrations/versions/loop"));
    const settings = graphSettings(dir);
    expect(graphReport(discoverProject(settings), settings).revisions.map((r) => r.revision)).toEqual(["a"]);
  });

  it("the same folder listed twice in version_locations is read once", () => {
    const dir = makeProject({ "a.py": rev("a", null) });
    fs.writeFileSync(path.join(dir, "alembic.ini"), "[alembic]\nscript_location = migrations\nversion_locations = migrations/versions %(here)s/migrations/versions\n");
    const settings = graphSettings(dir);
    const report = graphReport(discoverProject(settings), settings);
    expect(report.findings).toEqual([]);
    expect(report.revisions).toHaveLength(1);
  });

  it("__init__.py, editor lock files and non-.py files are not revisions", () => {
    const { report, found } = check({ "a.py": rev("a", null), "__init__.py": "x = (", ".#a.py": "x = (", "notes.txt": "revision = 'x'" });
    expect(found).toEqual([]);
    expect(report.revisions.map((r) => r.revision)).toEqual(["a"]);
  });
});
