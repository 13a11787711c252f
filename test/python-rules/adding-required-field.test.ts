import { pythonAddingRequiredField } from "../../src/rules/python/adding-required-field";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonAddingRequiredField, {
  valid: [
    `def upgrade():
    op.add_column("users", sa.Column("nickname", sa.Text(), nullable=True))
`,
    `def upgrade():
    op.add_column("users", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
`,
    `def upgrade():
    op.add_column("users", sa.Column("score", sa.Integer(), nullable=False, server_default="0"))
`,
    `def upgrade():
    op.create_table("teams", sa.Column("id", sa.Integer(), primary_key=True))
    op.add_column("teams", sa.Column("name", sa.Text(), nullable=False))
`,
    `def upgrade():
    op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity(), nullable=False))
`,
  ],
  invalid: [
    {
      body: `def upgrade():
    op.add_column("users", sa.Column("tenant_id", sa.Integer(), nullable=False))
`,
      line: 2,
    },
    {
      body: `def upgrade():
    op.add_column(
        "users",
        sa.Column("tenant_id", sa.Integer(), nullable=False, server_default=None),
    )
`,
      line: 2,
    },
    {
      body: `def upgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("tenant_id", sa.Integer(), nullable=False))
`,
      line: 3,
    },
  ],
});
