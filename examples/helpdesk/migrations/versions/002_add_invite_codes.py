"""add invite codes (users <-> invite_codes reference each other)

Revision ID: 002
Revises: 001
Create Date: 2025-09-05 16:40:02.501311

"""
from alembic import op
import sqlalchemy as sa

revision = "002"
down_revision = "001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invite_codes",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), sa.ForeignKey("users.id", name="fk_invite_codes_created_by"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("code", name="uq_invite_codes_code"),
    )
    # The circular half: users.invite_code_id -> invite_codes.id. Added NOT VALID (no scan of users
    # under the lock), then validated outside the migration's transaction, where VALIDATE only takes a
    # SHARE UPDATE EXCLUSIVE lock and commits on its own.
    op.add_column("users", sa.Column("invite_code_id", sa.BigInteger(), nullable=True))
    op.create_foreign_key(
        "fk_users_invite_code_id", "users", "invite_codes", ["invite_code_id"], ["id"],
        postgresql_not_valid=True,
    )
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE users VALIDATE CONSTRAINT fk_users_invite_code_id")


def downgrade() -> None:
    op.drop_constraint("fk_users_invite_code_id", "users", type_="foreignkey")
    op.drop_column("users", "invite_code_id")
    op.drop_table("invite_codes")
