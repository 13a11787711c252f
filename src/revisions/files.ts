// Which files Alembic loads as revisions, and how their bytes become text.
import * as fs from "node:fs";
import * as path from "node:path";
import { isUtf8 } from "node:buffer";

/** Alembic: any `*.py` except `__init__*` and editor lock files `.#*` (script/base.py _only_source_rev_file). */
export function isRevisionFileName(name: string): boolean {
  return name.endsWith(".py") && !name.startsWith("__init__") && !name.startsWith(".#");
}

/** Alembic's fallback id for a file without a `revision` attribute: the whole name is hex. */
export function legacyRevisionFromFileName(name: string): string | undefined {
  return /^([a-f0-9]+)\.py$/.exec(name)?.[1];
}

/**
 * Revision files of every version location, in a deterministic order (sorted per directory).
 * Missing locations are skipped (as Alembic does); a file reached twice (symlinks, overlapping
 * locations) is listed once. recursive_version_locations walks sub-folders except __pycache__.
 */
export function listRevisionFiles(versionLocations: readonly string[], recursive: boolean): string[] {
  const files: string[] = [];
  const seenDirs = new Set<string>();
  // Files already listed, by path (symlinks by target): built only once a symlink shows up, since
  // without symlinks no file can be reached twice (folders are deduplicated by their real path).
  let seenFiles: Set<string> | undefined;
  const walk = (dir: string) => {
    // A folder reached twice (symlink loops, overlapping locations) is read once.
    const realDir = safeRealpath(dir);
    if (seenDirs.has(realDir)) return;
    seenDirs.add(realDir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Names, not Dirents, are sorted: the default sort compares code units natively (no comparator calls).
    const names: string[] = [];
    const subdirs: string[] = [];
    let links: Set<string> | undefined;
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isFile()) {
        if (isRevisionFileName(name)) names.push(name);
      } else if (entry.isDirectory()) {
        if (name !== "__pycache__") subdirs.push(name);
      } else if (entry.isSymbolicLink()) {
        (links ??= new Set()).add(name);
        names.push(name);
      }
    }
    names.sort();
    for (const name of names) {
      const full = dir + path.sep + name;
      if (links?.has(name)) {
        let st: fs.Stats;
        try {
          st = fs.statSync(full);
        } catch {
          continue;
        }
        if (st.isDirectory()) {
          if (name !== "__pycache__") subdirs.push(name);
          continue;
        }
        if (!st.isFile() || !isRevisionFileName(name)) continue;
        seenFiles ??= new Set(files);
        const key = safeRealpath(full);
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        files.push(full);
        continue;
      }
      if (seenFiles) {
        if (seenFiles.has(full)) continue;
        seenFiles.add(full);
      }
      files.push(full);
    }
    if (recursive) for (const sub of subdirs.sort()) walk(dir + path.sep + sub);
  };
  for (const location of versionLocations) walk(location);
  return files;
}

function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

export interface DecodedSource {
  text: string;
  /** Set when Python would refuse the bytes: where and why. */
  problem?: { message: string; line: number; column: number };
}

const utf8Lossy = new TextDecoder("utf-8");

/**
 * Decode like Python's import: UTF-8, or the PEP 263 coding declared in the first two lines. Line ends come out
 * as Python reads them (`\r\n` and a lone `\r` end a line too, see universalNewlines).
 */
export function decodePythonSource(bytes: Buffer): DecodedSource {
  const decoded = decodeBytes(bytes);
  return { ...decoded, text: universalNewlines(decoded.text) };
}

/**
 * Python's tokenizer ends a line at a lone `\r` (old Mac files) as at `\n`, inside strings too; tree-sitter and our
 * line counting only know `\n`. Each lone `\r` becomes `\n`: the same length, so every offset stays put.
 */
function universalNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

function decodeBytes(bytes: Buffer): DecodedSource {
  if (isUtf8(bytes)) return { text: stripBom(bytes.toString("utf8")) };
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").split(/\r?\n|\r/).slice(0, 2);
  for (const line of head) {
    const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (cookie) {
      // Python's codec names: latin-1 / latin_1 / iso-8859-1 are true ISO-8859-1, which Buffer's "latin1" is.
      const name = cookie[1].toLowerCase().replace(/_/g, "-");
      if (["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1"].includes(name)) return { text: Buffer.from(bytes).toString("latin1") };
      try {
        return { text: new TextDecoder(name).decode(bytes) };
      } catch {
        break;
      }
    }
  }
  const text = stripBom(utf8Lossy.decode(bytes));
  const bad = text.indexOf("\uFFFD");
  const before = text.slice(0, Math.max(bad, 0));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = bad - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return {
    text,
    problem: {
      message: "the file is not valid UTF-8 and declares no other encoding, so Python refuses to import it",
      line,
      column,
    },
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

let readBuffer = Buffer.allocUnsafe(256 * 1024);

/**
 * Read a whole regular file into a buffer shared between calls (valid until the next call): the graph
 * path reads thousands of small files, and a fresh Buffer per file mostly feeds the garbage collector.
 */
export function readFileShared(file: string): Buffer {
  const fd = fs.openSync(file, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const bigger = Buffer.allocUnsafe(readBuffer.length * 2);
        readBuffer.copy(bigger, 0, 0, length);
        readBuffer = bigger;
      }
      const wanted = readBuffer.length - length;
      const n = fs.readSync(fd, readBuffer, length, wanted, null);
      length += n;
      // A regular file reads short only at its end: skip the read that would return 0 (10,000 syscalls a run).
      if (n < wanted) break;
    }
    return readBuffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

