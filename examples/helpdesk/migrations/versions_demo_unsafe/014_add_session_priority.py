"""DEMO (unsafe): priority on sessions, NOT NULL without a default

alembic-guard flags this: on a table with rows the ALTER fails (or, with a
volatile default, rewrites the table under an ACCESS EXCLUSIVE lock).

Revision ID: 014
Revises: 013
Create Date: 2025-11-20 10:02:11.300128

"""
from alembic import op
import sqlalchemy as sa

revision = "014"
down_revision = "013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("priority", sa.Integer(), nullable=False))


def downgrade() -> None:
    op.drop_column("sessions", "priority")
