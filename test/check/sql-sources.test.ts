import { describe, expect, it } from "vitest";
import { capturedSources, withNumberedParameters } from "../../src/check/sql-sources";
import type { CapturedStatement } from "../../src/driver/protocol";
import { tempDir } from "../helpers/tmp";
import { revisionSource, runCheck, writeProject } from "./helpers";

describe("captured statements as SQL sources", () => {
  const stmt = (over: Partial<CapturedStatement>): CapturedStatement => ({
    sql: "SELECT 1",
    revision: "r1",
    file: "/proj/migrations/versions/r1.py",
    line: 10,
    in_transaction: true,
    ...over,
  });

  it("keeps the user's statements, per revision, at the op.* call's file:line and transaction state", () => {
    const sources = capturedSources(
      [
        stmt({ sql: "CREATE TABLE alembic_version (version_num varchar(32))", revision: null, file: null, line: null, bookkeeping: true }),
        stmt({ sql: "CREATE INDEX ix ON t (a)", line: 12 }),
        stmt({ sql: "UPDATE alembic_version SET version_num='r1'", bookkeeping: true }),
        stmt({ sql: "CREATE INDEX CONCURRENTLY ix2 ON t (b)", line: 14, in_transaction: false }),
        stmt({ sql: "ALTER TABLE u ADD x int", revision: "r2", file: "/proj/migrations/versions/r2.py", line: 3 }),
        stmt({ sql: "SELECT now()", file: null, line: null }), // env.py, not a revision file
      ],
      "/proj",
    );
    expect([...sources.keys()]).toEqual(["r1", "r2"]);
    expect(sources.get("r1")).toEqual([
      { text: "CREATE INDEX ix ON t (a)", file: "migrations/versions/r1.py", line: 12, inTransaction: true, revision: "r1" },
      { text: "CREATE INDEX CONCURRENTLY ix2 ON t (b)", file: "migrations/versions/r1.py", line: 14, inTransaction: false, revision: "r1" },
    ]);
  });

  it("turns DBAPI placeholders of live statements into $n, which PostgreSQL's parser accepts", () => {
    expect(withNumberedParameters("INSERT INTO t (a, b) VALUES (%(a)s, %(b)s)")).toBe("INSERT INTO t (a, b) VALUES ($1, $2)");
    expect(withNumberedParameters("UPDATE t SET a = %s WHERE b = %s AND c LIKE 'x%%'")).toBe("UPDATE t SET a = $1 WHERE b = $2 AND c LIKE 'x%'");
    expect(withNumberedParameters("SELECT %(a)s, %(a)s, %(b)s")).toBe("SELECT $1, $1, $2");
    const live = capturedSources([stmt({ sql: "INSERT INTO t VALUES (%(x)s)", parameters: { x: 1 } })], "/proj");
    expect(live.get("r1")![0].text).toBe("INSERT INTO t VALUES ($1)");
  });
});

describe("static tier sources", () => {
  it("reads op.execute of module-level SQL constants and text() run through the connection", async () => {
    const dir = tempDir("ag-static-");
    writeProject(dir, {
      "0001_a.py": revisionSource("0001", null, `op.create_table("users", sa.Column("id", sa.Integer()))`, `op.drop_table("users")`),
      "0002_b.py":
        `PURGE = "DELETE FROM users"\n` +
        revisionSource(
          "0002",
          "0001",
          [
            `op.execute(PURGE)`,
            `conn = op.get_bind()`,
            `with op.get_context().autocommit_block():`,
            `    conn.execute(sa.text("CREATE INDEX CONCURRENTLY ix_users_id ON users (id)"))`,
            `conn.execute(sa.text("UPDATE users SET id = id + 1"))`,
          ].join("\n"),
        ),
    });
    const result = await runCheck(dir, { all: true, "no-database": true, python: "/nonexistent/python3" });
    const in0002 = result.findings.filter((f) => f.revision === "0002").map((f) => `${f.line} ${f.rule}`);
    expect(in0002).toContain("13 delete-without-where");
    expect(in0002).toContain("17 update-without-where");
    // Inside the autocommit block: CONCURRENTLY is fine there.
    expect(in0002.filter((l) => l.startsWith("16 ")).filter((l) => /concurrent/.test(l))).toEqual([]);
  });
});

describe("static tier sources in dialect branches", () => {
  it("leaves out SQL a revision runs only on another database, keeps the PostgreSQL branch's", async () => {
    const dir = tempDir("ag-static-");
    writeProject(dir, {
      "0001_a.py": revisionSource(
        "0001",
        null,
        [
          `url = str(op.get_bind().engine.url)`,
          `if url.startswith("mysql"):`,
          `    op.execute("DELETE FROM users")`,
          `elif url.startswith("postgres"):`,
          `    op.execute("UPDATE users SET id = id + 1")`,
        ].join("\n"),
      ),
    });
    const result = await runCheck(dir, { all: true, "static-only": true });
    const rules = result.findings.filter((f) => f.revision === "0001").map((f) => `${f.line} ${f.rule}`);
    expect(rules).toContain("16 update-without-where");
    expect(rules.filter((r) => r.includes("delete-without-where"))).toEqual([]);
  });
});
