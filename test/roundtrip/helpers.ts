// Runs the round trip on a fixture project under test/fixtures/roundtrip with real Alembic 1.8.1
// (/usr/bin/python3) and a real PostgreSQL the round trip starts itself.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverProject } from "../../src/discover";
import type { Finding } from "../../src/findings";
import { buildGraph } from "../../src/graph";
import { scanRevisions } from "../../src/revisions";
import { runRoundtrip } from "../../src/roundtrip";
import { resolveSettings, type RawOptions, type Settings } from "../../src/settings";
import { Client } from "pg";
import { waitFor } from "../helpers/processes";

export const FIXTURES = path.resolve(__dirname, "../fixtures/roundtrip");
export const PYTHON = "/usr/bin/python3";

export async function roundtripFixture(
  fixture: string,
  opts: { raw?: RawOptions; scope?: string[]; settings?: Partial<Settings>; progress?: string[]; python?: string } = {},
) {
  const cwd = path.join(FIXTURES, fixture);
  const settings = { ...resolveSettings("roundtrip", opts.raw ?? {}, [], cwd), ...opts.settings } as Settings;
  const project = discoverProject(settings);
  const graph = buildGraph(scanRevisions(project).revisions);
  const result = await runRoundtrip({
    project,
    graph,
    scope: opts.scope ?? graph.order,
    settings,
    python: opts.python ?? PYTHON,
    onProgress: opts.progress ? (line) => opts.progress!.push(line) : undefined,
  });
  return { ...result, graph, project };
}

/** rule: message, for readable assertions. */
export const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message.split("\n")[0]}`);

/**
 * Run fn with os.tmpdir() pointing at a private directory, so a test can see exactly which temp dirs the
 * round trip made and that none is left (other test files start servers in the shared /tmp meanwhile).
 * Returns what was left in it besides the cached pristine data directory.
 */
export async function inPrivateTmp<T>(fn: () => Promise<T>): Promise<{ value: T; leftovers: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "h7-private-tmp-"));
  fs.chmodSync(dir, 0o755); // the server runs as the postgres user and must reach its socket dir
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const value = await fn();
    const leftovers = fs.readdirSync(dir).filter((d) => !d.startsWith("alembic-guard-pgcache-"));
    return { value, leftovers };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The temp dir of the throwaway server a run started under `tmp` (its TMPDIR), once the server wrote its
 * postmaster.pid. `stillRunning` may throw to stop waiting when the run ended early.
 */
export function throwawayServerDir(tmp: string, stillRunning: () => void = () => undefined): Promise<string> {
  return waitFor("the server's temp dir", () => {
    stillRunning();
    const dir = fs.readdirSync(tmp).find((d) => d.startsWith("alembic-guard-pg-"));
    return dir && fs.existsSync(path.join(tmp, dir, "data", "postmaster.pid")) ? path.join(tmp, dir) : undefined;
  });
}

/** Resolve once the hang fixture's migration (`SELECT pg_sleep(600)`) runs on the throwaway server in `serverDir`. */
export function hangingMigration(serverDir: string, stderr: () => string): Promise<true> {
  return waitFor(`the migration to hang (stderr: ${stderr()})`, async () => {
    const client = new Client({ host: serverDir, port: 5432, user: "postgres", database: "postgres" });
    try {
      await client.connect();
      const res = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'");
      return res.rows[0].n > 0 ? true : undefined;
    } catch {
      return undefined;
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}
