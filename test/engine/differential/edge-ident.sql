ALTER TYPE r ADD VALUE 'owner';
SET search_path = OWNER;
