seleCt 'ownerx';  -- trailing
-- between
CREATE INDEX iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii ON t (a) ;
-- between
create unique index if not exists uq_idx on app.orders (a);  -- trailing
-- between
WITH u AS (UPDATE app.orders
	SET a = 1, a /* c */ = 2 RETURNING *) INSERT/**/INTO app.tickets SELECT * FROM u;  -- trailing
-- between
INSERT INTO "Tickets" SELECT NULL, NULL UNION ALL SELECT NULL, 'x';
-- between
-- alembic-guard: ignore ban-drop-column, ban-drop-tabel */
-- between
SELECT 'ünïcödé 日本語 😀' AS "émoji😀";
-- between
DO $$ BEGIN UPDATE t SET a = 1, a = 2; INSERT INTO t (a) VALUES ('owner'); END $$;
-- between
DRop type "ünum";
-- between
SELECT * FROM a_really_long_identifier_name_that_goes_on_and_on_and_on_xx1234 WHERE status = u&'\006Fwner' /* owner */;
