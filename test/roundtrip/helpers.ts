// Runs the round trip on a fixture project under test/fixtures/roundtrip with real Alembic 1.8.1
// (/usr/bin/python3) and a real PostgreSQL the round trip starts itself.
import * as path from "node:path";
import { discoverProject } from "../../src/discover";
import type { Finding } from "../../src/findings";
import { buildGraph } from "../../src/graph";
import { scanRevisions } from "../../src/revisions";
import { runRoundtrip } from "../../src/roundtrip";
import { resolveSettings, type RawOptions, type Settings } from "../../src/settings";

export const FIXTURES = path.resolve(__dirname, "../fixtures/roundtrip");
export const PYTHON = "/usr/bin/python3";

export async function roundtripFixture(
  fixture: string,
  opts: { raw?: RawOptions; scope?: string[]; settings?: Partial<Settings>; progress?: string[] } = {},
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
    python: PYTHON,
    onProgress: opts.progress ? (line) => opts.progress!.push(line) : undefined,
  });
  return { ...result, graph, project };
}

/** rule: message, for readable assertions. */
export const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message.split("\n")[0]}`);
