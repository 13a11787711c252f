ALTER TABLE "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ADD COLUMN/**/"col.x"/**/jsonb; -- note
  ;
WITH u AS (UPDATE tickets SET a = 1 RETURNING *) INSERT INTO app."Mixed Case" SELECT * FROM /* nested /* x */ y */ u;
CREATE TABLE public.x (cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc int);
ALTER TABLE "weird.name" ALTER COLUMN STATUS SET DEFAULT U&'\0061.b';
TRUNCATE s1.t1 RESTRICT;  -- trailing
WItH U
	as/**/(UPDatE -- note
 A_REallY_LOnG_iDEnTIFIEr_NAmE_THAt_goes_on_ANd_On_and_On_xx1234 sET A = 1, a = 2 reTUrNINg *) INSErT InTo App.OrDeRs SElect * /* nested /* x */ y */ FROm U ;
CREATE TABLE X (CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC INT);
DROP TABLE users CASCADE;
create domain d as int check (value > 0);

CREATE SCHEMA IF NOT EXISTS app;
drop schema public cascade;
