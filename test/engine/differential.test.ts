// Differential guard for the linter's fast paths (text pre-filters, per-subcommand rule lists, reportsOn, memoised
// facts, position bookkeeping, renderers): `lint` on a fixed corpus must print what the linter printed before those
// paths existed. The expected files were written by the build of commit cf9a676, run from test/engine/differential:
//   lint *.sql --format gcc --fail-on never --jobs 1 --pg-version 15 --assume-in-transaction   > expected/pg15-transaction.gcc
//   lint *.sql … --pg-version 11 --assume-in-transaction, lint *.sql … --no-assume-in-transaction   (digests: no messages)
//   lint edge-*.sql enc-*.sql --format text --fail-on never --jobs 1 --assume-in-transaction    > expected/edge-enc-pg15-transaction.txt
// The corpus: seeded generated migrations (g*.sql: mixed statements, BEGIN/COMMIT, SET timeouts, quoting, case, comments,
// CRLF, ignore comments, syntax errors), targeted cases (edge-*.sql: enum labels spelt other than as added, nested
// INSERT/UPDATE) and encodings (enc-*.sql: Latin-1 bytes, lone CR, U+2028, control characters, NUL, double BOM).
// A difference is either a regression or a deliberate fix; a fix updates the expected file in the same commit.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli";

const DIR = path.join(__dirname, "differential");
const SQL_FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".sql")).sort();

async function lint(files: string[], options: string[]): Promise<string> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => Buffer.alloc(0) };
  const code = await main(["lint", ...files, "--fail-on", "never", "--jobs", "1", ...options], io, DIR);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return stdout;
}

/** A gcc-format report without the messages: "file:line:column: severity [rule]" per finding. */
function digest(gcc: string): string {
  // [^\n], not ".": a message can hold U+2028, a line terminator to JavaScript but not to the report.
  return gcc.replace(/^([^:\n]+:\d+:\d+: [a-z]+): [^\n]* (\[[a-z-]+\])$/gm, "$1 $2");
}

const expected = (name: string) => fs.readFileSync(path.join(DIR, "expected", name), "utf8");

describe("lint output on the differential corpus", () => {
  it("PostgreSQL 15 in a transaction: every finding, message and position", async () => {
    expect(await lint(SQL_FILES, ["--format", "gcc", "--pg-version", "15", "--assume-in-transaction"])).toBe(expected("pg15-transaction.gcc"));
  });

  it("PostgreSQL 11 in a transaction, and autocommit: the same findings at the same positions", async () => {
    expect(digest(await lint(SQL_FILES, ["--format", "gcc", "--pg-version", "11", "--assume-in-transaction"]))).toBe(expected("pg11-transaction.digest"));
    expect(digest(await lint(SQL_FILES, ["--format", "gcc", "--no-assume-in-transaction"]))).toBe(expected("pg15-autocommit.digest"));
  });

  it("text report of the targeted and encoding cases (code frames with tabs, CR, control characters, multi-byte text)", async () => {
    const files = SQL_FILES.filter((f) => f.startsWith("edge-") || f.startsWith("enc-"));
    expect(await lint(files, ["--format", "text", "--assume-in-transaction"])).toBe(expected("edge-enc-pg15-transaction.txt"));
  });
});
