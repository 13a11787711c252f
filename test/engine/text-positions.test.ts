// TextPositions maps libpg-query's UTF-8 byte offsets to UTF-16 string offsets. Oracle: encode the text with
// Buffer and map every byte of every character back by hand, for texts mixing ASCII, 2-, 3- and 4-byte characters.
import { describe, expect, it } from "vitest";
import { TextPositions } from "../../src/sql/text-positions";

/** byte offset → UTF-16 index of the character containing it; one entry past the end → text length. */
function byteToCharOracle(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const bytes = Buffer.byteLength(String.fromCodePoint(code), "utf8");
    for (let k = 0; k < bytes; k++) out.push(i);
    if (code >= 0x10000) i++;
  }
  out.push(text.length);
  return out;
}

const PIECES = ["a", "SELECT 1;\n", "é", "ü", "€", "中", "😀", "𝄞", "\n", "  ", "'", "Ω"];

function randomText(seed: number, length: number): string {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % PIECES.length);
  let text = "";
  for (let i = 0; i < length; i++) text += PIECES[next()];
  return text;
}

describe("TextPositions", () => {
  it("maps every byte offset like a full byte-by-byte table, inside multi-byte characters too", () => {
    const texts = ["", "plain ascii\nSELECT 1;", "é", "😀", "ab😀cd€\n中x", "ü".repeat(100), ...Array.from({ length: 40 }, (_, s) => randomText(s + 1, 5 + s * 7))];
    for (const text of texts) {
      const oracle = byteToCharOracle(text);
      const positions = new TextPositions(text);
      for (let b = 0; b < oracle.length; b++) expect(positions.charOffset(b), `${JSON.stringify(text)} byte ${b}`).toBe(oracle[b]);
      expect(positions.charOffset(oracle.length + 5)).toBe(text.length);
    }
  });

  it("finds the line of any offset, in whatever order it is asked", () => {
    const text = randomText(7, 400);
    const positions = new TextPositions(text);
    const naive = (offset: number) => {
      const before = text.slice(0, offset);
      const lineStart = before.lastIndexOf("\n") + 1;
      return { line: before.split("\n").length, column: offset - lineStart + 1 };
    };
    let state = 3;
    const offsets = [...Array.from({ length: text.length + 1 }, (_, i) => i), ...Array.from({ length: 500 }, () => ((state = (Math.imul(state, 48271) + 1) >>> 0) % (text.length + 1)))];
    for (const offset of offsets) expect(positions.lineColumn(offset), `offset ${offset}`).toEqual(naive(offset));
  });

  it("gives 1-based line and column in UTF-16 units", () => {
    const text = "-- ünïcode\nCREATE INDEX 😀 ON t (a);\n";
    const positions = new TextPositions(text);
    const byteOf = (needle: string) => Buffer.byteLength(text.slice(0, text.indexOf(needle)), "utf8");
    expect(positions.lineColumnOfByte(byteOf("CREATE"))).toEqual({ line: 2, column: 1 });
    expect(positions.lineColumnOfByte(byteOf("ON"))).toEqual({ line: 2, column: 17 });
    expect(positions.lineColumn(0)).toEqual({ line: 1, column: 1 });
  });
});
