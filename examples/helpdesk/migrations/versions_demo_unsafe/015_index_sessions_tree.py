"""DEMO (unsafe): index on a live table without CONCURRENTLY

Revision ID: 015
Revises: 014
Create Date: 2025-11-20 10:05:47.021456

"""
from alembic import op

revision = "015"
down_revision = "014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sessions_tree_id", "sessions", ["tree_id"])


def downgrade() -> None:
    op.drop_index("ix_sessions_tree_id", table_name="sessions")
