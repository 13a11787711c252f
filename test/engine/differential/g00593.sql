DROP SCHEMA public;

ALTER TABLE "ünïcödé" RENAME CONSTRAINT k TO k2;

alter table public.tickets force row level security;  -- trailing

CREATE/**/TABLE "tickets" (LIKE PUBLIC.USERS INCLUDING ALL);

CREATE MATERIALIZED VIEW mv AS SELECT 1;

insert into tickets (status) values /* nested /* x */ y */ (e'true');

UPDATE s1.t1 SET role = E'\x74rue'::MOOD ;

-- uses true
seLeCT 1;  -- trailing

alter table "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" rename column -- note
 insert_count
	to z;

CREATE INDEX CONCURRENTLY idx ON "weird.name" (a);


upDaTE USerS sEt A = 1, aRR[1] = 1, ArR[2] = 2 wHERe id = 1;

alter table x add column;

INSERT INTO "ünïcödé" (a,
	a) /* c */ VALUES (1, 2, 3);


WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3), u AS (UPDATE t SET x = 1 RETURNING 1) SELECT * FROM r, u;  -- trailing

SELECT EXTRACT(YEAR FROM NOW());

ALTER TABLE "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ENABLE TRIGGER ALL;  -- trailing

DROP TYPE app.status;

AltER tAble "a""b"/**/rENAme TO "T 2";  -- trailing

CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.updated_at = now(); RETURN NEW; END $fn$ ;

CREATE SEQUENCE public.s;

DROP SCHEMA PUBLIC;

uPdATe "ünïcödé" Set Role = 'TRUE'::MooD ;

CLUSTER TICKETS USING IDX ;

CREATE EXTENSION IF NOT EXISTS pg_trgm;  -- trailing