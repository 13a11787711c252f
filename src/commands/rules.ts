// `alembic-guard rules`: every rule with its family, default severity and summary.
// `alembic-guard explain <id>`: the rule's documentation page (rules/<id>.md, shipped in dist/rules/).
import * as fs from "node:fs";
import * as path from "node:path";
import { docsUrl, UsageError } from "../findings";
import { ALL_RULE_METAS, closestRuleIds, ruleMeta } from "../rules/registry";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";

export async function runRules(settings: Settings, io: CommandIO): Promise<number> {
  if (settings.format !== "text" && settings.format !== "json") {
    throw new UsageError(`rules writes --format text or json, not ${settings.format}`);
  }
  const rows = ALL_RULE_METAS.map((meta) => ({
    id: meta.id,
    family: meta.family,
    defaultSeverity: meta.defaultSeverity,
    /** After the project's config (`rules` table). */
    severity: settings.rules[meta.id] ?? meta.defaultSeverity,
    summary: meta.summary,
    ...(meta.minPgVersion !== undefined ? { minPgVersion: meta.minPgVersion } : {}),
    ...(meta.maxPgVersion !== undefined ? { maxPgVersion: meta.maxPgVersion } : {}),
    docs: docsUrl(meta.id),
  }));
  if (settings.format === "json") {
    io.stdout(JSON.stringify({ rules: rows }, null, 2) + "\n");
    return 0;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length), 2);
  const familyWidth = Math.max(...rows.map((r) => r.family.length), 6);
  const lines = [`${"id".padEnd(idWidth)}  ${"family".padEnd(familyWidth)}  ${"severity".padEnd(8)}  summary`];
  for (const r of rows) {
    const pg = r.minPgVersion !== undefined ? ` (PostgreSQL ≥ ${r.minPgVersion})` : r.maxPgVersion !== undefined ? ` (PostgreSQL < ${r.maxPgVersion})` : "";
    const configured = r.severity !== r.defaultSeverity ? ` [config: ${r.severity}]` : "";
    lines.push(`${r.id.padEnd(idWidth)}  ${r.family.padEnd(familyWidth)}  ${r.defaultSeverity.padEnd(8)}  ${r.summary}${pg}${configured}`);
  }
  lines.push("", `${rows.length} rules. \`alembic-guard explain RULE\` prints one rule's documentation.`);
  io.stdout(lines.join("\n") + "\n");
  return 0;
}

export async function runExplain(settings: Settings, io: CommandIO): Promise<number> {
  const [id, ...extra] = settings.args;
  if (!id) throw new UsageError("explain needs a rule id, e.g. alembic-guard explain require-concurrent-index-creation (alembic-guard rules lists them)");
  if (extra.length) throw new UsageError(`explain takes one rule id, got ${settings.args.length}`);
  const meta = ruleMeta(id);
  if (!meta) {
    const close = closestRuleIds(id, 3);
    throw new UsageError(`unknown rule \`${id}\`${close.length ? `; closest: ${close.join(", ")}` : ""} (alembic-guard rules lists them all)`);
  }
  const page = ruleDocPath(id);
  if (page) {
    io.stdout(fs.readFileSync(page, "utf8").replace(/\n*$/, "\n"));
  } else {
    io.stdout(`# ${id}\n\n**Family:** ${meta.family} · **Default severity:** ${meta.defaultSeverity}\n\n${meta.summary}\n\nOnline: ${docsUrl(id)}\n`);
  }
  return 0;
}

/**
 * Where rules/<id>.md is: dist/rules/ beside the bundle (the build copies the pages there), or the repository's
 * rules/ folder when running from src/ or build/.
 */
export function ruleDocPath(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "rules", `${id}.md`);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
