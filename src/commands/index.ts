// Command name → implementation. Each command builds on check stages and returns the exit code.
import type { Command, Settings } from "../settings";
import { runCheck } from "./check";
import { runGraph } from "./graph";
import { runLint } from "./lint";
import { runExplain, runRules } from "./rules";
import { runRoundtripCommand } from "./roundtrip";

export type CommandRunner = (settings: Settings, io: CommandIO) => Promise<number>;

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdin contents, read on demand (lint -). */
  readStdin: () => Promise<Buffer>;
}

export const COMMAND_RUNNERS: Partial<Record<Command, CommandRunner>> = {
  check: runCheck,
  graph: runGraph,
  lint: runLint,
  rules: runRules,
  explain: runExplain,
  roundtrip: runRoundtripCommand,
};
