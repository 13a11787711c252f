"""publish the trees that were already public

Revision ID: 013
Revises: 012
Create Date: 2025-11-13 16:25:50.128840

"""
from alembic import op

revision = "013"
down_revision = "012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Small table: one statement is fine. The WHERE matches what the data really holds (checked with a
    # SELECT count(*) first), not what we remember it holding.
    op.execute("UPDATE trees SET status = 'published' WHERE is_public AND status = 'draft'")


def downgrade() -> None:
    op.execute("UPDATE trees SET status = 'draft' WHERE is_public AND status = 'published'")
