ALTER TYPE r ADD VALUE 'o"neil';
SELECT extract("o""neil" FROM now());
