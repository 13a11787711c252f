// Every round-trip finding has its metadata and its doc page; the stairway only reports known ids.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUNDTRIP_RULE_METAS } from "../../src/rules/catalog/roundtrip";
import { isKnownRule } from "../../src/rules/registry";

const root = path.resolve(__dirname, "../..");
const REPORTED = [
  "access-exclusive-lock-observed",
  "downgrade-base-leftovers",
  "downgrade-mismatch",
  "irreversible-migration",
  "migration-failed",
  "model-drift",
  "reupgrade-mismatch",
  "roundtrip-unavailable",
  "table-rewrite-observed",
];

describe("round-trip rules", () => {
  it("are registered, each with a doc page in the roundtrip family", () => {
    expect(ROUNDTRIP_RULE_METAS.map((m) => m.id)).toEqual(REPORTED);
    for (const meta of ROUNDTRIP_RULE_METAS) {
      expect(isKnownRule(meta.id), meta.id).toBe(true);
      const page = path.join(root, "rules", `${meta.id}.md`);
      expect(fs.existsSync(page), `rules/${meta.id}.md`).toBe(true);
      expect(fs.readFileSync(page, "utf8")).toContain(`**Family:** roundtrip · **Default severity:** ${meta.defaultSeverity}`);
    }
  });

  it("are the only ids the round trip's sources report", () => {
    const sources = fs.readdirSync(path.join(root, "src/roundtrip")).map((f) => fs.readFileSync(path.join(root, "src/roundtrip", f), "utf8"));
    const used = new Set<string>();
    for (const text of sources) for (const m of text.matchAll(/make\(\s*"([a-z-]+)"|rule: "([a-z-]+)"/g)) used.add(m[1] ?? m[2]);
    expect([...used].filter((id) => !REPORTED.includes(id))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(8);
  });
});
