// Where a project's revisions live: alembic.ini (or pyproject.toml [tool.alembic], Alembic ≥ 1.16),
// script_location, version_locations and recursive_version_locations, resolved the way Alembic does.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseToml } from "smol-toml";
import { UsageError } from "../findings";
import type { Settings } from "../settings";
import { getOption, IniSyntaxError, parseIni, type IniFile } from "./ini";
import { relativePath } from "../paths";

export interface AlembicProject {
  /** Absolute: alembic.ini or pyproject.toml. */
  configPath: string;
  configKind: "ini" | "pyproject";
  /** ini section (settings.name). */
  section: string;
  /** Absolute directory. */
  scriptLocation: string;
  /** Absolute directories (default: <scriptLocation>/versions). */
  versionLocations: string[];
  recursiveVersionLocations: boolean;
  /** The working directory (settings.cwd): finding paths are relative to it. */
  cwd: string;
}

/** The options Alembic reads from its main section, whichever file they come from. */
interface MainOptions {
  scriptLocation?: string;
  versionLocations?: string[];
  recursive: boolean;
  /** Where the options came from, for messages: "alembic.ini [alembic]". */
  where: string;
  file: string;
  kind: "ini" | "pyproject";
}

export function discoverProject(settings: Settings): AlembicProject {
  const ini = settings.config;
  const iniExists = fs.existsSync(ini) && fs.statSync(ini).isFile();
  if (settings.configExplicit && !iniExists) {
    throw new UsageError(`${rel(settings, ini)} does not exist; pass --config with the path of your alembic.ini`);
  }
  let main: MainOptions | undefined;
  if (iniExists && path.basename(ini) === "pyproject.toml") {
    main = readPyproject(settings, ini, true);
  } else if (iniExists) {
    main = readIni(settings, ini);
  }
  if (!main?.scriptLocation) {
    // Alembic ≥ 1.16 keeps script_location in pyproject.toml [tool.alembic], beside alembic.ini or instead of it.
    const pyproject = path.join(path.dirname(ini), "pyproject.toml");
    const fromToml = fs.existsSync(pyproject) ? readPyproject(settings, pyproject, false) : undefined;
    if (fromToml?.scriptLocation) main = fromToml;
  }
  if (!main) {
    throw new UsageError(
      `no ${rel(settings, ini)} and no [tool.alembic] in pyproject.toml; run alembic-guard where alembic.ini is, or pass --config PATH`,
    );
  }
  if (!main.scriptLocation) {
    throw new UsageError(`${main.where} has no script_location; add \`script_location = %(here)s/migrations\` (the folder with env.py)`);
  }
  const scriptLocation = resolveLocation(settings, main, main.scriptLocation, "script_location");
  if (!fs.existsSync(scriptLocation) || !fs.statSync(scriptLocation).isDirectory()) {
    throw new UsageError(
      `${main.where}: script_location \`${main.scriptLocation}\` is not a directory (${rel(settings, scriptLocation)}); fix script_location`,
    );
  }
  const versionLocations = main.versionLocations?.length
    ? main.versionLocations.map((loc) => resolveLocation(settings, main, loc, "version_locations"))
    : [path.join(scriptLocation, "versions")];
  if (!main.versionLocations?.length && !fs.existsSync(versionLocations[0])) {
    // Alembic itself fails here ("Path doesn't exist"); say where it looked.
    throw new UsageError(
      `${rel(settings, versionLocations[0])} does not exist; create it (alembic revision does) or set version_locations in ${main.where}`,
    );
  }
  return {
    configPath: main.file,
    configKind: main.kind,
    section: settings.name,
    scriptLocation,
    versionLocations: dedupe(versionLocations),
    recursiveVersionLocations: main.recursive,
    cwd: settings.cwd,
  };
}

function readIni(settings: Settings, file: string): MainOptions {
  let parsed: IniFile;
  const where = `${rel(settings, file)} [${settings.name}]`;
  try {
    parsed = parseIni(fs.readFileSync(file, "utf8"));
  } catch (error) {
    if (error instanceof IniSyntaxError) throw new UsageError(`${rel(settings, file)}:${error.line}: ${error.message}`);
    throw new UsageError(`${rel(settings, file)}: cannot read it: ${(error as Error).message}`);
  }
  if (!parsed.sections.has(settings.name)) {
    const known = [...parsed.sections.keys()].join(", ") || "none";
    throw new UsageError(`${rel(settings, file)} has no [${settings.name}] section (sections: ${known}); pass --name SECTION`);
  }
  const here = path.dirname(file);
  const get = (key: string) => {
    try {
      return getOption(parsed, settings.name, key, { here });
    } catch (error) {
      throw new UsageError(`${where}: ${(error as Error).message}`);
    }
  };
  const raw = get("version_locations");
  let versionLocations: string[] | undefined;
  if (raw) versionLocations = splitVersionLocations(raw, get("path_separator"), get("version_path_separator"), where);
  return {
    scriptLocation: get("script_location") || undefined,
    versionLocations,
    recursive: (get("recursive_version_locations") ?? "").toLowerCase() === "true",
    where,
    file,
    kind: "ini",
  };
}

function readPyproject(settings: Settings, file: string, explicit: boolean): MainOptions | undefined {
  const where = `${rel(settings, file)} [tool.alembic]`;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${rel(settings, file)}: not valid TOML: ${(error as Error).message.split("\n")[0]}`);
  }
  const table = (doc.tool as Record<string, unknown> | undefined)?.alembic as Record<string, unknown> | undefined;
  if (!table || typeof table !== "object") {
    if (explicit) throw new UsageError(`${rel(settings, file)} has no [tool.alembic] table; pass --config with your alembic.ini`);
    return undefined;
  }
  const here = path.dirname(file);
  // Alembic ≥ 1.16 substitutes %(here)s in pyproject values too.
  const sub = (value: string) => value.replace(/%\(here\)s/g, here).replace(/%%/g, "%");
  const str = (key: string): string | undefined => {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw new UsageError(`${where}: \`${key}\` must be a string`);
    return sub(value);
  };
  let versionLocations: string[] | undefined;
  const vl = table.version_locations;
  if (Array.isArray(vl)) {
    if (vl.some((v) => typeof v !== "string")) throw new UsageError(`${where}: \`version_locations\` must be a list of paths`);
    versionLocations = (vl as string[]).map(sub);
  } else if (typeof vl === "string") {
    versionLocations = splitVersionLocations(sub(vl), str("path_separator"), undefined, where);
  } else if (vl !== undefined) {
    throw new UsageError(`${where}: \`version_locations\` must be a list of paths`);
  }
  const recursive = table.recursive_version_locations;
  return {
    scriptLocation: str("script_location"),
    versionLocations,
    recursive: recursive === true || (typeof recursive === "string" && recursive.toLowerCase() === "true"),
    where,
    file,
    kind: "pyproject",
  };
}

const SEPARATORS: Record<string, string> = { space: " ", newline: "\n", os: path.delimiter, ":": ":", ";": ";", ",": "," };

/** Split version_locations like Alembic: path_separator (≥ 1.16) or version_path_separator, else legacy space/comma. */
export function splitVersionLocations(raw: string, pathSeparator: string | undefined, versionPathSeparator: string | undefined, where = ""): string[] {
  const key = pathSeparator !== undefined ? "path_separator" : "version_path_separator";
  const chosen = pathSeparator ?? versionPathSeparator;
  if (chosen === undefined) return raw.split(/, *| +|\n/).map((s) => s.trim()).filter(Boolean);
  const sep = SEPARATORS[chosen];
  if (sep === undefined) {
    throw new UsageError(`${where}: \`${key} = ${chosen}\` is not valid; expected one of ${Object.keys(SEPARATORS).join(", ")}`);
  }
  return raw.split(sep).map((s) => s.trim()).filter(Boolean);
}

/**
 * Resolve a location like Alembic: `package:path` is a resource inside an importable package
 * (looked up inside the repository), otherwise a path relative to the working directory. When the
 * working directory is not the config's folder, a path relative to the config's folder is accepted too.
 */
function resolveLocation(settings: Settings, main: MainOptions, location: string, key: string): string {
  const resource = /^([A-Za-z_][\w.]*):(?![\\/])(.*)$/.exec(location);
  if (resource && !/^[A-Za-z]$/.test(resource[1])) {
    const pkgPath = resource[1].split(".").join(path.sep);
    const roots = dedupe([settings.cwd, path.dirname(main.file), path.join(settings.cwd, "src"), path.join(path.dirname(main.file), "src")]);
    for (const root of roots) {
      const pkgDir = path.join(root, pkgPath);
      if (fs.existsSync(pkgDir) && fs.statSync(pkgDir).isDirectory()) return path.join(pkgDir, resource[2]);
    }
    throw new UsageError(
      `${main.where}: ${key} \`${location}\` names package \`${resource[1]}\`, which is not a folder under ${roots.map((r) => rel(settings, r) || ".").join(", ")}`,
    );
  }
  const fromCwd = path.resolve(settings.cwd, location);
  if (fs.existsSync(fromCwd)) return fromCwd;
  const fromConfig = path.resolve(path.dirname(main.file), location);
  if (fs.existsSync(fromConfig)) return fromConfig;
  return fromCwd;
}

function rel(settings: Settings, file: string): string {
  return relativePath(settings.cwd, file);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
