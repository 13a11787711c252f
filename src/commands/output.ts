// Where a command's report goes: --output FILE, or stdout. One place, so every command fails the same way.
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "../findings";
import type { Settings } from "../settings";
import type { CommandIO } from "./index";

export function writeReport(settings: Settings, io: CommandIO, text: string): void {
  if (!settings.output) {
    io.stdout(text);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(settings.output), { recursive: true });
    fs.writeFileSync(settings.output, text);
  } catch (error) {
    throw new UsageError(`cannot write --output ${settings.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Reads a finding's file (relative to the working directory) for code frames; undefined when it cannot. */
export function sourceReader(settings: Settings): (file: string) => string | undefined {
  return (file) => {
    try {
      return fs.readFileSync(path.resolve(settings.cwd, file), "utf8");
    } catch {
      return undefined;
    }
  };
}
