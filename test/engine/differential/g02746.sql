uPDaTE "tickets" SET STaTuS = 'NUL' WHeRE STAtus = 'a';  -- trailing
SEleCt ExTRact(Year FrOM NOW());  -- trailing
INSERT INTO "a""b" (a) SELECT NULL::int FROM "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ;
WITH I AS (INSERT INTO T (A, A) VALUES (1, 2) RETURNING ID) DELETE FROM T2 WHERE ID IN (SELECT ID FROM I);
AlTer tABlE pUBliC.UseRS reNamE conStrAiNt K tO k2;
insert into s1.t1 (a) values (null), (1);