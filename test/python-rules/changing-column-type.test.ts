// Must-fail and must-pass cases for the Alembic form of changing-column-type. A change existing_type proves free
// is not a finding but a report that clears the SQL finding (`clears: true`); what is free follows
// typeChangeIsRewriteFree, which test/rules/util-locks.test.ts checks against PostgreSQL's pg_relation_filenode
// (varchar(50) → varchar(20) and int4 → int8 rewrite there; varchar(50) → text and → varchar(100) do not).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseRevisionFile } from "../../src/revisions";
import { pythonChangingColumnType, sqlalchemyColumnType } from "../../src/rules/python/changing-column-type";
import { callArgs } from "../../src/rules/python/ast";
import { execFileSync } from "node:child_process";
import { columnDefOf, columnTypeOf, formatColumnType } from "../../src/rules/sql/util-locks";
import { loadSqlParser, parseSqlSources } from "../../src/sql/parse";
import type { PythonRuleReport } from "../../src/rules/python/types";
import { pythonRuleTester } from "./rule-tester";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-altertype-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = `revision = "a1"\ndown_revision = None\n\n`;
const HEADER_LINES = 3;

async function parsed<T>(body: string, use: (detail: NonNullable<Awaited<ReturnType<typeof parseRevisionFile>>["detail"]>) => T): Promise<T> {
  const file = path.join(dir, `r_${Math.random().toString(36).slice(2)}.py`);
  fs.writeFileSync(file, HEADER + body);
  const { detail } = await parseRevisionFile(file, dir);
  if (!detail) throw new Error(`no revision in:\n${body}`);
  try {
    return use(detail);
  } finally {
    detail.tree.delete();
  }
}

const reports = (body: string): Promise<PythonRuleReport[]> =>
  parsed(body, (d) => pythonChangingColumnType.check({ file: "r.py", revision: d.revision, root: d.tree.rootNode, opCalls: d.opCalls }));
const findings = (body: string) => reports(body).then((r) => r.filter((x) => !x.clears));
const clears = (body: string) => reports(body).then((r) => r.filter((x) => x.clears));
const alter = (from: string, to: string) => `def upgrade():\n    op.alter_column("users", "bio", type_=${to}, existing_type=${from})\n`;

// The tester's "valid" means no report at all: the cases where the rule leaves the decision to the SQL finding.
pythonRuleTester(pythonChangingColumnType, {
  valid: [
    // No existing_type: only the SQL rule can speak (with its "unless the column is currently ..." hedge).
    `def upgrade():\n    op.alter_column("users", "bio", type_=sa.Text())\n`,
    // Types it cannot read exactly.
    alter("sa.String(200, collation='C')", "sa.Text()"),
    alter("MyType()", "sa.Text()"),
    alter("myapp.types.String(200)", "sa.Text()"),
    alter("sa.String(LENGTH)", "sa.Text()"),
    alter("sa.Float(precision=10)", "sa.Float(precision=20)"),
    // timestamp ↔ timestamptz depends on the server version and TimeZone, which only the SQL rule sees.
    alter("sa.DateTime()", "sa.DateTime(timezone=True)"),
    alter("postgresql.TIMESTAMP(timezone=True)", "postgresql.TIMESTAMP()"),
    // With USING a change that is free without it is the SQL rule's to judge (the expression may force a rewrite).
    `def upgrade():\n    op.alter_column("users", "bio", type_=sa.Text(), existing_type=sa.String(20), postgresql_using="bio::text")\n`,
    // A table created in this revision is empty and unseen by other sessions.
    `def upgrade():\n    op.create_table("users", sa.Column("bio", sa.String(20)))\n    op.alter_column("users", "bio", type_=sa.Integer(), existing_type=sa.String(20))\n`,
    // downgrade() is not what `alembic upgrade` runs.
    `def upgrade():\n    pass\n\ndef downgrade():\n    op.alter_column("users", "bio", type_=sa.Integer(), existing_type=sa.String(20))\n`,
    `def upgrade():\n    op.alter_column("users", "bio", nullable=False, existing_type=sa.String(20))\n`,
  ],
  invalid: [
    { body: alter("sa.String(200)", "sa.Integer()"), line: 2 },
    // A change that rewrites without USING rewrites with it: reported where no SQL is rendered (it yields to the SQL finding).
    { body: `def upgrade():\n    op.alter_column("users", "bio", type_=sa.Integer(), existing_type=sa.String(20), postgresql_using="bio::integer")\n`, line: 2 },
    { body: `def upgrade():\n    op.alter_column("t", "data", existing_type=sa.Text(), type_=JSONB(astext_type=sa.Text()), postgresql_using="data::jsonb")\n`, message: "from TEXT to JSONB rewrites the table" },
    { body: alter("sa.Integer()", "sa.BigInteger()"), line: 2 },
    { body: alter("sa.String(100)", "sa.String(50)"), line: 2 },
    { body: alter("sa.Text()", "sa.String(50)"), line: 2 },
    { body: alter("sa.Numeric(10, 2)", "sa.Numeric(12, 4)"), line: 2 },
    { body: alter("sa.CHAR(5)", "sa.CHAR(10)"), line: 2 },
    // time ↔ timetz is a different representation on every version (only timestamp ↔ timestamptz can be free).
    { body: alter("sa.Time()", "sa.Time(timezone=True)"), line: 2 },
    { body: alter("sa.String(20)", "postgresql.ARRAY(sa.String(20))"), line: 2 },
    { body: `def upgrade():\n    op.alter_column(table_name="users", column_name="id", type_=sa.BIGINT, existing_type=sa.INTEGER)\n`, line: 2 },
    { body: `def upgrade():\n    with op.batch_alter_table("users") as batch_op:\n        batch_op.alter_column("id", existing_type=sa.Integer(), type_=sa.BigInteger())\n`, line: 3 },
    {
      body: `def upgrade():\n    op.alter_column(\n        "users",\n        "score",\n        existing_type=sa.Numeric(precision=10, scale=2),\n        type_=sa.Integer(),\n    )\n`,
      line: 2,
    },
  ],
});

describe("changing-column-type (Alembic form): free changes clear the SQL finding", () => {
  const free: Array<[string, string]> = [
    ["sa.String(200)", "sa.Text()"],
    ["sa.VARCHAR(length=200)", "sa.UnicodeText()"],
    ["sa.String(50)", "sa.String(100)"],
    ["sa.Unicode(50)", "sa.String()"],
    ["sa.Text", "sa.String()"],
    ["sa.Numeric(10, 2)", "sa.Numeric(12, 2)"],
    ["sa.Numeric(10, 2)", "sa.Numeric()"],
    ["postgresql.CIDR()", "postgresql.INET()"],
    ["postgresql.TIMESTAMP(precision=3)", "postgresql.TIMESTAMP(precision=6)"],
    ["sa.String(20)", "sa.String(20)"],
    ["postgresql.ARRAY(sa.String(20))", "postgresql.ARRAY(sa.Text())"],
  ];
  for (const [from, to] of free) {
    it(`${from} → ${to}`, async () => {
      expect(await findings(alter(from, to))).toEqual([]);
      const cleared = await clears(alter(from, to));
      expect(cleared).toHaveLength(1);
      expect(cleared[0].line - HEADER_LINES).toBe(2);
    });
  }
  it("batch_op.alter_column: varchar(n) → text clears at the call", async () => {
    const body = `def upgrade():\n    with op.batch_alter_table("users") as batch_op:\n        batch_op.alter_column("bio", existing_type=sa.String(length=200), type_=sa.Text())\n`;
    expect(await findings(body)).toEqual([]);
    expect((await clears(body)).map((r) => r.line - HEADER_LINES)).toEqual([3]);
  });
  it("the message names the column and both types in SQL terms", async () => {
    const [r] = await findings(alter("sa.String(200)", "sa.Integer()"));
    expect(r.message).toBe(
      "changing `users.bio` from VARCHAR(200) to INTEGER rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE, blocking every read and write for as long as that takes",
    );
    expect(r.help).toMatch(/^Expand\/contract/);
  });
});

// Oracle: what SQLAlchemy 1.4 (the system Python's) compiles each type to for PostgreSQL, parsed by libpg-query
// as the SQL rule would see it, must be what sqlalchemyColumnType reads from the source.
describe("sqlalchemyColumnType agrees with SQLAlchemy's PostgreSQL DDL", () => {
  const readable = [
    "sa.String(200)", "sa.String()", "sa.String(length=200)", "sa.VARCHAR(200)", "sa.Unicode(50)", "sa.Text()", "sa.Text", "sa.UnicodeText()",
    "sa.CHAR()", "sa.CHAR(5)", "sa.Integer", "sa.Integer()", "sa.INT()", "sa.BigInteger()", "sa.BIGINT()", "sa.SmallInteger()",
    "sa.Numeric()", "sa.Numeric(10)", "sa.Numeric(10, 2)", "sa.Numeric(precision=10, scale=2)", "sa.Numeric(10, 2, asdecimal=False)", "sa.DECIMAL(10, 2)",
    "sa.Boolean()", "sa.Date()", "sa.DateTime()", "sa.DateTime(timezone=True)", "sa.DateTime(True)", "sa.TIMESTAMP(timezone=True)",
    "postgresql.TIMESTAMP(True, 3)", "postgresql.TIMESTAMP(precision=3)", "sa.Time()", "sa.Time(timezone=True)", "postgresql.TIME(precision=2)",
    "postgresql.CIDR()", "postgresql.INET()", "postgresql.UUID()", "postgresql.UUID(as_uuid=True)", "sa.JSON()", "postgresql.JSONB()",
    "sa.LargeBinary()", "postgresql.BYTEA()", "postgresql.ARRAY(sa.Integer())", "sa.ARRAY(sa.String(20))", "sqlalchemy.types.String(5)",
  ];
  const unreadable = ["sa.Numeric(scale=2)", "sa.Enum('a', 'b', name='e')", "sa.String(200, collation='C')", "sa.Float(precision=10)", "sa.String(LENGTH)", "myapp.types.String(200)", "sa.Interval()"];
  let compiled: Record<string, string>;
  beforeAll(async () => {
    await loadSqlParser();
    const script = [
      "import json, sys, sqlalchemy, sqlalchemy as sa",
      "from sqlalchemy.dialects import postgresql",
      "d = postgresql.dialect()",
      "print(json.dumps({e: str(sqlalchemy.types.to_instance(eval(e)).compile(dialect=d)) for e in json.loads(sys.argv[1])}))",
    ].join("\n");
    compiled = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, JSON.stringify(readable)], { encoding: "utf8" }));
  });
  const read = (expr: string) =>
    parsed(`def upgrade():\n    op.alter_column("t", "c", type_=${expr})\n`, (d) => sqlalchemyColumnType(callArgs(d.opCalls[0].node).keywords.get("type_")));
  for (const expr of readable) {
    it(`${expr}`, async () => {
      const stmt = parseSqlSources([{ text: `ALTER TABLE x ADD COLUMN y ${compiled[expr]}`, file: "m.sql", inTransaction: true }]).statements[0];
      const rendered = columnTypeOf(columnDefOf(stmt.body.cmds[0].AlterTableCmd)!.typeName)!;
      const mine = await read(expr);
      expect(mine && formatColumnType(mine), compiled[expr]).toBe(formatColumnType(rendered));
    });
  }
  for (const expr of unreadable) it(`${expr} → cannot tell`, async () => expect(await read(expr)).toBeUndefined());
});
