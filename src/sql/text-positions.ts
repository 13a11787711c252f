// libpg-query reports UTF-8 byte offsets; editors and findings want 1-based line and column in characters.

export class TextPositions {
  private readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;
  // Byte offset -> char offset, built lazily for non-ASCII text.
  private byteToChar?: Uint32Array;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  charOffset(byteOffset: number): number {
    if (this.ascii) return Math.min(byteOffset, this.text.length);
    if (!this.byteToChar) this.byteToChar = buildByteToChar(this.text);
    const table = this.byteToChar;
    return table[Math.max(0, Math.min(byteOffset, table.length - 1))];
  }

  /** 1-based line and column of a character offset. */
  lineColumn(charOffset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charOffset - this.lineStarts[lo] + 1 };
  }

  lineColumnOfByte(byteOffset: number): { line: number; column: number } {
    return this.lineColumn(this.charOffset(byteOffset));
  }
}

function buildByteToChar(text: string): Uint32Array {
  const table = new Uint32Array(Buffer.byteLength(text, "utf8") + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < width; k++) table[byte + k] = i;
    byte += width;
    if (code >= 0x10000) i++; // surrogate pair: one code point, two UTF-16 units
  }
  table[byte] = text.length;
  return table;
}
