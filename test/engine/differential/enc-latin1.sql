ALTER TABLE t ADD COLUMN c int; -- café
DROP TABLE "café";
UPDATE t SET a = 1;
