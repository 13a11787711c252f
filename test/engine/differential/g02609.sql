SELECT 'owner'::"User Role"; CREATE EXTENSION IF NOT EXISTS PG_TRGM; -- uses owner
SElECT 1; SELECT 'o'
  'wner'::"User Role";  -- trailing ALTER TYPE public.user_role ADD VALUE 'a*b' BEFORE 'a';  -- trailing