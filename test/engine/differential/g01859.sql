BEGIN;
INSERT INTO APP.ORDERS (A) VALUES (NULL), (1);

create view v as select * from "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü";  -- trailing
comment on table app."Mixed Case" /* c */ is 'it''s owner';
COMMIT;