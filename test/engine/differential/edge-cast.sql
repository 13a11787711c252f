ALTER TYPE r ADD VALUE 'owner';
SELECT owner::text FROM t;
