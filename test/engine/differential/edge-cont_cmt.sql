ALTER TYPE r ADD VALUE 'owner';
SELECT 'ow' -- c
 -- d
 'ner';
