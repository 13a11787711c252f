BEGIN;
-- alembic-guard: ignore[require-lock-timeout
-- between
set local idle_in_transaction_session_timeout = default;
-- between
CREATE TABLE IF NOT EXISTS APP.TICKETS (ID INT GENERATED ALWAYS AS IDENTITY, A SERIAL, B CHAR(1), C JSON, D TIMESTAMP, E VARCHAR);  -- trailing
-- between
-- alembic-guard: ignore[renaming-table -- because
-- between
CREATE TEMP TABLE tmp_x (a int);
-- between
aLTer TYPe mood AdD VaLUE $$x y$$ AfTER 'zz';
-- between
-- alembic-guard: ignore prefer-robust-stmts, require-statement-timeout] -- why
-- between
ALTER TABLE APP.TICKETS SET SCHEMA OTHER ;
-- between
ALTER
	TABLE a_really_long_identifier_name_that_goes_on_and_on_and_on_xx1234 SET
	SCHEMA other;
-- between
select * from "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" where status = $q$x y$q$ /* x y */;
-- between
INSERT INTO TICKETS (status) VALUES (U&'!0078 y' UESCAPE '!');

-- between
DO $$ BEGIN UPDATE t SET a = 1, a = 2; INSERT INTO t (a) VALUES ('x y'); END $$;
-- between
CREATE DOMAIN d AS int;
-- between
UPDATE "a""b" SET role = 'X Y'::mood;
-- between
-- alembic-guard: ignore[ban-drop-tabel, changing-column-type */
-- between
WitH I as (InsERt inTo T (a, a) VAlUEs (1, 2) ReturnING id) deleTE FrOM T2 wheRe Id iN (SelECt ID froM I);
-- between
RESET statement_timeout;

-- between
CREATE TABLE "tickets" (id bigint PRIMARY KEY, a varchar(20), b int, status "ünum", "col.x" character varying(5));

-- between
ALTER TABLE IF EXISTS "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ALTER COLUMN role SET DATA TYPE json USING role::json,
  ADD PRIMARY KEY (id),
  REPLICA IDENTITY FULL,
  ADD status user_role NOT NULL;
-- between
CREATE TABLE USERS PARTITION OF ORDERS FOR VALUES IN (1);  -- trailing
-- between
DELETE FROM public.users WHERE id = 1;
-- between
SELECT * FROM TICKETS FOR UPDATE;

-- between
ALTEr TabLE "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ReNAME COLumN rolE TO z ;
-- between
ALTER TYPE public.user_role RENAME TO mood2;
-- between
ALTER TYPE MOOD RENAME VALUE 'a' TO '';

COMMIT;