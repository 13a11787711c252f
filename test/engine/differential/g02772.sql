/* alembic-guard: ignore-file */
-- between
CREATE DOMAIN D /* nested /* x */ y */ AS
	INT NOT NULL;