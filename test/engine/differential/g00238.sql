WITH I AS -- note
 (INSERT INTO T (A, A) VALUES (1, 2) RETURNING
	ID) UPDATE T3 SET B = 1 WHERE ID IN /* nested /* x */ y */ (SELECT ID FROM I);
-- between
create table if not exists app."Mixed Case" (id int generated always as identity, a serial, b char(1), c json, d timestamp, e varchar);  -- trailing
-- between
REINDEX DATABASE tickets;