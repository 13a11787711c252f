"""merge the scratchpad and search-index heads

Revision ID: 25b001abd0f7
Revises: 4cdb5cba1aff, 11c8abf7ef5b
Create Date: 2025-11-04 15:47:03.551820

"""
revision = "25b001abd0f7"
down_revision = (
    "4cdb5cba1aff",
    "11c8abf7ef5b",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
