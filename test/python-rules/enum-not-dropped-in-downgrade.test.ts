import { enumNotDroppedInDowngrade } from "../../src/rules/python/enum-not-dropped-in-downgrade";
import { pythonRuleTester } from "./rule-tester";

pythonRuleTester(enumNotDroppedInDowngrade, {
  valid: [
    `def upgrade():
    op.create_table("tickets", sa.Column("status", sa.Enum("open", "closed", name="ticket_status")))

def downgrade():
    op.drop_table("tickets")
    sa.Enum(name="ticket_status").drop(op.get_bind(), checkfirst=True)
`,
    `def upgrade():
    op.add_column("users", sa.Column("role", postgresql.ENUM("admin", "agent", name="user_role")))

def downgrade():
    op.drop_column("users", "role")
    op.execute("DROP TYPE IF EXISTS user_role")
`,
    // Module-level enum, created explicitly and dropped through the same variable.
    `role_enum = postgresql.ENUM("admin", "agent", name="user_role", create_type=False)

def upgrade():
    role_enum.create(op.get_bind())
    op.add_column("users", sa.Column("role", role_enum))

def downgrade():
    op.drop_column("users", "role")
    role_enum.drop(op.get_bind())
`,
    // native_enum=False: VARCHAR + CHECK, no type.
    `def upgrade():
    op.add_column("users", sa.Column("role", sa.Enum("a", "b", name="r", native_enum=False)))

def downgrade():
    op.drop_column("users", "role")
`,
    // create_type=False refers to a type created elsewhere.
    `def upgrade():
    op.add_column("users", sa.Column("role", postgresql.ENUM(name="existing_role", create_type=False)))

def downgrade():
    op.drop_column("users", "role")
`,
    // Raw SQL both ways, several types in one DROP.
    `def upgrade():
    op.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')")
    op.execute("CREATE TYPE public.\\"Level\\" AS ENUM ('lo', 'hi')")

def downgrade():
    op.execute('DROP TYPE mood, public."Level"')
`,
    // The SQL in a module-level constant (as the static SQL tier reads it), and through sqltext=.
    `CREATE_MOOD = "CREATE TYPE mood AS ENUM ('sad', 'ok')"
DROP_MOOD = "DROP TYPE mood"

def upgrade():
    op.execute(CREATE_MOOD)
    op.create_table("t", sa.Column("s", sa.Enum("a", name="s_enum")))

def downgrade():
    op.drop_table("t")
    op.execute(DROP_MOOD)
    op.execute(sqltext=sa.text("DROP TYPE s_enum"))
`,
    // Empty downgrade is empty-downgrade's finding, not this one.
    `def upgrade():
    op.create_table("t", sa.Column("s", sa.Enum("a", name="s_enum")))

def downgrade():
    pass
`,
  ],
  invalid: [
    {
      body: `def upgrade():
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.Enum("open", "closed", name="ticket_status"), nullable=False),
    )

def downgrade():
    op.drop_table("tickets")
`,
      line: 5,
    },
    {
      body: `status = sa.Enum("open", "closed", name="ticket_status")

def upgrade():
    op.create_table("tickets", sa.Column("status", status))

def downgrade():
    op.drop_table("tickets")
`,
      line: 4,
    },
    {
      body: `def upgrade():
    op.add_column("users", sa.Column("role", postgresql.ENUM("admin", name="user_role")))
    op.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')")

def downgrade():
    op.drop_column("users", "role")
    op.execute("DROP TYPE user_role")
`,
      line: 3,
    },
    {
      body: `import enum
class Color(enum.Enum):
    red = 1

def upgrade():
    op.add_column("t", sa.Column("c", sa.Enum(Color)))

def downgrade():
    op.drop_column("t", "c")
`,
      line: 6,
    },
  ],
});
