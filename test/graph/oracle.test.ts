// Heads, bases and every revision's parents, compared with Alembic's own answer (ScriptDirectory.from_config).
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverProject } from "../../src/discover";
import { graphReport } from "../../src/graph";
import { askAlembic, FIXTURES, graphSettings, REPO, type OracleCase } from "./helpers";

const CASES: (OracleCase & { label: string; oursName?: string })[] = [
  { label: "typed annotations, date-prefixed names, non-hex ids, merge", dir: path.join(FIXTURES, "typed"), config: "alembic.ini" },
  { label: "branch point, merge, legacy hex file name, two open heads", dir: path.join(FIXTURES, "branches"), config: "alembic.ini" },
  { label: "two labelled bases, depends_on by label and id, version_locations (os separator)", dir: path.join(FIXTURES, "labels"), config: "alembic.ini" },
  { label: "another ini section (--name)", dir: path.join(FIXTURES, "labels"), config: "alembic.ini", name: "other" },
  { label: "package:path script_location, legacy space/comma version_locations", dir: path.join(FIXTURES, "pkgres"), config: "alembic.ini" },
  { label: "sequential names with hash-named merge branch", dir: path.join(FIXTURES, "sequential"), config: "alembic.ini" },
  {
    label: "recursive_version_locations (Alembic 1.8.1 is given the same folders one by one)",
    dir: path.join(FIXTURES, "recursive"),
    config: "alembic.ini",
    name: "explicit",
    oursName: "alembic",
  },
  { label: "the bundled help-desk example", dir: path.join(REPO, "examples/helpdesk"), config: "alembic.ini" },
];

describe("revision graph matches Alembic's ScriptDirectory", () => {
  const answers = askAlembic(CASES);
  CASES.forEach((c, i) => {
    it(c.label, () => {
      const alembic = answers[i];
      expect(alembic.error).toBeUndefined();
      const name = c.oursName ?? c.name;
      const settings = graphSettings(c.dir, { config: c.config, ...(name ? { name } : {}) });
      const report = graphReport(discoverProject(settings), settings);
      expect(report.heads).toEqual(alembic.heads);
      expect(report.bases).toEqual(alembic.bases);
      const ours = Object.fromEntries(
        [...report.graph.byId.values()].map((rev) => [
          rev.revision,
          {
            down_revisions: [...rev.downRevisions].sort(),
            depends_on: [...report.graph.dependencies(rev.revision)].sort(),
            branch_labels: [...rev.branchLabels].sort(),
            file: fs.realpathSync(rev.file),
          },
        ]),
      );
      expect(ours).toEqual(alembic.revisions);
      // A history Alembic loads cleanly has no parse or chain errors here either.
      expect(report.findings.filter((f) => ["parse-error", "missing-parent", "revision-cycle", "duplicate-revision"].includes(f.rule))).toEqual([]);
    });
  });
});
