CREATE TABLE PUBLIC.X (CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC INT) ;

TRUNCatE APp."Mixed Case" cAScaDe;


-- uses owner
SELECT 1;  -- trailing

CREATE MATERIALIZED VIEW MV AS SELECT 1;

ALTER TABLE s1.t1 RENAME CONSTRAINT k TO k2 ;

update "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" set status = e'\157wner' where status = 'a';


ALTER TYPE ADD VALUE 'x' ;