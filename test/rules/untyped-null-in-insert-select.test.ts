import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { lintWith, ruleTester } from "../helpers/rule-tester";
import { loadSqlParser } from "../../src/sql/parse";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../src/roundtrip/postgres";
import { untypedNullInInsertSelect } from "../../src/rules/sql/untyped-null-in-insert-select";

ruleTester(untypedNullInInsertSelect, {
  valid: [
    // The seed document's case: a plain single SELECT coerces the NULL to the column's type.
    "INSERT INTO tree_tags (name, slug, team_id) SELECT 'tag', 'slug', NULL AS team_id;",
    "INSERT INTO tree_tags (name, slug, team_id) SELECT 'tag', 'slug', NULL::uuid UNION ALL SELECT 'b', 'b', NULL;",
    "INSERT INTO tree_tags (name, team_id) VALUES ('a', NULL), ('b', NULL);",
    // Another branch gives the column its type.
    "INSERT INTO tree_tags (name, team_id) SELECT 'a', NULL UNION ALL SELECT name, team_id FROM teams;",
    "INSERT INTO tree_tags (name, team_id) SELECT DISTINCT ON (name) name, NULL FROM teams;",
    // The CTE's NULL is not what gets inserted.
    "INSERT INTO tree_tags (name, team_id) WITH c AS (SELECT 1 AS id, NULL AS team) SELECT 'x', NULL FROM c;",
    // Into a text column created in the same migration, a text NULL is right.
    "CREATE TABLE notes (id int, body text);\nINSERT INTO notes (id, body) SELECT 1, NULL UNION ALL SELECT 2, NULL;",
  ],
  invalid: [
    { sql: "INSERT INTO tree_tags (name, slug, team_id)\nSELECT 'tag', 'slug', NULL UNION ALL SELECT 'b', 'b', NULL;", line: 2, column: 23 },
    { sql: "INSERT INTO tree_tags (name, team_id) SELECT DISTINCT 'tag', NULL;", line: 1, column: 62 },
    // Through a CTE: reported at the NULL inside the CTE, where ::uuid belongs.
    { sql: "INSERT INTO tree_tags (name, team_id)\nWITH src AS (SELECT 'tag' AS name, NULL AS team_id)\nSELECT name, team_id FROM src;", line: 2, column: 36 },
    "INSERT INTO tree_tags (name, team_id) SELECT s.a, s.b FROM (SELECT 'x', NULL) s(a, b);",
    "INSERT INTO tree_tags (name, team_id) SELECT * FROM (VALUES ('a', NULL), ('b', NULL)) v;",
    "INSERT INTO tree_tags (name, team_id) SELECT 'a', CASE WHEN true THEN NULL END;",
    // Into a uuid column created earlier in the same migration: the type is known.
    { sql: "CREATE TABLE t (id int, team_id uuid);\nINSERT INTO t SELECT 1, NULL UNION SELECT 2, NULL;", inTransaction: false, pgVersion: 12 },
  ],
});

// Oracle: PostgreSQL itself says which INSERT … SELECT fail; the rule must agree on every one.
const ORACLE_CASES = [
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', NULL",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', NULL UNION ALL SELECT 2, 'x', NULL",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'a', NULL UNION SELECT 2, 'b', NULL UNION SELECT 3, 'c', NULL",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', NULL::uuid UNION ALL SELECT 2, 'x', NULL",
  "INSERT INTO tt (id, team_id) SELECT 1, NULL UNION ALL SELECT 2, gen_random_uuid()",
  "INSERT INTO tt (id, team_id) SELECT 1, NULL INTERSECT SELECT 2, NULL",
  "INSERT INTO tt (id, name, team_id) SELECT DISTINCT 1, 'tag', NULL",
  "INSERT INTO tt (id, name, team_id) SELECT DISTINCT 1, 'tag', NULL::uuid",
  "INSERT INTO tt (id, name, team_id) SELECT DISTINCT ON (id) 1, 'tag', NULL FROM tt",
  "INSERT INTO tt (id, name, team_id) WITH c AS (SELECT 1 AS id, NULL AS team) SELECT id, 'x', team FROM c",
  "INSERT INTO tt (id, name, team_id) WITH c AS (SELECT 1 AS id, NULL AS team) SELECT id, 'x', NULL FROM c",
  "INSERT INTO tt (id, name, team_id) WITH c AS (SELECT 1 AS id, NULL::uuid AS team) SELECT id, 'x', team FROM c",
  "WITH c AS (SELECT 1) INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', NULL FROM c",
  "INSERT INTO tt (id, name, team_id) SELECT * FROM (SELECT 1, 'x', NULL) s",
  "INSERT INTO tt (id, name, team_id) SELECT s.a, 'x', s.b FROM (SELECT 1, NULL) s(a, b)",
  "INSERT INTO tt (id, name, team_id) SELECT s.a, 'x', NULL FROM (SELECT 1 AS a, NULL AS b) s",
  "INSERT INTO tt (id, name, team_id) SELECT * FROM (VALUES (1, 'x', NULL), (2, 'y', NULL)) v",
  "INSERT INTO tt (id, name, team_id) SELECT * FROM (VALUES (1, 'x', NULL), (2, 'y', gen_random_uuid())) v",
  "INSERT INTO tt (id, name, team_id) VALUES (1, 'x', NULL), (2, 'y', NULL)",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', CASE WHEN true THEN NULL END",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', COALESCE(NULL, NULL)",
  "INSERT INTO tt (id, name, team_id) SELECT 1, 'tag', NULL ORDER BY 1 LIMIT 1",
  "INSERT INTO tt (id, name, team_id) SELECT t.id, 'x', NULL FROM tt t JOIN (SELECT 1 AS k, NULL AS z) s ON s.k = t.id",
  "INSERT INTO tt (id, name, team_id) SELECT t.id, 'x', s.z FROM tt t JOIN (SELECT 1 AS k, NULL AS z) s ON s.k = t.id",
  "INSERT INTO tt (id, name, team_id) (SELECT 1, 'x', NULL) UNION (SELECT 2, 'y', NULL::uuid)",
];

describe("untyped-null-in-insert-select agrees with PostgreSQL", () => {
  let pg: ThrowawayPostgres;
  let client: Client;
  beforeAll(async () => {
    await loadSqlParser();
    pg = await startThrowawayPostgres({ allowRemote: false });
    client = new Client(pg.clientConfig);
    await client.connect();
    await client.query("CREATE TABLE tt (id int, name text, team_id uuid)");
  });
  afterAll(async () => {
    await client?.end();
    await pg?.close();
  });
  for (const sql of ORACLE_CASES) {
    it(sql, async () => {
      let postgresError: string | undefined;
      try {
        await client.query("BEGIN");
        await client.query(sql);
      } catch (error) {
        postgresError = (error as Error).message;
      } finally {
        await client.query("ROLLBACK");
      }
      if (postgresError !== undefined) expect(postgresError).toMatch(/is of type uuid but expression is of type text/);
      const findings = lintWith(untypedNullInInsertSelect, `${sql};`);
      expect(findings.length > 0, `PostgreSQL: ${postgresError ?? "ok"}; rule: ${JSON.stringify(findings.map((f) => f.message))}`).toBe(
        postgresError !== undefined,
      );
    });
  }
  // When the table's columns are known (created earlier in the migration), the message quotes PostgreSQL's own error.
  for (const [column, type] of [["n", "int"], ["team_id", "uuid"], ["at", "timestamp with time zone"]]) {
    it(`quotes PostgreSQL's error for a ${type} column`, async () => {
      const create = `CREATE TABLE known_cols (label text, ${column} ${type})`;
      const insert = `INSERT INTO known_cols (label, ${column}) SELECT 'a', NULL UNION ALL SELECT 'b', NULL`;
      let postgresError = "";
      try {
        await client.query("BEGIN");
        await client.query(create);
        await client.query(insert);
      } catch (error) {
        postgresError = (error as Error).message;
      } finally {
        await client.query("ROLLBACK");
      }
      expect(postgresError).toMatch(/is of type .* but expression is of type text/);
      const [finding] = lintWith(untypedNullInInsertSelect, `${create};\n${insert};`);
      expect(finding.message).toContain(`fails with "${postgresError}"`);
      expect(finding.message).not.toContain("unless the column is text");
    });
  }
});
