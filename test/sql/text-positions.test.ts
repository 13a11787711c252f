// The byte-offset side of TextPositions as parseSqlSources uses it: the UTF-8 length hint (which turns on the
// ASCII shortcut) and lineOfByte must give what the plain character walk gives, for any offset in any order.
import { describe, expect, it } from "vitest";
import { TextPositions } from "../../src/sql/text-positions";

/** 1-based line and column of every byte offset, by walking the characters (a byte inside a character maps to it). */
function oracle(text: string): Array<{ line: number; column: number }> {
  const out: Array<{ line: number; column: number }> = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = Buffer.byteLength(String.fromCodePoint(code), "utf8");
    for (let k = 0; k < width; k++) out.push({ line, column: i - lineStart + 1 });
    if (code >= 0x10000) i++;
    if (code === 10) (line++, (lineStart = i + 1));
  }
  out.push({ line, column: text.length - lineStart + 1 });
  return out;
}

const TEXTS = [
  "",
  "SELECT 1;",
  "CREATE TABLE t (a int);\n\nCREATE INDEX i ON t (a);\n-- trailing\n",
  "-- café ✓\nCOMMENT ON COLUMN t.a IS 'café ✓';\nSELECT 1;\n",
  "SELECT '😀'\n  , 'Ω€中';\n\n\nSELECT 2;",
];

describe("TextPositions byte offsets", () => {
  it("gives the same lines and columns with and without the UTF-8 length hint, walking forward or jumping back", () => {
    for (const text of TEXTS) {
      const expected = oracle(text);
      const byteLength = Buffer.byteLength(text, "utf8");
      const hinted = new TextPositions(text, byteLength);
      const plain = new TextPositions(text);
      let state = 11;
      const jumps = Array.from({ length: 200 }, () => ((state = (Math.imul(state, 48271) + 1) >>> 0) % (byteLength + 1)));
      for (const b of [...expected.keys(), ...jumps]) {
        expect(hinted.lineColumnOfByte(b), `${JSON.stringify(text)} byte ${b}`).toEqual(expected[b]);
        expect(plain.lineColumnOfByte(b), `${JSON.stringify(text)} byte ${b}`).toEqual(expected[b]);
        expect(hinted.lineOfByte(b), `${JSON.stringify(text)} byte ${b}`).toBe(expected[b].line);
      }
      // Offsets past the end clamp to the end of the text.
      expect(hinted.lineColumnOfByte(byteLength + 3)).toEqual(expected[byteLength]);
      expect(hinted.lineOfByte(byteLength + 3)).toBe(expected[byteLength].line);
    }
  });
});
