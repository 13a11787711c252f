import { pythonRequireConcurrentIndexCreation } from "../../src/rules/python/require-concurrent-index-creation";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonRequireConcurrentIndexCreation, {
  valid: [
    // Concurrent, in an autocommit block.
    `def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)
`,
    // The table is created earlier in the same revision: empty, invisible to others.
    `def upgrade():
    op.create_table("teams", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text))
    op.create_index("ix_teams_name", "teams", ["name"])
`,
    // Only upgrade() is linted (as the offline and live tiers do).
    `def upgrade():
    op.drop_index("ix_users_email", table_name="users")

def downgrade():
    op.create_index("ix_users_email", "users", ["email"])
`,
    // Unknown table name: not a static certainty.
    `def upgrade():
    op.create_index("ix", TABLE, ["email"])
`,
    `def upgrade():
    for table in TABLES:
        op.create_index(f"ix_{table}_owner", table, ["owner_id"])
`,
    // A loop over tables this revision creates.
    `def upgrade():
    op.create_table("a", sa.Column("owner_id", sa.Integer))
    op.create_table("b", sa.Column("owner_id", sa.Integer))
    for table in ("a", "b"):
        op.create_index(f"ix_{table}_owner", table, ["owner_id"])
`,
  ],
  invalid: [
    // A loop over literal table names: one index build on each.
    {
      body: `def upgrade():
    for table in ["orders", "invoices"]:
        op.create_index(f"ix_{table}_owner", table, ["owner_id"])
`,
      line: 3,
      message: "builds an index on each of the existing tables \`orders\`, \`invoices\` without postgresql_concurrently=True",
    },
    {
      body: `def upgrade():
    op.create_index("ix_users_email", "users", ["email"])
`,
      line: 2,
    },
    {
      body: `def upgrade():
    op.create_index(op.f("ix_users_email"), table_name="users", columns=["email"], unique=True)
`,
      line: 2,
    },
    {
      // The index comes before the table is created: it is on some other, existing table of that name.
      body: `def upgrade():
    op.create_table("teams", sa.Column("id", sa.Integer))
    with op.batch_alter_table("users") as batch_op:
        batch_op.create_index("ix_users_team", ["team_id"])
`,
      line: 4,
    },
  ],
});
