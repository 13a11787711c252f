import { emptyDowngrade } from "../../src/rules/python/empty-downgrade";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(emptyDowngrade, {
  valid: [
    `def upgrade():
    op.add_column("users", sa.Column("x", sa.Text()))

def downgrade():
    op.drop_column("users", "x")
`,
    // A merge revision: nothing to undo.
    `def upgrade():
    pass

def downgrade():
    pass
`,
    `def upgrade():
    """Nothing."""
    ...

def downgrade():
    raise NotImplementedError()
`,
  ],
  invalid: [
    {
      body: `def upgrade():
    op.add_column("users", sa.Column("x", sa.Text()))

def downgrade():
    pass
`,
      line: 4,
    },
    {
      body: `def upgrade():
    op.add_column("users", sa.Column("x", sa.Text()))


def downgrade() -> None:
    """Irreversible."""
    raise NotImplementedError("no way back")
`,
      line: 5,
    },
    {
      body: `def upgrade():
    op.execute("UPDATE users SET x = 1")
`,
      line: 1,
    },
  ],
});
