// libpg-query reports UTF-8 byte offsets; editors and findings want 1-based line and column in characters.

export class TextPositions {
  private readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;
  private lastLine = 0;
  // Non-ASCII text: its non-ASCII characters, indexed on first use.
  private wide?: WideCharacters;

  /** `utf8Length`: the text's length in UTF-8 bytes, when the caller knows it (equal to text.length only for ASCII). */
  constructor(
    private readonly text: string,
    utf8Length?: number,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    this.ascii = utf8Length !== undefined ? utf8Length === text.length : !/[^\x00-\x7f]/.test(text);
  }

  /** The UTF-16 index of the character a UTF-8 byte offset falls in (offsets past the end: the text length). */
  charOffset(byteOffset: number): number {
    if (this.ascii) return Math.min(byteOffset, this.text.length);
    const wide = (this.wide ??= indexWideCharacters(this.text));
    const b = Math.max(0, Math.min(byteOffset, wide.totalBytes));
    // Last non-ASCII character starting at or before b.
    let lo = 0;
    let hi = wide.count - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (wide.startByte[mid] <= b) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k === -1) return b;
    if (b < wide.endByte[k]) return wide.charIndex[k]; // inside that character
    return b - wide.extraAfter[k];
  }

  /** 1-based line and column of a character offset. */
  lineColumn(charOffset: number): { line: number; column: number } {
    const line = this.lineIndex(charOffset);
    return { line: line + 1, column: charOffset - this.lineStarts[line] + 1 };
  }

  lineColumnOfByte(byteOffset: number): { line: number; column: number } {
    const charOffset = this.ascii ? Math.min(byteOffset, this.text.length) : this.charOffset(byteOffset);
    const line = this.lineIndex(charOffset);
    return { line: line + 1, column: charOffset - this.lineStarts[line] + 1 };
  }

  /** 1-based line of a UTF-8 byte offset (no column: saves an object where only the line is wanted). */
  lineOfByte(byteOffset: number): number {
    return this.lineIndex(this.ascii ? Math.min(byteOffset, this.text.length) : this.charOffset(byteOffset)) + 1;
  }

  /** 0-based index of the line a character offset is on. */
  private lineIndex(charOffset: number): number {
    const starts = this.lineStarts;
    // Callers mostly walk forward through the text: try the last line found and the next few before searching.
    for (let line = this.lastLine; line < starts.length && line < this.lastLine + 4; line++) {
      if (starts[line] > charOffset) break;
      if (line + 1 === starts.length || starts[line + 1] > charOffset) {
        this.lastLine = line;
        return line;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }
}

/**
 * One entry per non-ASCII character: the bytes it spans, its UTF-16 index, and how many more bytes than UTF-16 units
 * the text has up to its end. The ASCII runs between them map byte for unit, so the table stays small for the usual
 * mostly-ASCII SQL (a name or a comment in another script) and a lookup is a binary search.
 */
interface WideCharacters {
  startByte: Uint32Array;
  endByte: Uint32Array;
  charIndex: Uint32Array;
  extraAfter: Uint32Array;
  count: number;
  totalBytes: number;
}

function indexWideCharacters(text: string): WideCharacters {
  let capacity = 64;
  let startByte: Uint32Array = new Uint32Array(capacity);
  let endByte: Uint32Array = new Uint32Array(capacity);
  let charIndex: Uint32Array = new Uint32Array(capacity);
  let extraAfter: Uint32Array = new Uint32Array(capacity);
  let count = 0;
  let byte = 0;
  let extra = 0;
  let previous = 0; // UTF-16 index just after the last character indexed
  const wideChar = /[^\x00-\x7f]/g;
  for (let m = wideChar.exec(text); m !== null; m = wideChar.exec(text)) {
    const i = m.index;
    byte += i - previous;
    const code = text.codePointAt(i)!;
    const width = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1; // a surrogate pair: one code point, two UTF-16 units
    if (count === capacity) {
      capacity *= 2;
      startByte = grow(startByte, capacity);
      endByte = grow(endByte, capacity);
      charIndex = grow(charIndex, capacity);
      extraAfter = grow(extraAfter, capacity);
    }
    startByte[count] = byte;
    charIndex[count] = i;
    byte += width;
    endByte[count] = byte;
    extra += width - units;
    extraAfter[count] = extra;
    count++;
    previous = i + units;
    wideChar.lastIndex = previous;
  }
  return { startByte, endByte, charIndex, extraAfter, count, totalBytes: byte + (text.length - previous) };
}

function grow(array: Uint32Array, capacity: number): Uint32Array {
  const bigger = new Uint32Array(capacity);
  bigger.set(array);
  return bigger;
}
