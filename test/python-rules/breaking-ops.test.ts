import { pythonBanDropColumn, pythonBanDropTable, pythonRenamingColumn, pythonRenamingTable } from "../../src/rules/python/breaking-ops";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(pythonBanDropColumn, {
  valid: [
    `def upgrade():
    op.add_column("users", sa.Column("x", sa.Text()))

def downgrade():
    op.drop_column("users", "x")
`,
    `def upgrade():
    op.create_table("tmp", sa.Column("id", sa.Integer()), sa.Column("x", sa.Text()))
    op.drop_column("tmp", "x")
`,
    `def upgrade():
    op.drop_constraint("fk_users_team", "users")
`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.drop_column("users", "legacy_flag")\n`, line: 2 },
    { body: `def upgrade():\n    with op.batch_alter_table("users") as b:\n        b.drop_column("legacy_flag")\n`, line: 3 },
    { body: `def upgrade():\n    op.drop_column(table_name="users", column_name="legacy_flag")\n`, line: 2 },
  ],
});

pythonRuleTester(pythonBanDropTable, {
  valid: [
    `def upgrade():\n    op.create_table("t", sa.Column("id", sa.Integer()))\n\ndef downgrade():\n    op.drop_table("t")\n`,
    `def upgrade():\n    op.drop_index("ix", table_name="t")\n`,
    `def upgrade():\n    op.drop_table(name)\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.drop_table("audit_log")\n`, line: 2 },
    { body: `def upgrade():\n    op.drop_table("a")\n    op.drop_table("b")\n`, count: 2 },
    { body: `def upgrade():\n    op.drop_table("audit_log", schema="archive")\n`, line: 2 },
  ],
});

pythonRuleTester(pythonRenamingTable, {
  valid: [
    `def upgrade():\n    pass\n\ndef downgrade():\n    op.rename_table("b", "a")\n`,
    `def upgrade():\n    op.create_table("b", sa.Column("id", sa.Integer()))\n`,
    `def upgrade():\n    op.execute("SELECT 1")\n`,
    // A table this revision created is invisible to running code: renaming it breaks nobody (as the SQL rule).
    `def upgrade():\n    op.create_table("tickets_new", sa.Column("id", sa.Integer()))\n    op.rename_table("tickets_new", "tickets")\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.rename_table("tickets", "issues")\n`, line: 2 },
    { body: `def upgrade():\n    op.rename_table(old_table_name="tickets", new_table_name="issues")\n`, line: 2 },
    { body: `def upgrade():\n    x = 1\n    op.rename_table("a", "b")\n`, line: 3 },
  ],
});

pythonRuleTester(pythonRenamingColumn, {
  valid: [
    `def upgrade():\n    op.alter_column("users", "email", nullable=False)\n`,
    `def upgrade():\n    op.alter_column("users", "email", type_=sa.Text())\n`,
    `def downgrade():\n    op.alter_column("users", "mail", new_column_name="email")\n`,
  ],
  invalid: [
    { body: `def upgrade():\n    op.alter_column("users", "email", new_column_name="mail")\n`, line: 2 },
    { body: `def upgrade():\n    with op.batch_alter_table("users") as b:\n        b.alter_column("email", new_column_name="mail")\n`, line: 3 },
    { body: `def upgrade():\n    op.alter_column(table_name="users", column_name="email", new_column_name="mail")\n`, line: 2 },
  ],
});
