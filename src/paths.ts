// File names as findings show them: relative to the working directory, with `/` separators on every OS.
import * as path from "node:path";

const SEP_CODE = path.sep.charCodeAt(0);
const DOT_DOT_SEGMENT = `${path.sep}..${path.sep}`;
const DOT_SEGMENT = `${path.sep}.${path.sep}`;

/** Path relative to cwd with posix separators (the form every finding uses). */
export function relativePath(cwd: string, file: string): string {
  // Fast path for the common case (thousands of files under the working directory): path.relative resolves both
  // paths again on every call.
  if (file.charCodeAt(cwd.length) === SEP_CODE && file.startsWith(cwd) && !file.includes(DOT_DOT_SEGMENT) && !file.includes(DOT_SEGMENT)) {
    const rest = file.slice(cwd.length + 1);
    return path.sep === "/" ? rest : rest.split(path.sep).join("/");
  }
  return path.relative(cwd, file).split(path.sep).join("/");
}
