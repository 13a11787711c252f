import { concurrentlyOutsideAutocommitBlock } from "../../src/rules/python/concurrently-outside-autocommit-block";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(concurrentlyOutsideAutocommitBlock, {
  valid: [
    `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)

def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)
`,
    `def upgrade():
    op.create_index("ix_users_email", "users", ["email"])

def downgrade():
    op.drop_index("ix_users_email", table_name="users")
`,
    `def upgrade():
    op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=False)

def downgrade():
    pass
`,
  ],
  invalid: [
    {
      body: `def upgrade():
    op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)

def downgrade():
    pass
`,
      line: 2,
    },
    {
      body: `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_a", "users", ["a"], postgresql_concurrently=True)
    op.create_index(
        "ix_b", "users", ["b"],
        postgresql_concurrently=True,
    )

def downgrade():
    op.drop_index("ix_b", table_name="users", postgresql_concurrently=True)
`,
      line: 4,
      count: 2,
    },
    {
      body: `def upgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.create_index("ix_c", ["c"], postgresql_concurrently=True)

def downgrade():
    pass
`,
      line: 3,
    },
  ],
});
