// The "locks" rules on the SQL real Alembic emits (offline mode of Alembic 1.8 with /usr/bin/python3): the
// rules must recognise Alembic's spelling (upper-case types, FOREIGN KEY(x), COMMIT/BEGIN around
// autocommit_block) — the exact set of locks-family findings per op.* recipe is pinned here.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSqlParser } from "../../src/sql/parse";
import { lintSources } from "../../src/rules/engine";
import { LOCK_RULES } from "../../src/rules/catalog/locks";

const RENDER = `
import io, sys, json
import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.operations import Operations

def render(code):
    buf = io.StringIO()
    ctx = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True, "output_buffer": buf, "transactional_ddl": True})
    exec(code, {"op": Operations(ctx), "sa": sa})
    return buf.getvalue()

print(json.dumps([render(c) for c in json.load(sys.stdin)]))
`;

const CASES: Array<{ name: string; code: string; rules: string[] }> = [
  {
    name: "add_column nullable=False without server_default",
    code: 'op.add_column("users", sa.Column("nickname", sa.String(40), nullable=False))',
    rules: ["adding-required-field", "prefer-text-field", "require-lock-timeout"],
  },
  {
    name: "alter_column nullable=False",
    code: 'op.alter_column("users", "email", nullable=False)',
    rules: ["adding-not-nullable-field", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "create_unique_constraint",
    code: 'op.create_unique_constraint("uq_users_email", "users", ["email"])',
    rules: ["disallowed-unique-constraint", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "create_foreign_key",
    code: 'op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])',
    // One error for one foreign key: constraint-missing-not-valid leaves it to the more specific rule.
    rules: ["adding-foreign-key-constraint", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "create_check_constraint",
    code: 'op.create_check_constraint("ck_total", "orders", "total >= 0")',
    rules: ["constraint-missing-not-valid", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "create_primary_key",
    code: 'op.create_primary_key("items_pkey", "items", ["id"])',
    rules: ["adding-serial-primary-key-field", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "add_column with a volatile server_default",
    code: 'op.add_column("users", sa.Column("token", sa.Text(), server_default=sa.text("gen_random_uuid()")))',
    rules: ["adding-field-with-default", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "alter_column type_ (the current type is not in the SQL)",
    code: 'op.alter_column("users", "name", type_=sa.String(100), existing_type=sa.String(50))',
    rules: ["changing-column-type", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "add_column then widen it in the same revision",
    code: 'op.add_column("users", sa.Column("nick", sa.String(50)))\nop.alter_column("users", "nick", type_=sa.String(100))',
    // The widening is catalog-only on a table this transaction already holds: no statements-after finding.
    rules: ["prefer-text-field", "require-lock-timeout"],
  },
  { name: "drop_index", code: 'op.drop_index("ix_users_email", table_name="users")', rules: ["require-concurrent-index-deletion", "require-lock-timeout"] },
  {
    name: "create_index",
    code: 'op.create_index("ix_users_email", "users", ["email"])',
    rules: ["require-concurrent-index-creation", "require-lock-timeout", "require-statement-timeout"],
  },
  {
    name: "create_table with String(255) and a foreign key to an existing table",
    code: 'op.create_table("invoices", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("ref", sa.String(255)), sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id")))',
    rules: ["prefer-text-field", "require-lock-timeout"],
  },
  // From the users' migration guides (/work/shared/seeds): add a column, backfill it, make it NOT NULL, all in one revision.
  {
    name: "guide: add, backfill and require a column in one revision",
    code:
      'op.add_column("products", sa.Column("normalized_price", sa.Numeric(10, 2)))\n' +
      "op.execute(\"UPDATE products SET normalized_price = CAST(price AS NUMERIC) WHERE price ~ '^[0-9.]+$'\")\n" +
      'op.alter_column("products", "normalized_price", nullable=False)',
    rules: ["adding-not-nullable-field", "require-lock-timeout", "require-statement-timeout", "statements-after-access-exclusive"],
  },
  {
    name: "guide: two plain op.create_index calls",
    code:
      'op.create_index("idx_products_marketplace_shop", "products", ["marketplace", "shop_name"])\n' +
      'op.create_index("idx_users_email_active", "users", ["email", "is_active"])',
    rules: ["require-concurrent-index-creation", "require-lock-timeout", "require-statement-timeout"],
  },
  // The safe recipes from the doc pages.
  {
    name: "concurrent index in an autocommit block",
    code: 'with op.get_context().autocommit_block():\n    op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)',
    rules: [],
  },
  {
    name: "concurrent drop in an autocommit block",
    code: 'with op.get_context().autocommit_block():\n    op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)',
    rules: [],
  },
  {
    name: "lock_timeout, then a nullable column",
    code: 'op.execute("SET lock_timeout = \'5s\'")\nop.add_column("users", sa.Column("nickname", sa.Text(), nullable=True))',
    rules: [],
  },
  {
    name: "NOT VALID foreign key with lock_timeout",
    code: 'op.execute("SET lock_timeout = \'5s\'")\nop.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")',
    rules: [],
  },
  {
    name: "unique index concurrently, then UNIQUE USING INDEX",
    code:
      'with op.get_context().autocommit_block():\n    op.create_index("ux_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)\n' +
      'op.execute("SET lock_timeout = \'5s\'")\nop.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ux_users_email")',
    rules: [],
  },
  {
    name: "validate, then SET NOT NULL using the check (PG 12+)",
    code:
      'op.execute("SET lock_timeout = \'5s\'")\nop.execute("ALTER TABLE users ADD CONSTRAINT ck_email_nn CHECK (email IS NOT NULL) NOT VALID")\n' +
      'with op.get_context().autocommit_block():\n    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_email_nn")\n' +
      'op.execute("SET lock_timeout = \'5s\'")\nop.alter_column("users", "email", nullable=False)',
    rules: [],
  },
];

describe("locks rules on SQL rendered by Alembic", () => {
  let rendered: string[];
  beforeAll(async () => {
    await loadSqlParser();
    const out = execFileSync("/usr/bin/python3", ["-c", RENDER], { input: JSON.stringify(CASES.map((c) => c.code)), encoding: "utf8" });
    rendered = JSON.parse(out);
  });
  CASES.forEach((c, i) => {
    it(c.name, () => {
      const findings = lintSources([{ text: rendered[i], file: "rev.sql", inTransaction: true }], { pgVersion: 15, rules: LOCK_RULES });
      const ids = [...new Set(findings.map((f) => f.rule))].sort();
      expect(ids, `${rendered[i]}\n${findings.map((f) => `${f.rule}: ${f.message}`).join("\n")}`).toEqual([...c.rules].sort());
    });
  });
});
