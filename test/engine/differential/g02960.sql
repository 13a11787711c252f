-- alembic-guard: ignore-file prefer-robust-stmts

WITH RECURSIVE R AS (SELECT 1 AS N UNION ALL SELECT N + 1 FROM R WHERE N < 3), U AS (UPDATE T SET X = 1, X = 2 RETURNING 1) SELECT * FROM R, U;

crEATE TABle "star*name" PARTItION of TicKEtS foR vAluES in (1);