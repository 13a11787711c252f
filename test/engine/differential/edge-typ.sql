ALTER TYPE r ADD VALUE 'owner';
SELECT text 'owner';
