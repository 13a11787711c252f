// The subset of Python's configparser that Alembic relies on: sections, `key = value` / `key: value`,
// indented continuation lines, full-line comments (# ;), case-insensitive keys, BasicInterpolation
// (`%(key)s` from the section or DEFAULT/defaults, `%%` → `%`).

export interface IniFile {
  sections: Map<string, Map<string, string>>;
  defaults: Map<string, string>;
}

export class IniSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, string>>();
  const defaults = new Map<string, string>();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  let lastIndent = 0;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const stripped = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (stripped === "") {
      if (current && lastKey !== undefined) current.set(lastKey, current.get(lastKey)! + "\n");
      continue;
    }
    if (stripped.startsWith("#") || stripped.startsWith(";")) continue;
    if (current && lastKey !== undefined && indent > lastIndent) {
      current.set(lastKey, current.get(lastKey)! + "\n" + stripped);
      continue;
    }
    // A new line ends any pending value: drop the blank lines it collected.
    if (current && lastKey !== undefined) current.set(lastKey, current.get(lastKey)!.replace(/\n+$/, ""));
    const header = /^\[(.+)\]\s*$/.exec(stripped);
    if (header && indent === 0) {
      const name = header[1];
      current = name === "DEFAULT" ? defaults : (sections.get(name) ?? new Map());
      if (name !== "DEFAULT") sections.set(name, current);
      lastKey = undefined;
      continue;
    }
    if (!current) throw new IniSyntaxError("a key outside any [section]", i + 1);
    const sep = /[=:]/.exec(stripped);
    if (!sep) throw new IniSyntaxError(`\`${stripped}\` is neither \`key = value\` nor a [section]`, i + 1);
    const key = stripped.slice(0, sep.index).trim().toLowerCase();
    const value = stripped.slice(sep.index + 1).trim();
    current.set(key, value);
    lastKey = key;
    lastIndent = indent;
  }
  if (current && lastKey !== undefined) current.set(lastKey, current.get(lastKey)!.replace(/\n+$/, ""));
  return { sections, defaults };
}

/** A section's option with BasicInterpolation applied; undefined when absent. */
export function getOption(ini: IniFile, section: string, key: string, extraDefaults: Record<string, string>): string | undefined {
  const sec = ini.sections.get(section);
  const lookup = (name: string): string | undefined =>
    sec?.get(name) ?? ini.defaults.get(name) ?? extraDefaults[name];
  const raw = lookup(key.toLowerCase());
  if (raw === undefined) return undefined;
  return interpolate(raw, lookup, key, 0);
}

function interpolate(value: string, lookup: (name: string) => string | undefined, key: string, depth: number): string {
  if (depth > 10) throw new IniSyntaxError(`interpolation of \`${key}\` is too deeply nested`, 0);
  return value.replace(/%(%|\(([^)]+)\)s)/g, (_m, what: string, name: string | undefined) => {
    if (what === "%") return "%";
    const resolved = lookup(name!.toLowerCase());
    if (resolved === undefined) throw new IniSyntaxError(`\`${key}\` refers to %(${name})s, which is not defined`, 0);
    return interpolate(resolved, lookup, name!, depth + 1);
  });
}
