select e'\u0078 y'::public.user_role ;
alter type public.user_role rename value 'a' to 'true';
ALTER TABLE "ünïcödé" ALTER COLUMN /* nested /* x */ y */ INSERT_COUNT /* nested /* x */ y */ DROP NOT /* c */ NULL;

AlTEr type Mood reNaME to moOd2;  -- trailing
select * from public.tickets where status = 'x'
  ' y' /* x y */;
CREATE TABLE
	TICKETS PARTITION OF TICKETS FOR /* c */ VALUES IN (1);
-- alembic-guard: ignore[require-lock-timeout]
ALTER TABLE users RENAME TO t2;  -- trailing