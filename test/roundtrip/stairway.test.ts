// The stairway end to end: real Alembic 1.8.1 (/usr/bin/python3) on a real PostgreSQL 15 that the round trip
// starts itself, one fixture project per finding, and a clean project that yields none.
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph";
import { downgradeTarget } from "../../src/roundtrip";
import { startThrowawayPostgres } from "../../src/roundtrip/postgres";
import { inPrivateTmp, roundtripFixture, summary } from "./helpers";

describe("a clean project", () => {
  it("yields zero findings, every revision ok, and the live SQL of each first upgrade", async () => {
    const progress: string[] = [];
    const { value: result, leftovers } = await inPrivateTmp(() => roundtripFixture("clean", { progress }));
    expect(leftovers).toEqual([]);
    expect(summary(result.findings)).toEqual([]);
    expect(result.skipped).toBeUndefined();
    expect(result.report!.server).toMatch(/^PostgreSQL 15\.\d+ \(local, started by alembic-guard\)$/);
    expect(result.report!.revisions.map((r) => [r.revision, r.result])).toEqual([
      ["c001users", "ok"],
      ["c002status", "ok"],
      ["c003index", "ok"],
    ]);
    for (const r of result.report!.revisions) expect(Number.isInteger(r.upgrade_ms) && Number.isInteger(r.downgrade_ms)).toBe(true);
    // The live tier: what the first upgrade of each revision sent, pointing at the op.* call.
    const c002 = result.captured.get("c002status")!.filter((s) => !s.bookkeeping);
    expect(c002.map((s) => s.sql.trim().split(/\s+/).slice(0, 3).join(" "))).toEqual(["CREATE TYPE order_status", "CREATE TABLE orders"]);
    expect(c002.every((s) => s.file?.endsWith("versions/c002_status.py") && s.line === 12)).toBe(true);
    expect(progress.some((l) => /^c003index {2}upgrade \d+ ms, downgrade \d+ ms, upgrade again \d+ ms: ok$/.test(l))).toBe(true);
    expect(progress).toContain("downgrade base: nothing left behind");
  });

  it("walks a branch point and a merge, downgrading each revision alone", async () => {
    const result = await roundtripFixture("branches");
    // Adding users.nickname on b002right locks users for an instant: kept as evidence, not reported; nothing else is found.
    expect(result.findings).toEqual([]);
    expect(result.evidence!.map((f) => [f.rule, f.revision])).toEqual([["access-exclusive-lock-observed", "b002right"]]);
    expect(result.report!.revisions.map((r) => [r.revision, r.result])).toEqual([
      ["b000base", "ok"],
      ["b001left", "ok"],
      ["b002right", "ok"],
      ["b003merge", "ok"],
    ]);
  });

  it("treats env.py's own version_table as Alembic's bookkeeping, not as a table the downgrades leave behind", async () => {
    const progress: string[] = [];
    const result = await roundtripFixture("custom_version_table", { progress });
    expect(summary(result.findings)).toEqual([]);
    expect(result.report!.revisions.map((r) => [r.revision, r.result])).toEqual([
      ["c001users", "ok"],
      ["c002status", "ok"],
      ["c003index", "ok"],
    ]);
    expect(progress).toContain("downgrade base: nothing left behind");
  });
});

describe("a merge whose parents carry other heads", () => {
  it("downgrades the merge to one parent, puts back the head that took with it, and finds nothing", async () => {
    const progress: string[] = [];
    const result = await roundtripFixture("busy_merge", { progress });
    expect(result.graph.order).toEqual(["m0base", "m1left", "m2right", "m3leftmore", "m4rightmore", "m5merge"]);
    expect(result.findings).toEqual([]);
    expect(result.report!.revisions.map((r) => r.result)).toEqual(["ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(progress).toContain("downgrade base: nothing left behind");
  });
});

describe("downgradeTarget", () => {
  const rev = (revision: string, downRevisions: string[]) => ({ revision, downRevisions, dependsOn: [], branchLabels: [], file: `/p/${revision}.py`, line: 1, unresolved: [] });
  const graph = buildGraph([rev("a", []), rev("b", ["a"]), rev("c", ["a"]), rev("m", ["b", "c"]), rev("x", ["b"])]);

  it("steps back along the revision's own branch", () => {
    expect(downgradeTarget(graph, "c", new Set(["a", "b", "c"]))).toEqual({ target: "c@-1", lostHeads: [] });
    expect(downgradeTarget(graph, "a", new Set(["a"]))).toEqual({ target: "a@-1", lostHeads: [] });
  });

  it("downgrades a merge to a parent nothing else sits on, or says which heads to put back", () => {
    expect(downgradeTarget(graph, "m", new Set(["a", "b", "c", "m"]))).toEqual({ target: "b", lostHeads: [] });
    expect(downgradeTarget(graph, "m", new Set(["a", "b", "c", "m", "x"]))).toEqual({ target: "c", lostHeads: [] });
  });
});

describe("findings", () => {
  it("downgrade-mismatch names the enum type left behind and where it was created; the re-upgrade then fails", async () => {
    const result = await roundtripFixture("enum_leftover");
    expect(summary(result.findings)).toEqual([
      "downgrade-mismatch versions/e002_orders.py:12 enum type `status_enum` still exists after downgrade of e002orders (created at versions/e002_orders.py:12)",
      "migration-failed versions/e002_orders.py:12 upgrade after downgrade of e002orders failed: ProgrammingError (SQLSTATE 42710): type \"status_enum\" already exists",
    ]);
    const [mismatch, failed] = result.findings;
    expect(mismatch).toMatchObject({ severity: "error", revision: "e002orders", sql: expect.stringMatching(/^CREATE TYPE status_enum AS ENUM/) });
    expect(mismatch.help).toContain('sa.Enum(name="status_enum").drop(op.get_bind(), checkfirst=False)');
    expect(failed.help).toContain("the downgrade left something behind");
    expect(result.report!.revisions.map((r) => r.result)).toEqual(["ok", "failed"]);
  });

  it("downgrade-base-leftovers lists what `downgrade base` leaves, with the revision that created it", async () => {
    const result = await roundtripFixture("sequence_leftover");
    const leftovers = result.findings.filter((f) => f.rule === "downgrade-base-leftovers");
    expect(summary(leftovers)).toEqual([
      "downgrade-base-leftovers versions/s002_invoice_numbers.py:12 sequence `invoice_numbers` is left behind by `alembic downgrade base` (created by s002invoices at versions/s002_invoice_numbers.py:12)",
    ]);
    expect(leftovers[0].revision).toBe("s002invoices");
    expect(result.findings.filter((f) => f.rule === "downgrade-mismatch").map((f) => f.message)).toEqual([
      "sequence `invoice_numbers` still exists after downgrade of s002invoices (created at versions/s002_invoice_numbers.py:12)",
    ]);
  });

  it("reupgrade-mismatch: the second upgrade gives a different column than the first", async () => {
    const result = await roundtripFixture("reupgrade");
    expect(summary(result.findings.filter((f) => f.rule === "reupgrade-mismatch"))).toEqual([
      "reupgrade-mismatch versions/u002_score.py:12 column `users.score` differs between the first and the second upgrade of u002score: nullable: NOT NULL (first) → NULL (second); default: 0 (first) → (none) (second)",
    ]);
    expect(result.report!.revisions.find((r) => r.revision === "u002score")!.result).toBe("mismatch");
  });

  it("migration-failed: SQLSTATE, PostgreSQL's message, the op.* call and the traceback tail; the rest is skipped", async () => {
    const result = await roundtripFixture("failing");
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0];
    expect(f).toMatchObject({ rule: "migration-failed", severity: "error", file: "versions/f002_typo.py", line: 12, revision: "f002typo" });
    const [first, ...tail] = f.message.split("\n");
    expect(first).toBe('upgrade of f002typo failed: ProgrammingError (SQLSTATE 42P01): relation "user" does not exist');
    expect(tail[0]).toMatch(/^ *File ".*versions\/f002_typo\.py", line 12, in upgrade$/);
    expect(tail[tail.length - 1]).toMatch(/relation "user" does not exist/);
    expect(f.help).toContain("does not exist at this point");
    expect(result.report!.revisions.map((r) => r.result)).toEqual(["ok", "failed"]);
  });

  it("--with-rows makes ADD COLUMN ... NOT NULL without a default fail as it would on a production table", async () => {
    const empty = await roundtripFixture("needs_rows");
    expect(empty.findings).toEqual([]);
    const withRows = await roundtripFixture("needs_rows", { raw: { "with-rows": true } });
    expect(summary(withRows.findings).map((l) => l.split("\n")[0])).toEqual([
      'migration-failed versions/n002_nickname.py:12 upgrade of n002nickname failed: IntegrityError (SQLSTATE 23502): column "nickname" of relation "users" contains null values — with one row in each table (--with-rows), as a production table has',
    ]);
    expect(withRows.findings[0].help).toMatch(/^The table already has rows: add the column nullable or with a server_default/);
  });

  it("--with-rows makes a USING cast that only works on empty tables fail with the cast's error", async () => {
    const empty = await roundtripFixture("bad_cast");
    expect(empty.findings.filter((f) => f.rule === "migration-failed")).toEqual([]);
    const withRows = await roundtripFixture("bad_cast", { raw: { "with-rows": true } });
    expect(summary(withRows.findings.filter((f) => f.rule === "migration-failed")).map((l) => l.split("\n")[0])).toEqual([
      'migration-failed versions/b002_code_uuid.py:13 upgrade of b002codeuuid failed: DataError (SQLSTATE 22P02): invalid input syntax for type uuid: "x" — with one row in each table (--with-rows), as a production table has',
    ]);
    expect(withRows.findings.find((f) => f.rule === "migration-failed")!.help).toMatch(/^Existing data does not fit/);
  });

  it("irreversible-migration is info, the stairway goes on, and minimum_downgrade_revision stops it there on purpose", async () => {
    const result = await roundtripFixture("irreversible");
    const irreversible = result.findings.filter((f) => f.rule === "irreversible-migration");
    expect(summary(irreversible)).toEqual([
      "irreversible-migration versions/i002_cleanup.py:16 downgrade of i002cleanup raises NotImplementedError: this revision cannot be rolled back, so the round trip does not downgrade past it",
    ]);
    expect(irreversible[0].severity).toBe("info");
    expect(irreversible[0].help).toContain('minimum_downgrade_revision = "i002cleanup"');
    expect(result.report!.revisions.map((r) => [r.revision, r.result])).toEqual([
      ["i001users", "ok"],
      ["i002cleanup", "irreversible"],
      ["i003names", "ok"],
    ]);

    const progress: string[] = [];
    const floored = await roundtripFixture("irreversible", { settings: { minimumDowngradeRevision: "i002cleanup" }, progress });
    expect(floored.findings).toEqual([]);
    expect(floored.report!.revisions.map((r) => [r.revision, r.result])).toEqual([
      ["i001users", "skipped"],
      ["i002cleanup", "skipped"],
      ["i003names", "ok"],
    ]);
    expect(progress).toContain("downgrade i002cleanup: nothing left behind");
  });

  it("table-rewrite-observed, and access-exclusive-lock-observed only where the lock was held long or the table rewritten", async () => {
    const result = await roundtripFixture("observed");
    expect(result.findings.map((f) => [f.rule, f.file, f.line, f.revision, f.confirmed, f.sql])).toEqual([
      ["table-rewrite-observed", "versions/o002_bigint_id.py", 12, "o002bigint", "confirmed on PostgreSQL 15: table `users` rewritten (new storage)", "ALTER TABLE users ALTER COLUMN id TYPE BIGINT"],
      ["access-exclusive-lock-observed", "versions/o002_bigint_id.py", 12, "o002bigint", "confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `users` held until commit", "ALTER TABLE users ALTER COLUMN id TYPE BIGINT"],
      ["access-exclusive-lock-observed", "versions/o004_nickname_backfill.py", 12, "o004backfill", expect.stringMatching(/^confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `users` held for \d+ ms until commit$/), "ALTER TABLE users ADD COLUMN nickname TEXT"],
    ]);
    expect(result.findings[0].message).toBe(
      "upgrade of o002bigint rewrote table `users` (it got new storage): `ALTER TABLE users ALTER COLUMN id TYPE BIGINT`; on a large table that copies every row while holding an ACCESS EXCLUSIVE lock",
    );
    expect(result.findings[0].severity).toBe("warning");
    expect(result.findings[1].severity).toBe("info");
    // The ADD COLUMN itself is instant; the pg_sleep(0.15) after it in the same transaction keeps users locked.
    const held = Number(/while (\d+) ms of statements ran/.exec(result.findings[2].message)?.[1]);
    expect(held).toBeGreaterThanOrEqual(150);
    expect(result.findings[2].message).toMatch(/^upgrade of o004backfill held an ACCESS EXCLUSIVE lock on existing table `users` until commit, taken by `ALTER TABLE users ADD COLUMN nickname TEXT`, while \d+ ms of statements ran: /);
    // o005's ADD COLUMN on notes holds the lock for an instant: evidence for a lint finding, not a finding.
    expect(result.evidence!.map((f) => [f.rule, f.file, f.line, f.confirmed])).toEqual([
      ["access-exclusive-lock-observed", "versions/o005_note_title.py", 12, "confirmed on PostgreSQL 15: ACCESS EXCLUSIVE lock on `notes` held until commit"],
    ]);
  });

  it("model-drift lists what the models have and the migrations do not", async () => {
    const result = await roundtripFixture("drift", { raw: { drift: true } });
    expect(summary(result.findings)).toEqual([
      "model-drift versions/d001_users.py:5 the migrated database differs from the models (add_column): column users.nickname is in the models but no migration creates it",
    ]);
    const off = await roundtripFixture("drift");
    expect(off.findings).toEqual([]);
  });

  it("a migration that hangs is stopped at --step-timeout, reported, and everything is cleaned up", async () => {
    const started = Date.now();
    const { value: result, leftovers } = await inPrivateTmp(() => roundtripFixture("hang", { raw: { "step-timeout": "2" } }));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(leftovers).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.file])).toEqual([["migration-failed", "versions/h002_slow.py"]]);
    expect(result.findings[0].message).toMatch(/^upgrade of h002slow did not finish: upgrade h002slow did not finish within 2 s/);
  });

  it("roundtrip-unavailable (info) says why when Python has no alembic", async () => {
    const result = await roundtripFixture("clean", { python: "python3" });
    expect(result.report).toBeUndefined();
    expect(result.skipped).toMatch(/alembic|No module/);
    expect(result.findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([["roundtrip-unavailable", "info", "alembic.ini", 1]]);
  });
});

describe("scope and servers", () => {
  it("upgrades out-of-scope ancestors without checking them", async () => {
    const result = await roundtripFixture("sequence_leftover", { scope: ["s002invoices"] });
    expect(result.report!.revisions.map((r) => r.revision)).toEqual(["s002invoices"]);
    expect([...result.captured.keys()]).toEqual(["s002invoices"]);
    expect(result.findings.filter((f) => f.revision === "s001users")).toEqual([]);
  });

  it("runs on a database of its own on a server given by --database-url, and drops it", async () => {
    const server = await startThrowawayPostgres({ allowRemote: false });
    try {
      const url = `postgresql://postgres@/postgres?host=${server.clientConfig.host}`;
      const result = await roundtripFixture("clean", { raw: { "database-url": url } });
      expect(result.findings).toEqual([]);
      expect(result.report!.server).toMatch(/^PostgreSQL 15\.\d+ \(database alembic_guard_[0-9a-f]{12} on a local socket, dropped at the end\)$/);
      const client = new Client(server.clientConfig);
      await client.connect();
      const dbs = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'alembic_guard_%'");
      const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
      await client.end();
      expect(dbs.rows).toEqual([]);
      expect(tables.rows[0].n).toBe(0);
    } finally {
      await server.close();
    }
  });
});
