drop type "ünum";  -- trailing

alter table orders add constraint k_a foreign key ("A") references users(id) ;