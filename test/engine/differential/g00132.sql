-- alembic-guard: ignore renaming-table */
-- between
create table if not exists users (id int generated always as identity, a serial, b char(1), c json, d timestamp, e varchar);  -- trailing
-- between
alter table s1.t1 alter column c1 type text ;
-- between
CLUSTER TICKETS USING IDX;

-- between
DROP DATABASE db;
-- between
WITH RECURSIVE R AS (SELECT 1 AS N UNION ALL SELECT N + 1 FROM R WHERE N < 3), U AS (UPDATE T SET X = 1, X = 2 RETURNING 1) SELECT * FROM R, U;
-- between
CREATE DOMAIN d AS int NOT NULL;
-- between
WITH i AS (INSERT INTO "a""b" (a) VALUES (1, 2) RETURNING id) SELECT * FROM i;

-- between
ALTER TABLE x ADD COLUMN;
-- between
SELECT/**/set_config('lock_timeout', '0', false);  -- trailing
-- between
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Idx" /* c */ ON tickets (a);
-- between
CREATE INDEX iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii ON t (a) ;
-- between
INSERT INTO "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" (A, B) VALUES (1, 2) ON CONFLICT (A) DO UPDATE SET B = EXCLUDED.B;  -- trailing