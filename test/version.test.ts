// `alembic-guard --version` and SARIF's tool version come from src/version.ts, which must match package.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli";
import { renderFindings } from "../src/report";
import { VERSION } from "../src/version";

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { version: string };

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => Buffer.alloc(0) });
  return { code, stdout, stderr };
}

describe("version", () => {
  it("is package.json's", () => {
    expect(VERSION).toBe(pkg.version);
  });

  it("is printed by --version and -V, exit 0", async () => {
    for (const flag of ["--version", "-V"]) expect(await run([flag])).toEqual({ code: 0, stdout: `alembic-guard ${pkg.version}\n`, stderr: "" });
  });

  it("is SARIF's tool.driver.version", () => {
    const sarif = JSON.parse(renderFindings("sarif", [], { colour: false, sourceText: () => undefined }));
    expect(sarif.runs[0].tool.driver.version).toBe(pkg.version);
  });
});
