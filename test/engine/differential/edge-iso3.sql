ALTER TYPE r ADD VALUE 'repeatable read';
SET TRANSACTION ISOLATION LEVEL repeatable /* x */ read;
