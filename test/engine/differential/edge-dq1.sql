ALTER TYPE r ADD VALUE 'o"neil';
SET search_path TO "o""neil";
