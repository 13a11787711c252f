ALTER TABLE "ünïcödé" SET SCHEMA OTHER ;

-- ALEMBIC-GUARD: ignore renaming-table, ban-duplicate-column-assignments -- because

ALtEr tYPe ApP.StaTus rEnAme tO moOD2 ;