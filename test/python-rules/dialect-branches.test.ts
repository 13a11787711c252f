// Revisions written for several databases branch on the dialect (`if url.startswith("mysql"):`): what such a
// branch does never runs on PostgreSQL and is not judged; the PostgreSQL branch and anything the condition does not
// plainly restrict to another database still are.
import { pythonAddingForeignKeyConstraint } from "../../src/rules/python/constraints";
import { pythonRequireConcurrentIndexCreation } from "../../src/rules/python/require-concurrent-index-creation";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonAddingForeignKeyConstraint, {
  valid: [
    `def upgrade():
    url = str(op.get_bind().engine.url)
    if url.startswith("mysql"):
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
    `def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        pass
    elif bind.dialect.name in ("mysql", "mariadb"):
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
    // The else of a PostgreSQL test runs on every other database.
    `def upgrade():
    if op.get_context().dialect.name == "postgresql":
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)
    else:
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
    `def upgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "mysql" or dialect == "sqlite":
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
  ],
  invalid: [
    // A condition Python compiles flat but tree-sitter nests 60,000 deep: judged (it names no dialect), no stack overflow.
    { body: `def upgrade():\n    if ${Array.from({ length: 60_000 }, () => "x").join(" and ")}:\n        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])\n` },
    // The PostgreSQL branch of the same revision is judged.
    {
      body: `def upgrade():
    url = str(op.get_bind().engine.url)
    if url.startswith("mysql"):
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
    elif url.startswith("postgres"):
        op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"])
`,
      line: 6,
      count: 1,
    },
    // A negated test runs on PostgreSQL.
    {
      body: `def upgrade():
    url = str(op.get_bind().engine.url)
    if url.startswith("sqlite") is False:
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
      line: 4,
    },
    {
      body: `def upgrade():
    if op.get_bind().dialect.name != "mysql":
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
      line: 3,
    },
    // Another database or something else: may run on PostgreSQL.
    {
      body: `def upgrade():
    if op.get_bind().dialect.name == "mysql" or FORCE:
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
      line: 3,
    },
    // The else of a test for another database runs on PostgreSQL.
    {
      body: `def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        pass
    else:
        op.create_foreign_key("fk_a_b", "orders", "users", ["user_id"], ["id"])
`,
      line: 5,
    },
  ],
});

pythonRuleTester(pythonRequireConcurrentIndexCreation, {
  valid: [
    `def upgrade():
    if op.get_bind().engine.name == "sqlite":
        op.create_index("ix_orders_user", "orders", ["user_id"])
`,
  ],
  invalid: [
    {
      body: `def upgrade():
    if op.get_bind().engine.name == "postgresql":
        op.create_index("ix_orders_user", "orders", ["user_id"])
`,
      line: 3,
    },
  ],
});
