"""full-text search index on trees

Revision ID: 005
Revises: 004
Create Date: 2025-10-01 11:20:48.330917

"""
from alembic import op

revision = "005"
down_revision = "004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # trees is live by now: build the GIN index without blocking writes. A concurrent build that failed
    # earlier leaves an INVALID index behind, so drop any leftover first instead of IF NOT EXISTS.
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_trees_fts")
        op.execute(
            "CREATE INDEX CONCURRENTLY ix_trees_fts ON trees "
            "USING gin (to_tsvector('english', title || ' ' || body))"
        )


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_trees_fts")
