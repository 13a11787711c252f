ALTER TYPE r ADD VALUE 'NFC';
SELECT normalize(x, nfc) FROM t;
