ALTER TYPE r ADD VALUE 'owner';
UPDATE u SET r = 'ow'  -- c
'ner';
