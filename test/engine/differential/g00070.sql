WITH I AS (INSERT INTO APP.ORDERS (A, A) VALUES (1, 2) RETURNING ID) SELECT * FROM I;
-- between
alter table app."Mixed Case" rename column "ééééééééééééééééééééééééééééééééé" to z ;
-- between
INSERT INTO s1.t1 (a, a) VALUES (1, 2, 3);

-- between
-- alembic-guard: ignore[require-lock-timeout */
-- between
INSeRT intO app.oRDeRs (A, B) VaLueS (1, 2) On cOnflicT (A) dO UpdAte SET A = 1, b = 2, A = 3;
-- between
REINDEX DATABASE idx;
-- between
insert into "insert" ("update", "update") values (1, 2) ;
-- between
DELETE /* c */ FROM
	T1 WHERE /* c */ TRUE;  -- trailing