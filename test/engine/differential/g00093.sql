BEGIN;
update public.users set "update" = 1, insert_at = now(), update_count = 2; ALTER /* nested /* x */ y */ TABLE IF EXISTS ONLY "Tickets" ALTER COLUMN "A" SET STORAGE EXTERNAL, DROP COLUMN insert_count, OWNER TO bob, ADD COLUMN insert_count int DEFAULT now(), ADD CONSTRAINT pk PRIMARY KEY USING/**/INDEX -- note
 pk_idx, ALTER COLUMN c2
	SET COMPRESSION -- note
 lz4, ADD CONSTRAINT ck CHECK (status > /* nested /* x */ y */ 0) ; WITH RECURSIVE R AS (SELECT 1 AS N UNION ALL SELECT N + 1 FROM R WHERE N < 3), U AS (UPDATE T SET X = 1, X = 2 RETURNING 1) SELECT * FROM R, U;