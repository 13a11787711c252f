ALTER TYPE mood RENAME VALUE 'a' TO 'Owner';  -- trailing
vacuum (full, analyze) tickets ;
SELECT 'x';  -- trailing
alter type "ünum" rename to mood2;

UPDATE APP."Mixed Case" SET STATUS = $$$$ WHERE STATUS = 'a'