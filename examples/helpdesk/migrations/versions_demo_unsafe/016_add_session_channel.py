"""DEMO (unsafe): enum column whose type the downgrade leaves behind

Revision ID: 016
Revises: 015
Create Date: 2025-11-20 10:09:30.774012

"""
from alembic import op
import sqlalchemy as sa

revision = "016"
down_revision = "015"
branch_labels = None
depends_on = None


session_channel = sa.Enum("email", "chat", "phone", name="session_channel")


def upgrade() -> None:
    session_channel.create(op.get_bind())
    op.add_column("sessions", sa.Column("channel", session_channel, nullable=True))


def downgrade() -> None:
    # Drops the column but not the session_channel type: `downgrade base` leaves it behind.
    op.drop_column("sessions", "channel")
