"""draft/published status on trees

Revision ID: 012
Revises: 25b001abd0f7
Create Date: 2025-11-12 11:08:21.907345

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "012"
down_revision = "25b001abd0f7"
branch_labels = None
depends_on = None

tree_status = postgresql.ENUM("draft", "published", name="tree_status")
# The column refers to the type created explicitly above; it must not try to create it again.
tree_status_column_type = postgresql.ENUM("draft", "published", name="tree_status", create_type=False)


def upgrade() -> None:
    tree_status.create(op.get_bind(), checkfirst=False)
    op.add_column(
        "trees",
        sa.Column("status", tree_status_column_type, nullable=False, server_default="draft"),
    )


def downgrade() -> None:
    op.drop_column("trees", "status")
    tree_status.drop(op.get_bind(), checkfirst=False)
