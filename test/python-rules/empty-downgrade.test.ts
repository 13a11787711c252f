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
    // Data-only revisions (backfills, cleanups, work done through the app's own code): said as such, not as a
    // schema change that leaves objects behind.
    {
      body: `def upgrade():
    op.execute("UPDATE users SET x = 1 WHERE x IS NULL")

def downgrade():
    pass
`,
      line: 4,
      message: "downgrade() does nothing while upgrade() changes data (no schema change): `alembic downgrade` reports success but leaves the rows",
    },
    {
      body: `users = sa.table("users", sa.column("id", sa.Integer), sa.column("flag", sa.Boolean))


def set_flags(conn):
    for row in conn.execute(users.select()):
        conn.execute(users.update().where(users.c.id == row.id).values(flag=True))


def upgrade():
    conn = op.get_bind()
    conn.execute("SELECT 1")
    set_flags(conn)

def downgrade():
    pass
`,
      line: 14,
      message: "downgrade() does nothing while upgrade() changes data (no schema change): `alembic downgrade` reports success but leaves the rows",
    },
    {
      body: `from app.settings import Setting, save_setting


def upgrade():
    row = Setting.query.filter_by(key="css").first()
    if row:
        save_setting("header", "<style>" + row.value + "</style>")

def downgrade():
    pass
`,
      line: 9,
      message: "downgrade() does nothing while upgrade() changes data (no schema change): `alembic downgrade` reports success but leaves the rows",
    },
    // A schema change in a module function upgrade() calls.
    {
      body: `def add_flag():
    op.add_column("users", sa.Column("flag", sa.Boolean()))


def upgrade():
    add_flag()
    op.execute("UPDATE users SET flag = true")

def downgrade():
    pass
`,
      line: 9,
      message: "changes the schema",
    },
    // DDL run through the connection, or built at run time.
    {
      body: `def upgrade():
    op.get_bind().execute(sa.text("ALTER TABLE users ADD COLUMN flag boolean"))

def downgrade():
    pass
`,
      line: 4,
    },
    {
      body: `def upgrade():
    for name in ("users", "teams"):
        op.execute(f"ALTER TABLE {name} ADD COLUMN flag boolean")

def downgrade():
    pass
`,
      line: 5,
    },
    // Nothing created: a second upgrade would not trip on leftovers, the stamp is what is wrong.
    {
      body: `def upgrade():
    op.alter_column("queries", "schedule", nullable=True, server_default=None)

def downgrade():
    pass
`,
      line: 4,
      message: "leaves every change of upgrade() in place: the database no longer matches the revision it is stamped with",
    },
    {
      body: `def upgrade():
    op.add_column("users", sa.Column("x", sa.Text()))

def downgrade():
    pass
`,
      line: 4,
      message: "the next upgrade fails on objects that already exist",
    },
    // A data-only revision whose downgrade() raises still cannot be rolled back.
    {
      body: `def upgrade():
    op.execute("DELETE FROM sessions")

def downgrade():
    raise NotImplementedError()
`,
      line: 4,
      message: "downgrade() raises NotImplementedError while upgrade() changes data (no schema change)",
    },
    {
      body: `def upgrade():
    op.execute("UPDATE users SET x = 1")
`,
      line: 1,
    },
  ],
});
