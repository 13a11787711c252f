// The README is the newcomer's contract: its two set-up commands must stay true, and its rule table complete.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULE_METAS } from "../src/rules/registry";

const root = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

describe("README.md", () => {
  it("lists every rule with a link to its page and its default severity", () => {
    for (const meta of ALL_RULE_METAS) {
      const row = readme.split("\n").find((line) => line.includes(`[\`${meta.id}\`](rules/${meta.id}.md)`));
      expect(row, `README rule table has no row for ${meta.id}`).toBeDefined();
      expect(row).toContain(`| ${meta.defaultSeverity} |`);
      expect(fs.existsSync(path.join(root, "rules", `${meta.id}.md`)), `rules/${meta.id}.md`).toBe(true);
    }
  });

  it("has exactly the two set-up commands, and .ci/run calls the test one", () => {
    const setup = readme.split(/^## /m).find((section) => section.startsWith("Set up"))!;
    const commands = [...setup.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1].trim());
    expect(commands).toEqual(["node dist/cli.js check --config examples/helpdesk/alembic.ini --all", "npm test"]);
    expect(fs.readFileSync(path.join(root, ".ci", "run"), "utf8")).toMatch(/^npm test$/m);
    expect(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts.test).toBe("bash scripts/test.sh");
  });
});
