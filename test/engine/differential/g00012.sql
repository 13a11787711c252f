BEGIN;
create function f() returns trigger language plpgsql as $fn$ BEGIN NEW.updated_at = now(); RETURN NEW; END $fn$;
-- between
SET LOCAL Lock_Timeout TO '2min';
-- between
BEGIN;
-- between
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_a_really_long_identifier_name_that_goes_on_and_on_and_on_xx ON t1 (a) ;
-- between
CREATE TABLE APP.ORDERS (LIKE S1.T1 INCLUDING ALL);  -- trailing
-- between
WITH i /* c */ AS (INSERT -- note
 INTO
	"weird.name" (a) VALUES (1, 2)/**/RETURNING id) SELECT * FROM
	i;  -- trailing
COMMIT;