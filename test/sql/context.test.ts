import { beforeAll, describe, expect, it } from "vitest";
import { buildLintContext, parseTimeoutMillis } from "../../src/sql/context";
import { loadSqlParser, parseSqlSources } from "../../src/sql/parse";

beforeAll(() => loadSqlParser());

const contextOf = (text: string, inTransaction = false) => {
  const { statements } = parseSqlSources([{ text, file: "m.sql", inTransaction }]);
  return { statements, ctx: buildLintContext(statements, 15) };
};

describe("settings made earlier", () => {
  it("SET, SET TO, RESET and SET … TO DEFAULT", () => {
    const { ctx } = contextOf("SELECT 0; SET lock_timeout = '5s'; SELECT 2; SET lock_timeout TO 100; SELECT 4; RESET lock_timeout; SELECT 6; SET lock_timeout = 0; SET lock_timeout TO DEFAULT; SELECT 9;");
    expect([0, 2, 4, 6, 8, 9].map((i) => ctx.settingBefore("lock_timeout", i))).toEqual([undefined, "5s", "100", undefined, "0", undefined]);
    expect(ctx.timeoutMillisBefore("lock_timeout", 2)).toBe(5000);
    expect(ctx.timeoutMillisBefore("lock_timeout", 8)).toBe(0);
    expect(ctx.settingBefore("LOCK_TIMEOUT", 2)).toBe("5s");
  });

  it("SET LOCAL lasts until COMMIT/ROLLBACK and does nothing outside a transaction", () => {
    const { ctx } = contextOf("SET statement_timeout = '1min'; SET LOCAL statement_timeout = '3s'; SELECT 2; BEGIN; SET LOCAL statement_timeout = '3s'; SELECT 5; COMMIT; SELECT 7;");
    expect(ctx.settingBefore("statement_timeout", 2)).toBe("1min"); // SET LOCAL outside a transaction block: ignored
    expect(ctx.settingBefore("statement_timeout", 5)).toBe("3s");
    expect(ctx.settingBefore("statement_timeout", 7)).toBe("1min");
    expect(ctx.timeoutMillisBefore("statement_timeout", 7)).toBe(60_000);
  });

  it("SET LOCAL inside Alembic's migration transaction holds for the rest of the unit", () => {
    const { ctx } = contextOf("SET LOCAL lock_timeout = '2s'; ALTER TABLE users ADD COLUMN c int;", true);
    expect(ctx.timeoutMillisBefore("lock_timeout", 1)).toBe(2000);
  });

  it("set_config() in a SELECT, local or not", () => {
    const { ctx } = contextOf("BEGIN; SELECT set_config('lock_timeout', '750ms', true); SELECT 2; COMMIT; SELECT pg_catalog.set_config('statement_timeout', '10s', false); SELECT 5;");
    expect(ctx.timeoutMillisBefore("lock_timeout", 2)).toBe(750);
    expect(ctx.settingBefore("lock_timeout", 4)).toBeUndefined();
    expect(ctx.timeoutMillisBefore("statement_timeout", 5)).toBe(10_000);
  });

  it("RESET ALL clears everything", () => {
    const { ctx } = contextOf("SET lock_timeout = '1s'; SET statement_timeout = '1s'; RESET ALL; SELECT 3;");
    expect(ctx.settingBefore("lock_timeout", 3)).toBeUndefined();
    expect(ctx.settingBefore("statement_timeout", 3)).toBeUndefined();
  });

  it("reads PostgreSQL time units", () => {
    expect([parseTimeoutMillis("5s"), parseTimeoutMillis("250"), parseTimeoutMillis("2min"), parseTimeoutMillis("1h"), parseTimeoutMillis("1.5"), parseTimeoutMillis("soon")]).toEqual([
      5000, 250, 120_000, 3_600_000, 1.5, undefined,
    ]);
  });
});

describe("objects created earlier", () => {
  it("tables, types and indexes, schema-qualified or not, only before the statement", () => {
    const { ctx } = contextOf(
      "SELECT 0; CREATE TABLE app.tickets (id int); CREATE TYPE mood AS ENUM ('a'); CREATE INDEX ix_t ON app.tickets (id); CREATE TABLE logs AS SELECT 1; SELECT 5;",
    );
    expect(ctx.tableCreatedEarlier({ name: "tickets" }, 0)).toBe(false);
    expect(ctx.tableCreatedEarlier({ name: "tickets" }, 1)).toBe(false);
    expect(ctx.tableCreatedEarlier({ name: "tickets" }, 2)).toBe(true);
    expect(ctx.tableCreatedEarlier({ schema: "app", name: "tickets" }, 5)).toBe(true);
    expect(ctx.tableCreatedEarlier({ schema: "other", name: "tickets" }, 5)).toBe(false);
    expect(ctx.tableCreatedEarlier({ name: "logs" }, 5)).toBe(true);
    expect(ctx.typeCreatedEarlier({ name: "mood" }, 3)).toBe(true);
    expect(ctx.indexCreatedEarlier({ name: "ix_t" }, 5)).toBe(true);
    expect(ctx.indexCreatedEarlier({ schema: "app", name: "ix_t" }, 5)).toBe(true);
    expect(ctx.indexCreatedEarlier({ name: "ix_t" }, 3)).toBe(false);
  });

  it("names with dots or asterisks are not taken for other schema-qualified names", () => {
    const { ctx } = contextOf('CREATE TABLE "a.b".c (id int); CREATE TABLE "x.t" (id int); CREATE TABLE "*y".t (id int); SELECT 3;');
    expect(ctx.tableCreatedEarlier({ schema: "a.b", name: "c" }, 3)).toBe(true);
    expect(ctx.tableCreatedEarlier({ schema: "a", name: "b.c" }, 3)).toBe(false);
    expect(ctx.tableCreatedEarlier({ schema: "*x", name: "t" }, 3)).toBe(false);
    expect(ctx.tableCreatedEarlier({ name: "y.t" }, 3)).toBe(false);
    expect(ctx.tableCreatedEarlier({ schema: "x", name: "t" }, 3)).toBe(false);
    expect(ctx.tableCreatedEarlier({ schema: "other", name: "x.t" }, 3)).toBe(true);
  });
});
