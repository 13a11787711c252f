import { pythonAddingNotNullableField } from "../../src/rules/python/adding-not-nullable-field";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonAddingNotNullableField, {
  valid: [
    `def upgrade():
    op.alter_column("users", "email", existing_type=sa.Text(), nullable=True)
`,
    // The table is created in the same revision: empty, nobody waits for it.
    `def upgrade():
    op.create_table("teams", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", sa.Text()))
    op.alter_column("teams", "name", nullable=False)
`,
    // Created by SQL in the same revision: new and empty.
    `def upgrade():
    op.execute("CREATE TABLE IF NOT EXISTS public.tags (name text)")
    op.alter_column("tags", "name", nullable=False)
`,
    // The safe recipe (a validated CHECK first) is left to the SQL tiers.
    `def upgrade():
    op.create_check_constraint("ck_users_email_not_null", "users", "email IS NOT NULL", postgresql_not_valid=True)
    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null")
    op.alter_column("users", "email", nullable=False)
`,
    // downgrade() is not what a deploy runs.
    `def upgrade():
    pass


def downgrade():
    op.alter_column("users", "email", nullable=False)
`,
  ],
  invalid: [
    // Another table's CREATE TABLE (tags_archive) does not make `tags` new.
    {
      body: `def upgrade():
    op.execute("CREATE TABLE tags_archive (name text)")
    op.alter_column("tags", "name", nullable=False)
`,
      line: 3,
    },
    {
      body: `def upgrade():
    op.alter_column("users", "email", existing_type=sa.Text(), nullable=False)
`,
      line: 2,
    },
    {
      body: `def upgrade():
    op.alter_column(
        "users",
        column_name="email",
        nullable=False,
    )
`,
      line: 2,
    },
    {
      body: `def upgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("email", nullable=False)
`,
      line: 3,
    },
  ],
});
