-- alembic-guard: ignore-file prefer-robust-stmts
-- between
alter table "tickets" rename to "T 2";