"""add troubleshooting trees

Revision ID: 003
Revises: 002
Create Date: 2025-09-11 09:03:27.004512

"""
from alembic import op
import sqlalchemy as sa

revision = "003"
down_revision = "002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trees",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("team_id", sa.BigInteger(), sa.ForeignKey("teams.id", name="fk_trees_team_id"), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("is_public", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    op.create_index("ix_trees_team_id", "trees", ["team_id"])


def downgrade() -> None:
    op.drop_index("ix_trees_team_id", table_name="trees")
    op.drop_table("trees")
