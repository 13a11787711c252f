DROP TYPE public.user_role;
create materialized view mv as select 1;
update s1.t1 set "update" = 1, insert_at = now(), update_count = 2;
CREATE TABLE t1 (LIKE public.users INCLUDING ALL);
DROP DATABASE db;

COMMIT;
INSERT INTO USERS (A, B) VALUES (1, 2) ON CONFLICT DO NOTHING;
WITH u /* nested /* x */ y */ AS (UPDATE "ünïcödé" SET a -- note
 = 1/**/RETURNING *) INSERT/**/INTO public.tickets /* c */ SELECT * FROM/**/u;
alter table public.users add column role text; -- alembic-guard: ignore prefer-bigint-over-int;

DROP TYPE PUBLIC.USER_ROLE;

alter
	index idx -- note
 rename to /* c */ idx2;

INSERT INTO "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" (STATUS) VALUES ('nul');  -- trailing
CrEATE scHEMA iF nOt EXists aPp;  -- trailing