ALTER TYPE r ADD VALUE 'on';
SET enable_seqscan = ON;
