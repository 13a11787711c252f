// How long an observed ACCESS EXCLUSIVE lock was held: the statement that took it and the ones after it until
// the transaction commits (an autocommit_block() commits it).
import { describe, expect, it } from "vitest";
import type { CapturedStatement } from "../../src/driver/protocol";
import { LOCK_HELD_REPORT_MS, lockHeldMs } from "../../src/roundtrip/stairway";

const stmt = (sql: string, ms: number, in_transaction = true, bookkeeping = false): CapturedStatement => ({ sql, ms, in_transaction, bookkeeping, revision: "r1", file: "/p/versions/r1.py", line: 1 });

describe("lockHeldMs", () => {
  const alter = stmt("ALTER TABLE users ADD COLUMN nickname TEXT", 0.4);
  const statements = [stmt("SET lock_timeout = '5s'", 0.1), alter, stmt("UPDATE users SET nickname = email", 70), stmt("UPDATE alembic_version SET version_num='r1'", 0.2, true, true)];

  it("adds the statements after the lock-taking one until commit", () => {
    expect(lockHeldMs(statements, alter)).toBeCloseTo(70.6, 5);
    expect(lockHeldMs(statements, alter)).toBeGreaterThanOrEqual(LOCK_HELD_REPORT_MS);
  });

  it("stops where an autocommit block commits the transaction", () => {
    const withBlock = [alter, stmt("CREATE INDEX CONCURRENTLY ix ON users (nickname)", 900, false), stmt("UPDATE users SET x = 1", 5)];
    expect(lockHeldMs(withBlock, alter)).toBeCloseTo(0.4, 5);
  });

  it("a statement outside any transaction holds its lock only while it runs", () => {
    const vacuum = stmt("VACUUM FULL users", 30, false);
    expect(lockHeldMs([vacuum, stmt("SELECT 1", 100, false)], vacuum)).toBe(30);
  });

  it("without the lock-taking statement, counts from the transaction's first statement of the migration", () => {
    expect(lockHeldMs(statements, undefined)).toBeCloseTo(70.7, 5);
    expect(lockHeldMs([], undefined)).toBe(0);
  });
});
