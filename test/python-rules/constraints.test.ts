import { pythonAddingForeignKeyConstraint, pythonConstraintMissingNotValid, pythonDisallowedUniqueConstraint } from "../../src/rules/python/constraints";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonAddingForeignKeyConstraint, {
  valid: [
    `def upgrade():
    op.create_table("teams", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("owner_id", sa.Integer()))
    op.create_foreign_key("fk_teams_owner", "teams", "users", ["owner_id"], ["id"])
`,
    `def upgrade():
    op.create_foreign_key("fk_s_u", "sessions", "users", ["user_id"], ["id"], postgresql_not_valid=True)
`,
    `def upgrade():
    pass

def downgrade():
    op.create_foreign_key("fk_s_u", "sessions", "users", ["user_id"], ["id"])
`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.create_foreign_key("fk_s_u", "sessions", "users", ["user_id"], ["id"])\n`, line: 2 },
    { body: `def upgrade():\n    with op.batch_alter_table("sessions") as b:\n        b.create_foreign_key("fk_s_u", "users", ["user_id"], ["id"])\n`, line: 3 },
    { body: `def upgrade():\n    op.create_foreign_key(None, source_table="sessions", referent_table="users", local_cols=["user_id"], remote_cols=["id"])\n`, line: 2, message: "adds a foreign key constraint to existing table `sessions`" },
    // A self-reference (parent_id → id) locks one table: named once.
    {
      body: `def upgrade():\n    op.create_foreign_key(None, "nodes", "nodes", ["parent_id"], ["id"], ondelete="SET NULL")\n`,
      message: "adds a foreign key constraint to existing table `nodes` and validates every row at once: `nodes` is locked against writes until the scan finishes",
    },
  ],
});

pythonRuleTester(pythonConstraintMissingNotValid, {
  valid: [
    `def upgrade():\n    op.create_table("t", sa.Column("n", sa.Integer()))\n    op.create_check_constraint("ck_t_n", "t", "n > 0")\n`,
    `def upgrade():\n    op.create_check_constraint("ck_t_n", "t", "n > 0", postgresql_not_valid=True)\n`,
    `def upgrade():\n    op.execute("ALTER TABLE t ADD CONSTRAINT ck CHECK (n > 0) NOT VALID")\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.create_check_constraint("ck_users_age", "users", "age >= 0")\n`, line: 2, message: "adds CHECK constraint `ck_users_age` to existing table `users`" },
    { body: `def upgrade():\n    op.create_check_constraint(None, "users", "age >= 0")\n`, message: "adds a CHECK constraint to existing table `users`" },
    { body: `def upgrade():\n    with op.batch_alter_table("users") as b:\n        b.create_check_constraint("ck_users_age", "age >= 0")\n`, line: 3 },
    { body: `def upgrade():\n    op.create_check_constraint("ck_a", "users", sa.column("a") > 0)\n    op.create_check_constraint("ck_b", "users", "b > 0")\n`, count: 2 },
  ],
});

pythonRuleTester(pythonDisallowedUniqueConstraint, {
  valid: [
    `def upgrade():\n    op.create_table("t", sa.Column("email", sa.Text()))\n    op.create_unique_constraint("uq_t_email", "t", ["email"])\n`,
    `def upgrade():\n    op.create_index("uq_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)\n`,
    `def downgrade():\n    op.create_unique_constraint("uq_users_email", "users", ["email"])\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.create_unique_constraint("uq_users_email", "users", ["email"])\n`, line: 2 },
    { body: `def upgrade():\n    with op.batch_alter_table("users") as b:\n        b.create_unique_constraint("uq_users_email", ["email"])\n`, line: 3 },
    { body: `def upgrade():\n    op.create_unique_constraint(None, "users", ["tenant_id", "email"])\n`, line: 2, message: "adds a unique constraint to existing table `users`" },
  ],
});

