ALTER TYPE r ADD VALUE 'owner';
SELECT 'ow'
/* x */
'ner';
