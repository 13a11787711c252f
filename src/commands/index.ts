// Command name → implementation. Each command builds on check stages and returns the exit code.
import type { Command, Settings } from "../settings";

export type CommandRunner = (settings: Settings, io: CommandIO) => Promise<number>;

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdin contents, read on demand (lint -). */
  readStdin: () => Promise<Buffer>;
}

// Each command's code is loaded only when that command runs: `lint` must not pay for loading the
// PostgreSQL client, the Python driver and tree-sitter at start-up (about a third of a small lint run).
export const COMMAND_RUNNERS: Partial<Record<Command, CommandRunner>> = {
  check: async (settings, io) => (await import(/* webpackMode: "eager" */ "./check.js")).runCheck(settings, io),
  graph: async (settings, io) => (await import(/* webpackMode: "eager" */ "./graph.js")).runGraph(settings, io),
  lint: async (settings, io) => (await import(/* webpackMode: "eager" */ "./lint.js")).runLint(settings, io),
  rules: async (settings, io) => (await import(/* webpackMode: "eager" */ "./rules.js")).runRules(settings, io),
  explain: async (settings, io) => (await import(/* webpackMode: "eager" */ "./rules.js")).runExplain(settings, io),
  roundtrip: async (settings, io) => (await import(/* webpackMode: "eager" */ "./roundtrip.js")).runRoundtripCommand(settings, io),
};
