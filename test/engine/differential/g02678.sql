RESET ALL;
-- between
CREATE EXTENSION IF NOT EXISTS PG_TRGM;
-- between
alter table app.tickets set schema other;
-- between
ALTER TYPE "ünum" ADD VALUE U&'a.b';

-- between
DROP TYPE status ;
-- between
INSERT INTO "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" (A, B) VALUES (1, 2) ON CONFLICT (A) DO UPDATE SET B = 1, B = 2;
-- between
update app.orders set "update" = 1,
	insert_at /* c */ = now(), update_count = -- note
 2 ;
-- between
CREATE VIEW v AS SELECT * FROM "tickets" ;
-- between
-- ALEMBIC-GUARD: ignore syntax-error
-- between
CREATE TABLE tickets PARTITION OF "ünïcödé" FOR VALUES IN (1) ;
-- between
ALTER TabLe S1.T1 aDD COlUmn StATUS CHar(3) deFaULt RANDoM();
-- between
-- ALEMBIC-GUARD: ignore ban-drop-column */
-- between
CreAte scHEMA s1;  -- trailing
-- between
SELECT
	'a.bx';
-- between
ALTER TYPE MOOD RENAME VALUE 'a' TO 'day';
-- between
iNSERt iNTo aPP.oRDErs (sTAtUS) VAlUeS (e'\x61.b');