// Each graph rule page is executable: the Python files of its Example raise the rule, the files of its
// Safe alternative do not. A block is one file, or several split at `# versions/<name>.py` lines.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverProject } from "../../src/discover";
import { graphReport } from "../../src/graph";
import { GRAPH_RULE_METAS } from "../../src/rules/catalog/graph";
import { graphSettings, makeProject, REPO } from "./helpers";

function section(markdown: string, title: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  expect(start, `section "${title}"`).toBeGreaterThan(-1);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

function pythonFiles(text: string): Record<string, string> {
  const files: Record<string, string> = {};
  [...text.matchAll(/```python\n([\s\S]*?)```/g)].forEach((block, i) => {
    let name = `block${i + 1}.py`;
    let body: string[] = [];
    const flush = () => {
      if (body.some((l) => l.trim())) files[name] = body.join("\n") + "\n";
      body = [];
    };
    for (const line of block[1].split("\n")) {
      const marker = /^# versions\/(\S+\.py)(\s.*)?$/.exec(line);
      if (marker) {
        flush();
        name = marker[1];
      } else body.push(line);
    }
    flush();
  });
  return files;
}

function rulesRaised(files: Record<string, string>, naming: boolean): string[] {
  const dir = makeProject(files, naming ? { "alembic-guard.toml": 'naming = "sequential"\n' } : {});
  const settings = graphSettings(dir);
  return graphReport(discoverProject(settings), settings).findings.map((f) => f.rule);
}

describe("graph rule pages", () => {
  for (const meta of GRAPH_RULE_METAS) {
    it(`${meta.id}: the Example raises it, the Safe alternative does not`, () => {
      const page = fs.readFileSync(path.join(REPO, "rules", `${meta.id}.md`), "utf8");
      const severity = meta.defaultSeverity === "off" ? "off" : meta.defaultSeverity;
      expect(page).toContain(`**Default severity:** ${severity}`);
      const naming = meta.id === "filename-convention";
      const example = pythonFiles(section(page, "Example"));
      expect(Object.keys(example).length).toBeGreaterThan(0);
      expect(rulesRaised(example, naming)).toContain(meta.id);
      expect(rulesRaised(pythonFiles(section(page, "Safe alternative")), naming)).not.toContain(meta.id);
    });
  }
});
