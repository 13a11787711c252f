// Finding script_location and version_locations the way Alembic does, and one-line errors when it cannot.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverProject, splitVersionLocations } from "../../src/discover";
import { getOption, parseIni } from "../../src/discover/ini";
import { UsageError } from "../../src/findings";
import { graphSettings } from "../graph/helpers";
import { tempDir } from "../helpers/tmp";

function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir("ag-discover-"));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (name.endsWith("/")) fs.mkdirSync(full, { recursive: true });
    else fs.writeFileSync(full, content);
  }
  return dir;
}

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a UsageError");
}

describe("ini parsing (configparser semantics)", () => {
  const ini = parseIni(
    [
      "[DEFAULT]",
      "base = %(here)s/db",
      "",
      "[alembic]",
      "# a comment",
      "Script_Location = %(base)s/migrations",
      "version_locations =",
      "    %(here)s/a",
      "",
      "    %(here)s/b",
      "file_template = %%(rev)s_%%(slug)s",
      "other: colon form",
    ].join("\n"),
  );
  const get = (key: string) => getOption(ini, "alembic", key, { here: "/p" });
  it("interpolates %(here)s through DEFAULT, keys case-insensitive", () => expect(get("script_location")).toBe("/p/db/migrations"));
  it("keeps continuation lines", () => expect(get("version_locations")).toBe("\n/p/a\n\n/p/b"));
  it("turns %% into %", () => expect(get("file_template")).toBe("%(rev)s_%(slug)s"));
  it("accepts key: value", () => expect(get("other")).toBe("colon form"));
});

describe("version_locations separators", () => {
  it.each([
    ["a b,c, d", undefined, undefined, ["a", "b", "c", "d"]],
    ["a;b c", undefined, ";", ["a", "b c"]],
    ["a:b", undefined, "os", path.delimiter === ":" ? ["a", "b"] : ["a:b"]],
    ["a b", undefined, "space", ["a", "b"]],
    ["\na\nb c\n", "newline", undefined, ["a", "b c"]],
    ["a,b", ",", "space", ["a", "b"]],
  ])("%j with path_separator=%s version_path_separator=%s", (raw, pathSep, versionSep, expected) => {
    expect(splitVersionLocations(raw, pathSep, versionSep)).toEqual(expected);
  });
  it("rejects an unknown separator naming the key", () => {
    expect(usageError(() => splitVersionLocations("a", undefined, "pipe", "alembic.ini [alembic]"))).toMatch(/version_path_separator = pipe/);
  });
});

describe("discoverProject", () => {
  it("alembic.ini with %(here)s and the default versions folder", () => {
    const dir = tree({ "alembic.ini": "[alembic]\nscript_location = %(here)s/migrations\n", "migrations/versions/": "" });
    const project = discoverProject(graphSettings(dir));
    expect(project).toMatchObject({ configKind: "ini", section: "alembic", scriptLocation: path.join(dir, "migrations"), versionLocations: [path.join(dir, "migrations/versions")], recursiveVersionLocations: false });
  });

  it("a relative script_location resolves from the working directory, else from the config's folder", () => {
    const dir = tree({ "backend/alembic.ini": "[alembic]\nscript_location = alembic\nrecursive_version_locations = true\n", "backend/alembic/versions/": "" });
    const project = discoverProject(graphSettings(dir, { config: "backend/alembic.ini" }));
    expect(project.scriptLocation).toBe(path.join(dir, "backend/alembic"));
    expect(project.recursiveVersionLocations).toBe(true);
  });

  it("--name picks another section", () => {
    const dir = tree({ "alembic.ini": "[alembic]\nscript_location = one\n[tenant]\nscript_location = two\n", "one/versions/": "", "two/versions/": "" });
    expect(discoverProject(graphSettings(dir, { name: "tenant" })).scriptLocation).toBe(path.join(dir, "two"));
  });

  it("package:path script_location is found inside the repository", () => {
    const dir = tree({ "alembic.ini": "[alembic]\nscript_location = app.db:migrations\n", "src/app/db/migrations/versions/": "", "src/app/__init__.py": "" });
    expect(discoverProject(graphSettings(dir)).scriptLocation).toBe(path.join(dir, "src/app/db/migrations"));
  });

  it("pyproject.toml [tool.alembic] when there is no alembic.ini (Alembic ≥ 1.16)", () => {
    const dir = tree({
      "pyproject.toml": '[tool.alembic]\nscript_location = "%(here)s/migrations"\nversion_locations = ["%(here)s/migrations/versions", "%(here)s/more"]\nrecursive_version_locations = true\n',
      "migrations/versions/": "",
      "more/": "",
    });
    const project = discoverProject(graphSettings(dir));
    expect(project).toMatchObject({ configKind: "pyproject", configPath: path.join(dir, "pyproject.toml"), recursiveVersionLocations: true });
    expect(project.versionLocations).toEqual([path.join(dir, "migrations/versions"), path.join(dir, "more")]);
  });

  it("pyproject.toml supplies script_location when alembic.ini has none", () => {
    const dir = tree({ "alembic.ini": "[alembic]\nsqlalchemy.url = postgresql:///x\n", "pyproject.toml": '[tool.alembic]\nscript_location = "db"\n', "db/versions/": "" });
    expect(discoverProject(graphSettings(dir)).scriptLocation).toBe(path.join(dir, "db"));
  });

  it.each([
    ["no config at all", {}, {}, /alembic\.ini.*--config/],
    ["an explicit --config that does not exist", {}, { config: "nope.ini" }, /nope\.ini does not exist/],
    ["a missing section", { "alembic.ini": "[other]\nx = 1\n" }, {}, /no \[alembic\] section.*--name/],
    ["no script_location", { "alembic.ini": "[alembic]\nx = 1\n" }, {}, /script_location/],
    ["a script_location that is not a folder", { "alembic.ini": "[alembic]\nscript_location = gone\n" }, {}, /gone.*not a directory/],
    ["no versions folder", { "alembic.ini": "[alembic]\nscript_location = m\n", "m/env.py": "" }, {}, /m\/versions does not exist/],
    ["an undefined interpolation", { "alembic.ini": "[alembic]\nscript_location = %(nope)s/m\n" }, {}, /%\(nope\)s/],
    ["a broken ini line", { "alembic.ini": "[alembic]\njust words\n" }, {}, /alembic\.ini:2/],
    ["a missing package", { "alembic.ini": "[alembic]\nscript_location = nopkg:migrations\n" }, {}, /package `nopkg`/],
    ["bad TOML", { "pyproject.toml": "[tool.alembic\n" }, {}, /not valid TOML/],
  ] as const)("%s → one-line UsageError", (_label, files, raw, pattern) => {
    const dir = tree(files as Record<string, string>);
    expect(usageError(() => discoverProject(graphSettings(dir, raw)))).toMatch(pattern);
  });
});
