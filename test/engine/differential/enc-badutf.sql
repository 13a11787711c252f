DROP TABLE "ðŸ˜€ðŸ˜€";
UPDATE "í €" SET a = 1;
DROP TABLE xÿ;
