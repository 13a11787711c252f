// writeReport hands a long report to stdout in pieces: the pieces must add up to the report exactly, and no piece
// may start with the second half of a surrogate pair (each write is encoded to UTF-8 on its own).
import { describe, expect, it } from "vitest";
import { PIECE_LENGTH, writeReport } from "../../src/commands/output";
import type { CommandIO } from "../../src/commands/index";
import type { Settings } from "../../src/settings";

function capture(): { io: CommandIO; writes: string[] } {
  const writes: string[] = [];
  return { writes, io: { stdout: (text) => void writes.push(text), stderr: () => {}, readStdin: async () => Buffer.alloc(0) } };
}

const toStdout = { output: undefined } as unknown as Settings;

describe("writeReport to stdout", () => {
  it("writes a short report in one call", () => {
    const { io, writes } = capture();
    writeReport(toStdout, io, '{"findings":[]}\n');
    expect(writes).toEqual(['{"findings":[]}\n']);
  });

  it("writes a long report in pieces that add up to the same bytes, never splitting a surrogate pair", () => {
    // Emoji (surrogate pairs) straddling every piece boundary, between ASCII and two-byte characters.
    const unit = "x".repeat(PIECE_LENGTH - 1) + "😀" + "café ✓\n";
    const text = unit.repeat(5) + "😀".repeat(PIECE_LENGTH);
    const { io, writes } = capture();
    writeReport(toStdout, io, text);
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.join("")).toBe(text);
    for (const piece of writes) {
      expect(piece.length).toBeLessThanOrEqual(PIECE_LENGTH + 1);
      expect(Buffer.from(piece, "utf8").toString("utf8")).toBe(piece); // no lone surrogate at either end
    }
    expect(Buffer.concat(writes.map((piece) => Buffer.from(piece, "utf8")))).toEqual(Buffer.from(text, "utf8"));
  });
});
