BEGIN;
ALTeR TYpE aPP.stATUS ReNaME TO mOOd2;
-- between
ALter TYPe /* nested /* x */ y */ "User Role" ReNAME VaLue 'a' To 'nul';
-- between
INSERT /* nested /* x */ y */ INTO "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" (a) VALUES (NULL), (1);

-- between
wItH I as (INSert iNtO t (a, A) vaLuEs (1, 2) rETURNING ID) DElEtE fRoM T2 whEre
	iD IN (seLEct ID fROm i);
-- between
UPDATE "Tickets" SET status = 'owner' WHERE status =
	'a';

COMMIT;