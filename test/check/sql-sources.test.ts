import { describe, expect, it } from "vitest";
import { capturedSources, withNumberedParameters } from "../../src/check/sql-sources";
import type { CapturedStatement } from "../../src/driver/protocol";

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
