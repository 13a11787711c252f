// Fix commands in findings must work when pasted: they name the config and section when not the defaults.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { alembicCommand } from "../src/alembic-command";
import { discoverProject } from "../src/discover";
import { graphReport } from "../src/graph";
import { graphSettings, makeProject, rev } from "./graph/helpers";

describe("alembicCommand", () => {
  it("is plain `alembic` for ./alembic.ini [alembic]", () => {
    expect(alembicCommand({ cwd: "/repo", config: "/repo/alembic.ini", name: "alembic" })).toBe("alembic");
  });
  it("adds -c with the config relative to the working directory, and -n for another section", () => {
    expect(alembicCommand({ cwd: "/repo", config: "/repo/backend/alembic.ini", name: "alembic" })).toBe("alembic -c backend/alembic.ini");
    expect(alembicCommand({ cwd: "/repo", config: "/repo/alembic.ini", name: "reporting" })).toBe("alembic -n reporting");
    expect(alembicCommand({ cwd: "/repo", config: "/repo/my dir/alembic.ini", name: "alembic" })).toBe("alembic -c 'my dir/alembic.ini'");
  });
  it("is what the multiple-heads help tells the user to paste", () => {
    const dir = makeProject({ "a.py": rev("a", null), "b.py": rev("b", "a"), "c.py": rev("c", "a") });
    const outside = path.dirname(dir);
    const settings = graphSettings(outside, { config: path.join(path.basename(dir), "alembic.ini") });
    const heads = graphReport(discoverProject(settings), settings).findings.find((f) => f.rule === "multiple-heads")!;
    expect(heads.help).toContain(`\`alembic -c ${path.basename(dir)}/alembic.ini merge -m "merge heads" b c\``);
  });
});
