// Catalog snapshots on a real PostgreSQL: every kind of object is seen, a schema rebuilt the same way
// compares equal (OIDs, positions and generated names ignored), and each kind of change is named.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSnapshots, isEmptyDiff } from "../../src/roundtrip/diff";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../src/roundtrip/postgres";
import { takeSnapshot } from "../../src/roundtrip/snapshot";

const SCHEMA = `
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA billing;
CREATE TYPE status_enum AS ENUM ('new', 'paid', 'void');
CREATE DOMAIN positive_int AS integer NOT NULL CHECK (VALUE > 0);
CREATE TYPE money_pair AS (amount numeric, currency text);
CREATE TYPE float_range AS RANGE (subtype = float8);
CREATE SEQUENCE invoice_numbers START 1000;
CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  name text DEFAULT 'anon',
  code int GENERATED ALWAYS AS IDENTITY,
  total int GENERATED ALWAYS AS (code * 2) STORED,
  CHECK (length(email) > 3)
);
CREATE TABLE billing.invoices (
  id bigint PRIMARY KEY,
  user_id int REFERENCES users (id) ON DELETE CASCADE,
  status status_enum NOT NULL DEFAULT 'new',
  qty positive_int,
  CONSTRAINT uq_invoice_user UNIQUE (user_id, id)
);
CREATE INDEX ix_invoices_status ON billing.invoices (status) WHERE status <> 'void';
CREATE INDEX ON users (lower(email));
CREATE VIEW active_users AS SELECT id, name FROM users WHERE name <> 'anon';
CREATE MATERIALIZED VIEW invoice_counts AS SELECT user_id, count(*) AS n FROM billing.invoices GROUP BY user_id;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
`;

const DROP = `
DROP TABLE IF EXISTS alembic_version;
DROP MATERIALIZED VIEW IF EXISTS invoice_counts; DROP VIEW IF EXISTS active_users;
DROP TABLE IF EXISTS billing.invoices; DROP TABLE IF EXISTS users CASCADE; DROP FUNCTION IF EXISTS touch();
DROP SCHEMA IF EXISTS billing CASCADE; DROP TYPE IF EXISTS status_enum; DROP DOMAIN IF EXISTS positive_int;
DROP TYPE IF EXISTS money_pair; DROP TYPE IF EXISTS float_range; DROP SEQUENCE IF EXISTS invoice_numbers;
DROP EXTENSION IF EXISTS pgcrypto;
`;

describe("catalog snapshot", () => {
  let pg: ThrowawayPostgres;
  let client: Client;
  beforeAll(async () => {
    pg = await startThrowawayPostgres({ allowRemote: false });
    client = new Client(pg.clientConfig);
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await pg?.close();
  });

  it("sees every kind of object, and leaves out extension members and alembic_version", async () => {
    await client.query(DROP);
    const empty = await takeSnapshot(client);
    await client.query(SCHEMA);
    const snap = await takeSnapshot(client);
    const diff = diffSnapshots(empty, snap);
    const added = diff.added.map((o) => `${o.kind} ${o.name}`).sort();
    expect(added).toEqual(
      [
        "composite type money_pair",
        "domain positive_int",
        "enum type status_enum",
        "extension pgcrypto",
        "function touch()",
        "materialized view invoice_counts",
        "range type float_range",
        "schema billing",
        "sequence invoice_numbers",
        "table users",
        "view active_users",
      ].sort(),
    );
    // billing.invoices folds into its schema; its parts are there all the same.
    expect(snap.objects.get("column:public.users.email")?.attrs).toEqual({ type: "character varying(200)", nullable: "NOT NULL" });
    expect(snap.objects.get("column:public.users.code")?.attrs.identity).toBe("GENERATED ALWAYS AS IDENTITY");
    expect(snap.objects.get("column:public.users.total")?.attrs.generated).toBe("GENERATED ALWAYS AS ((code * 2)) STORED");
    expect(snap.objects.get("column:billing.invoices.status")?.attrs).toMatchObject({ type: "status_enum", default: "'new'::status_enum" });
    expect(snap.objects.get("type:public.status_enum")?.attrs.labels).toBe("'new', 'paid', 'void'");
    expect(snap.objects.get("constraint:billing.invoices:uq_invoice_user")?.attrs).toEqual({ definition: "UNIQUE (user_id, id)", name: "uq_invoice_user" });
    expect(snap.objects.get("constraint:public.users:PRIMARY KEY (id)")).toBeDefined();
    expect(snap.objects.get("index:billing.ix_invoices_status")?.attrs.definition).toBe(
      "CREATE INDEX ON billing.invoices USING btree (status) WHERE (status <> 'void'::status_enum)",
    );
    expect(snap.objects.get("sequence-of:public.users.id")).toBeDefined();
    expect(snap.objects.get("trigger:public.users:users_touch")).toBeDefined();
    expect([...snap.objects.keys()].some((k) => k.includes("alembic_version"))).toBe(false);
    expect([...snap.objects.keys()].some((k) => k.includes("gen_random_uuid") || k.includes("pgp_"))).toBe(false);
    expect(snap.storage.get("public.users")?.relfilenode).toBeGreaterThan(0);
  });

  it("compares equal after dropping and rebuilding the same schema", async () => {
    await client.query(DROP);
    await client.query(SCHEMA);
    const first = await takeSnapshot(client);
    await client.query(DROP);
    await client.query(SCHEMA);
    const second = await takeSnapshot(client);
    expect(diffSnapshots(first, second)).toEqual({ added: [], removed: [], changed: [] });
    expect(isEmptyDiff(diffSnapshots(first, second))).toBe(true);
  });

  it("ignores a name PostgreSQL made up differently the second time (users_email_key1)", async () => {
    await client.query("DROP TABLE IF EXISTS gen_t; DROP SEQUENCE IF EXISTS gen_t_email_key");
    await client.query("CREATE TABLE gen_t (id int PRIMARY KEY, email text UNIQUE, CHECK (id > 0))");
    const first = await takeSnapshot(client);
    await client.query("DROP TABLE gen_t; CREATE SEQUENCE gen_t_email_key; CREATE TABLE gen_t (id int PRIMARY KEY, email text UNIQUE, CHECK (id > 0)); DROP SEQUENCE gen_t_email_key");
    const names = await client.query("SELECT conname FROM pg_constraint WHERE conrelid = 'gen_t'::regclass AND contype = 'u'");
    expect(names.rows[0].conname).toBe("gen_t_email_key1");
    expect(diffSnapshots(first, await takeSnapshot(client))).toEqual({ added: [], removed: [], changed: [] });
    await client.query("DROP TABLE gen_t");
  });

  it("names each change", async () => {
    await client.query(DROP);
    await client.query(SCHEMA);
    const before = await takeSnapshot(client);
    await client.query(`
      ALTER TABLE users ALTER COLUMN email TYPE varchar(50);
      ALTER TABLE users ALTER COLUMN name DROP DEFAULT;
      ALTER TYPE status_enum ADD VALUE 'refunded';
      ALTER TABLE users ADD COLUMN nickname text;
      DROP INDEX billing.ix_invoices_status;
      ALTER TABLE billing.invoices RENAME CONSTRAINT uq_invoice_user TO uq_invoice_user_id;
      CREATE OR REPLACE VIEW active_users AS SELECT id, name FROM users WHERE name IS NOT NULL;
      CREATE INDEX ix_users_name ON users (name);
    `);
    const after = await takeSnapshot(client);
    const diff = diffSnapshots(before, after);
    expect(diff.added.map((o) => o.key).sort()).toEqual(["column:public.users.nickname", "constraint:billing.invoices:uq_invoice_user_id", "index:public.ix_users_name"]);
    expect(diff.removed.map((o) => o.key).sort()).toEqual(["constraint:billing.invoices:uq_invoice_user", "index:billing.ix_invoices_status"]);
    const changes = Object.fromEntries(diff.changed.map((c) => [c.after.key, c.changes]));
    expect(changes["column:public.users.email"]).toEqual(["type: character varying(200) → character varying(50)"]);
    expect(changes["column:public.users.name"]).toEqual(["default: 'anon'::text → (none)"]);
    expect(changes["type:public.status_enum"]).toEqual(["labels: 'new', 'paid', 'void' → 'new', 'paid', 'void', 'refunded'"]);
    expect(changes["rel:public.active_users"]?.[0]).toMatch(/^definition: SELECT .* WHERE \(users.name <> 'anon'::text\); → SELECT .* IS NOT NULL\);$/);
  });

  it("sees an invalid index and a NOT VALID constraint", async () => {
    await client.query(DROP);
    await client.query(SCHEMA);
    const before = await takeSnapshot(client);
    await client.query(`ALTER TABLE billing.invoices ADD CONSTRAINT ck_qty CHECK (qty < 100) NOT VALID; UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'billing.ix_invoices_status'::regclass`);
    const diff = diffSnapshots(before, await takeSnapshot(client));
    expect(diff.added.map((o) => [o.key, o.attrs.validated])).toEqual([["constraint:billing.invoices:ck_qty", "NOT VALID"]]);
    expect(diff.changed.map((c) => c.changes)).toEqual([["valid: (none) → INVALID"]]);
  });
});
