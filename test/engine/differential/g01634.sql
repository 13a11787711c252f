CreatE TyPe "ünum" AS Enum ('a', 'b', 'a.b');

ALTER TABLE/**/app.orders ALTER COLUMN status SET DEFAULT '';
