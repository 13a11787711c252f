"""users can be deactivated

Revision ID: 006
Revises: 005
Create Date: 2025-10-07 08:41:19.662003

"""
from alembic import op
import sqlalchemy as sa

revision = "006"
down_revision = "005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A constant default is a metadata-only change since PostgreSQL 11: no table rewrite.
    op.add_column("users", sa.Column("is_active", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    op.drop_column("users", "is_active")
