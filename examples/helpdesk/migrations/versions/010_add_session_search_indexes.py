"""search indexes on sessions (written in parallel with 009)

Revision ID: 11c8abf7ef5b
Revises: 008
Create Date: 2025-11-04 09:12:40.006631

"""
from typing import Sequence, Union

from alembic import op

revision: str = "11c8abf7ef5b"
down_revision: Union[str, None] = "008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.get_context().autocommit_block():
        # A concurrent build that failed earlier leaves an INVALID index: drop any leftover, then build.
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_sessions_user_started")
        op.create_index(
            "ix_sessions_user_started", "sessions", ["user_id", "started_at"],
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.drop_index("ix_sessions_user_started", table_name="sessions", postgresql_concurrently=True)
