// Oracle tests for the "locks" family's knowledge of PostgreSQL: the lock mode each statement takes, whether it
// rewrites the table, which type changes are free and which functions are volatile — all asked of a real
// PostgreSQL server (pg_locks, pg_relation_filenode, pg_proc) instead of written down by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres";
import { loadSqlParser, parseSqlSources } from "../../src/sql/parse";
import { buildLintContext } from "../../src/sql/context";
import {
  LOCK_MODES,
  NON_VOLATILE_FUNCTIONS,
  VOLATILE_FUNCTIONS,
  addColumnRewriteReason,
  alterTypeIsRewriteFree,
  columnDefOf,
  columnTypeOf,
  isUtcTimeZone,
  strongestLock,
  tableLocksOf,
  typeChangeIsRewriteFree,
  type LockMode,
} from "../../src/rules/sql/util-locks";

const SETUP = `
CREATE TABLE users (id int PRIMARY KEY, name varchar(50), email text, score numeric(10,2), born timestamp, net cidr, code char(5));
INSERT INTO users SELECT g, 'n' || g, 'e' || g, g, now(), '10.0.0.0/8', 'c' FROM generate_series(1, 50) g;
CREATE INDEX ix_users_email ON users (email);
CREATE TABLE orders (id int PRIMARY KEY, user_id int, total int);
INSERT INTO orders SELECT g, g, g FROM generate_series(1, 50) g;
ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;
CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2023 PARTITION OF m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE m_2024 (id int, at date);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr_users BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION noop();
`;

/** pg_locks.mode → our LockMode names. */
const PG_MODE: Record<string, LockMode> = {
  AccessShareLock: "ACCESS SHARE",
  RowShareLock: "ROW SHARE",
  RowExclusiveLock: "ROW EXCLUSIVE",
  ShareUpdateExclusiveLock: "SHARE UPDATE EXCLUSIVE",
  ShareLock: "SHARE",
  ShareRowExclusiveLock: "SHARE ROW EXCLUSIVE",
  ExclusiveLock: "EXCLUSIVE",
  AccessExclusiveLock: "ACCESS EXCLUSIVE",
};

const strongest = (modes: LockMode[]) => modes.sort((a, b) => LOCK_MODES.indexOf(b) - LOCK_MODES.indexOf(a))[0];

let server: TestPostgres;
let client: pg.Client;
let schemaCounter = 0;

beforeAll(async () => {
  await loadSqlParser();
  server = await startTestPostgres();
  await server.createDatabase("locks_oracle");
  client = new pg.Client({ host: server.socketDir, user: "postgres", database: "locks_oracle" });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await server?.stop();
});

/** Run `sql` in a transaction on a fresh copy of SETUP; report the strongest lock per table and which tables got a new filenode. */
async function observe(sql: string, tables: string[], before = "") {
  const schema = `s${++schemaCounter}`;
  await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}; ${SETUP}`);
  if (before) await client.query(before);
  const oids = new Map<string, number>();
  const filenodes = new Map<string, string>();
  for (const t of tables) {
    oids.set(t, (await client.query(`SELECT $1::regclass::oid AS oid`, [t])).rows[0].oid);
    filenodes.set(t, (await client.query(`SELECT pg_relation_filenode($1::regclass) AS f`, [t])).rows[0].f);
  }
  await client.query("BEGIN");
  try {
    await client.query(sql);
    const locks = new Map<string, LockMode | undefined>();
    const rewritten = new Set<string>();
    for (const t of tables) {
      const rows = (await client.query(`SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation = $1`, [oids.get(t)])).rows;
      locks.set(t, rows.length ? strongest(rows.map((r) => PG_MODE[r.mode])) : undefined);
      const now = (await client.query(`SELECT pg_relation_filenode($1::oid) AS f`, [oids.get(t)])).rows[0]?.f;
      if (now !== filenodes.get(t)) rewritten.add(t);
    }
    return { locks, rewritten };
  } finally {
    await client.query("ROLLBACK");
    await client.query(`RESET ALL; DROP SCHEMA ${schema} CASCADE`);
  }
}

function predicted(sql: string, pgVersion: number) {
  const { statements } = parseSqlSources([{ text: sql, file: "m.sql", inTransaction: true }]);
  const ctx = buildLintContext(statements, pgVersion);
  return tableLocksOf(statements.at(-1)!, ctx);
}

describe("tableLocksOf agrees with pg_locks and pg_relation_filenode", () => {
  const cases: Array<{ sql: string; tables: string[]; rewrite?: boolean }> = [
    { sql: "ALTER TABLE users ADD COLUMN nickname text", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD COLUMN flag int NOT NULL DEFAULT 5", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT now()", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD COLUMN r float8 DEFAULT random()", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ADD COLUMN t timestamptz DEFAULT clock_timestamp()", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ADD COLUMN u uuid DEFAULT gen_random_uuid()", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ADD COLUMN g int GENERATED ALWAYS AS (id * 2) STORED", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ADD COLUMN s bigserial", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ALTER COLUMN id TYPE bigint", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE users ALTER COLUMN email SET NOT NULL", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ALTER COLUMN email DROP NOT NULL", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ALTER COLUMN email SET DEFAULT 'x'", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users DROP COLUMN email", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users RENAME COLUMN email TO mail", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users RENAME TO people", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD CONSTRAINT ck CHECK (id > 0)", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD CONSTRAINT ck CHECK (id > 0) NOT VALID", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD CONSTRAINT uq UNIQUE (email)", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ADD CONSTRAINT ex EXCLUDE (id WITH =)", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id)", tables: ["orders", "users"], rewrite: false },
    { sql: "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID", tables: ["orders", "users"], rewrite: false },
    { sql: "ALTER TABLE orders ADD COLUMN owner_id int REFERENCES users (id)", tables: ["orders", "users"], rewrite: false },
    { sql: "ALTER TABLE orders VALIDATE CONSTRAINT ck_total", tables: ["orders"], rewrite: false },
    { sql: "ALTER TABLE users SET (fillfactor = 70)", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users ALTER COLUMN email SET STATISTICS 500", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users DISABLE TRIGGER ALL", tables: ["users"], rewrite: false },
    { sql: "ALTER TABLE users SET UNLOGGED", tables: ["users"], rewrite: true },
    { sql: "ALTER TABLE m ATTACH PARTITION m_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", tables: ["m"] },
    { sql: "ALTER TABLE m DETACH PARTITION m_2023", tables: ["m", "m_2023"] },
    { sql: "ALTER TABLE m ATTACH PARTITION m_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", tables: ["m_2024"] },
    { sql: "CREATE POLICY p ON users USING (true)", tables: ["users"] },
    { sql: "ALTER TABLE users ENABLE ROW LEVEL SECURITY", tables: ["users"] },
    { sql: "DROP TRIGGER tr_users ON users", tables: ["users"] },
    { sql: "CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", tables: ["m"] },
    { sql: "CREATE TABLE invoices (id int, user_id int REFERENCES users (id))", tables: ["users"] },
    { sql: "CREATE INDEX ix_users_name ON users (name)", tables: ["users"], rewrite: false },
    { sql: "CREATE INDEX ix_m_at ON ONLY m (at)", tables: ["m"] },
    { sql: "REINDEX TABLE users", tables: ["users"] },
    { sql: "CLUSTER users USING users_pkey", tables: ["users"], rewrite: true },
    { sql: "TRUNCATE orders", tables: ["orders"] },
    { sql: "LOCK TABLE users IN SHARE MODE", tables: ["users"] },
    { sql: "LOCK TABLE users", tables: ["users"] },
    { sql: "CREATE TRIGGER tr BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION noop()", tables: ["users"] },
  ];
  for (const c of cases) {
    it(c.sql, async () => {
      const seen = await observe(c.sql, c.tables);
      const locks = predicted(c.sql, 15);
      for (const table of c.tables) {
        const ours = strongestLock(locks.filter((l) => l.table.name === table));
        expect(ours?.mode, `lock on ${table}`).toBe(seen.locks.get(table));
      }
      if (c.rewrite !== undefined) {
        expect(seen.rewritten.has(c.tables[0]), "PostgreSQL rewrote the table").toBe(c.rewrite);
        expect(locks[0].work === "rewrite", "we predict a rewrite").toBe(c.rewrite);
      }
    });
  }
  it("DROP INDEX locks the index's table ACCESS EXCLUSIVE", async () => {
    const seen = await observe("DROP INDEX ix_users_email", ["users"]);
    expect(seen.locks.get("users")).toBe("ACCESS EXCLUSIVE");
    expect(predicted("DROP INDEX ix_users_email", 15)[0]).toMatchObject({ mode: "ACCESS EXCLUSIVE", ofIndex: true });
  });
  it("ADD COLUMN rewrite predictions match PostgreSQL for the rewrite cases above", () => {
    const col = (sql: string) => columnDefOf(parseSqlSources([{ text: sql, file: "m.sql", inTransaction: true }]).statements[0].body.cmds[0].AlterTableCmd)!;
    expect(addColumnRewriteReason(col("ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT now()"), 15)).toBeUndefined();
    expect(addColumnRewriteReason(col("ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT now()"), 10)).toBeDefined();
  });
});

describe("typeChangeIsRewriteFree agrees with pg_relation_filenode", () => {
  const pairs: Array<[string, string, string, string?]> = [
    // column, old type (from SETUP), new type, SET before
    ["name", "varchar(50)", "varchar(100)"],
    ["name", "varchar(50)", "varchar(20)"],
    ["name", "varchar(50)", "varchar"],
    ["name", "varchar(50)", "text"],
    ["email", "text", "varchar"],
    ["email", "text", "varchar(100)"],
    ["score", "numeric(10,2)", "numeric(12,2)"],
    ["score", "numeric(10,2)", "numeric(12,4)"],
    ["score", "numeric(10,2)", "numeric"],
    ["born", "timestamp", "timestamp(3)"],
    ["born", "timestamp", "timestamptz", "SET TIME ZONE 'UTC'"],
    ["born", "timestamp", "timestamptz", "SET TIME ZONE 'Europe/Berlin'"],
    ["net", "cidr", "inet"],
    ["code", "char(5)", "char(10)"],
    ["code", "char(5)", "text"],
    ["id", "int4", "int8"],
  ];
  for (const [column, from, to, set] of pairs) {
    it(`${from} → ${to}${set ? ` after ${set}` : ""}`, async () => {
      const seen = await observe(`ALTER TABLE users ALTER COLUMN ${column} TYPE ${to}`, ["users"], set);
      const typeOf = (t: string) => {
        const stmt = parseSqlSources([{ text: `ALTER TABLE x ADD COLUMN y ${t}`, file: "m.sql", inTransaction: true }]).statements[0];
        return columnTypeOf(columnDefOf(stmt.body.cmds[0].AlterTableCmd)!.typeName)!;
      };
      const utc = isUtcTimeZone(set ? /'([^']+)'/.exec(set)![1] : undefined);
      expect(typeChangeIsRewriteFree(typeOf(from), typeOf(to), { pgVersion: server.version, timeZoneIsUtc: utc })).toBe(!seen.rewritten.has("users"));
    });
  }
});

describe("alterTypeIsRewriteFree (old type from the same migration, USING, COLLATE) agrees with pg_relation_filenode", () => {
  const cases = [
    "ALTER TABLE users ALTER COLUMN name TYPE varchar(100) USING name::varchar(100)",
    "ALTER TABLE users ALTER COLUMN name TYPE varchar(100) USING name",
    "ALTER TABLE users ALTER COLUMN name TYPE varchar(100) USING name::text",
    "ALTER TABLE users ALTER COLUMN name TYPE text USING lower(name)",
    'ALTER TABLE users ALTER COLUMN name TYPE text COLLATE "C"',
  ];
  for (const sql of cases) {
    it(sql, async () => {
      const seen = await observe(sql, ["users"]);
      // The old type comes from an earlier statement of the same unit, as the rule would see it.
      const text = "ALTER TABLE users ADD COLUMN name varchar(50);\n" + sql.replace(/\bname\b/g, "name") + ";";
      const { statements } = parseSqlSources([{ text, file: "m.sql", inTransaction: true }]);
      const ctx = buildLintContext(statements, server.version);
      const cmd = statements[1].body.cmds[0].AlterTableCmd;
      expect(alterTypeIsRewriteFree(ctx, 1, { name: "users" }, cmd), "we predict no rewrite").toBe(!seen.rewritten.has("users"));
    });
  }
});

describe("function volatility lists agree with pg_proc", () => {
  it("VOLATILE_FUNCTIONS are volatile and NON_VOLATILE_FUNCTIONS are not (where the function exists)", async () => {
    const rows = (await client.query(`SELECT proname, string_agg(DISTINCT provolatile::text, '') AS v FROM pg_proc GROUP BY proname`)).rows as Array<{ proname: string; v: string }>;
    const volatility = new Map(rows.map((r) => [r.proname, r.v]));
    for (const name of VOLATILE_FUNCTIONS) if (volatility.has(name)) expect(volatility.get(name), name).toBe("v");
    for (const name of NON_VOLATILE_FUNCTIONS) if (volatility.has(name)) expect(volatility.get(name)!.includes("v"), name).toBe(false);
    // The core names must exist on this server, so the test cannot pass by finding nothing.
    for (const name of ["random", "clock_timestamp", "gen_random_uuid", "nextval", "now", "lower"]) expect(volatility.has(name), name).toBe(true);
  });
});
