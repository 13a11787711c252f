// --with-rows seeding on a real PostgreSQL: one row per empty table, references satisfied in order,
// tables that cannot take a row skipped with the reason, tables with rows left alone.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../src/roundtrip/postgres";
import { seedEmptyTables } from "../../src/roundtrip/seed";

describe("seedEmptyTables", () => {
  let pg: ThrowawayPostgres;
  let client: Client;
  beforeAll(async () => {
    pg = await startThrowawayPostgres({ allowRemote: false });
    client = new Client(pg.clientConfig);
    await client.connect();
    await client.query(`
      CREATE TYPE status_enum AS ENUM ('new', 'paid');
      CREATE DOMAIN short_code AS varchar(8) NOT NULL;
      CREATE SCHEMA shop;
      -- created in an order that is not the reference order
      CREATE TABLE shop.orders (id serial PRIMARY KEY, user_id int NOT NULL, status status_enum NOT NULL, code short_code, note text,
                                placed_at timestamptz NOT NULL, token uuid NOT NULL, payload jsonb NOT NULL, tags text[] NOT NULL, price numeric(10,2) NOT NULL);
      CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, active boolean NOT NULL DEFAULT true);
      ALTER TABLE shop.orders ADD FOREIGN KEY (user_id) REFERENCES users (id);
      CREATE TABLE picky (id int PRIMARY KEY, qty int NOT NULL CHECK (qty > 5));
      CREATE TABLE busy (id int PRIMARY KEY, name text NOT NULL);
      INSERT INTO busy VALUES (7, 'real row');
      CREATE TABLE tree (id int PRIMARY KEY, parent_id int REFERENCES tree (id));
      CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
    `);
  });
  afterAll(async () => {
    await client?.end();
    await pg?.close();
  });

  it("fills every empty table it can, referenced tables first", async () => {
    const result = await seedEmptyTables(client);
    expect(result.skipped.filter((s) => s.table !== "picky")).toEqual([]);
    expect(result.seeded.sort()).toEqual(["shop.orders", "tree", "users"]);
    expect(result.skipped).toEqual([{ table: "picky", reason: expect.stringContaining("check constraint") }]);
    const order = await client.query("SELECT o.user_id = u.id AS linked, o.status::text, o.code, o.note FROM shop.orders o, users u");
    expect(order.rows).toEqual([{ linked: true, status: "new", code: "x", note: null }]);
    expect((await client.query("SELECT count(*)::int AS n FROM busy")).rows[0].n).toBe(1);
    expect((await client.query("SELECT count(*)::int AS n FROM alembic_version")).rows[0].n).toBe(0);
  });

  it("makes a NOT NULL column without a default fail as it would in production", async () => {
    const error = await client.query("ALTER TABLE users ADD COLUMN nickname text NOT NULL").catch((e) => e);
    expect(error.code).toBe("23502");
  });

  it("leaves tables that already have a row alone on the next call", async () => {
    const again = await seedEmptyTables(client);
    expect(again.seeded).toEqual([]);
    expect((await client.query("SELECT count(*)::int AS n FROM users")).rows[0].n).toBe(1);
  });
});
