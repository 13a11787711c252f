"""SQLAlchemy models of the help-desk example; env.py hands their metadata to Alembic (autogenerate, drift)."""
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Team(Base):
    __tablename__ = "teams"
    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    name = sa.Column(sa.Text, nullable=False, unique=True)
    created_at = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)


class InviteCode(Base):
    __tablename__ = "invite_codes"
    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    code = sa.Column(sa.Text, nullable=False, unique=True)
    created_by = sa.Column(sa.BigInteger, sa.ForeignKey("users.id", name="fk_invite_codes_created_by"), nullable=False)
    expires_at = sa.Column(sa.DateTime(timezone=True))


class User(Base):
    __tablename__ = "users"
    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    email = sa.Column(sa.Text, nullable=False, unique=True)
    display_name = sa.Column(sa.Text, nullable=False)
    role = sa.Column(postgresql.ENUM("agent", "admin", "viewer", name="user_role"), server_default="agent", nullable=False)
    team_id = sa.Column(sa.BigInteger, sa.ForeignKey("teams.id", name="fk_users_team_id"), index=True)
    invite_code_id = sa.Column(
        sa.BigInteger, sa.ForeignKey("invite_codes.id", name="fk_users_invite_code_id", use_alter=True)
    )
    is_active = sa.Column(sa.Boolean, nullable=False, server_default=sa.true())
    created_at = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)


class Tree(Base):
    __tablename__ = "trees"
    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    team_id = sa.Column(sa.BigInteger, sa.ForeignKey("teams.id", name="fk_trees_team_id"), nullable=False, index=True)
    title = sa.Column(sa.Text, nullable=False)
    body = sa.Column(sa.Text, nullable=False, server_default="")
    is_public = sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    status = sa.Column(postgresql.ENUM("draft", "published", name="tree_status"), nullable=False, server_default="draft")
    created_at = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)


class Session(Base):
    __tablename__ = "sessions"
    id = sa.Column(postgresql.UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()"))
    user_id = sa.Column(sa.BigInteger, sa.ForeignKey("users.id", name="fk_sessions_user_id", ondelete="CASCADE"), nullable=False)
    tree_id = sa.Column(sa.BigInteger, sa.ForeignKey("trees.id", name="fk_sessions_tree_id"), index=True)
    state = sa.Column(postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb"))
    scratchpad = sa.Column(sa.Text)
    priority = sa.Column(sa.Integer, nullable=False)
    channel = sa.Column(sa.Enum("email", "chat", "phone", name="session_channel"))
    started_at = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)
    ended_at = sa.Column(sa.DateTime(timezone=True))


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"
    jti = sa.Column(sa.Text, primary_key=True)
    user_id = sa.Column(sa.BigInteger, sa.ForeignKey("users.id", name="fk_refresh_tokens_user_id", ondelete="CASCADE"), nullable=False, index=True)
    expires_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    revoked_at = sa.Column(sa.DateTime(timezone=True))


class AuditLog(Base):
    __tablename__ = "audit_logs"
    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    actor_id = sa.Column(sa.BigInteger, sa.ForeignKey("users.id", name="fk_audit_logs_actor_id", ondelete="SET NULL"))
    action = sa.Column(sa.Text, nullable=False)
    details = sa.Column(postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb"))
    created_at = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False, index=True)
