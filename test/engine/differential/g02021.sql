BEGIN;
alter table app.orders alter column role set statistics 100 ;