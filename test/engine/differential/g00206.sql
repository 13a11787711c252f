-- uses nul
SELECT 1;  -- trailing

-- uses nul
select 1;

alter table "ünïcödé" alter column status set default $$nul$$;

/* alembic-guard: ignore identifier-too-long]

INsERT iNtO "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" (STaTuS) vALUeS ($$nul$$);


alteR type Mood adD valUE '' afteR 'zz';

ALTER TYPE public.user_role RENAME VALUE 'a' TO '%_';  -- trailing

UPDATE "ünïcödé" SET role = ''::MOOD;

SELECT extract(MONTH FROM now());

-- alembic-guard: ignore[ban-duplicate-column-assignments -- because

SELECT -- note
 'x' ;