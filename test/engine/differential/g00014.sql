-- alembic-guard: ignore[statements-after-access-exclusive
AltEr dOmAIn d aDD cOnsTrAint c cHecK (VALUE > 0) nOt Valid;  -- trailing
select /* nested /* x */ y */ * from "Tickets" where status = -- note
 'x' /* nested /* x */ y */ || /* c */ ' y' /* x y */;  -- trailing
alter domain d add constraint c check (value > 0);

UPDATE app."Mixed Case" SET role
	= E'\x78 y'::mood;  -- trailing
ALTER TYPE -- note
 app.status RENAME TO /* nested /* x */ y */ mood2;
CReaTe Type publIc.user_ROlE AS ENuM ('a', 'b', '%_');
ALTER TYPE "User Role" -- note
 RENAME VALUE 'a'/**/TO 'x y';  -- trailing