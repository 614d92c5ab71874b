-- Statements and clauses of PostgreSQL that Freshet does not have yet, and transaction blocks,
-- whose effects Freshet cannot undo. Each uses a table of its own so that a difference does
-- not spread to later statements.

-- INSERT ... RETURNING
create table ret (id int primary key, v text);
-- @known INSERT ... RETURNING is a syntax error in Freshet: PostgreSQL returns the row (1, a), Freshet ERROR 42601
insert into ret values (1, 'a') returning id, v;

-- INSERT ... ON CONFLICT
create table ups (id int primary key, v text);
insert into ups values (1, 'a');
-- @known INSERT ... ON CONFLICT DO UPDATE is a syntax error in Freshet: PostgreSQL INSERT 0 1, Freshet ERROR 42601
insert into ups values (1, 'b') on conflict (id) do update set v = excluded.v;
-- @known INSERT ... ON CONFLICT DO NOTHING is a syntax error in Freshet: PostgreSQL INSERT 0 0, Freshet ERROR 42601
insert into ups values (1, 'c') on conflict do nothing;

-- UPDATE and DELETE with subqueries (supported)
create table sub (id int primary key, v text);
insert into sub values (1, 'a'), (2, 'b'), (3, 'c');
update sub set v = 'x' where id in (select id from sub where v = 'a');
update sub set v = (select max(v) from sub) where id = 3;
delete from sub where id in (select 2);
select * from sub order by id;

-- DELETE ... USING and UPDATE ... FROM
create table du (id int primary key, v text);
insert into du values (1, 'a'), (2, 'b');
-- @known DELETE ... USING is a syntax error in Freshet: PostgreSQL DELETE 1, Freshet ERROR 42601
delete from du using du d2 where du.id = d2.id and d2.v = 'b';
create table uf (id int primary key, v text);
insert into uf values (1, 'a');
-- @known UPDATE ... FROM is a syntax error in Freshet: PostgreSQL UPDATE 1, Freshet ERROR 42601
update uf set v = s.v from sub s where s.id = uf.id;

-- TRUNCATE, ALTER TABLE, CREATE INDEX
create table tr (id int);
insert into tr values (1);
-- @known TRUNCATE is a syntax error in Freshet: PostgreSQL TRUNCATE TABLE, Freshet ERROR 42601
truncate tr;
create table alt (id int);
-- @known ALTER TABLE is a syntax error in Freshet: PostgreSQL ALTER TABLE, Freshet ERROR 42601
alter table alt add column w int;
create table idx (id int, v text);
-- @known CREATE INDEX is a syntax error in Freshet: PostgreSQL CREATE INDEX, Freshet ERROR 42601
create index idx_v on idx (v);

-- column constraints and generated keys
-- @known serial columns: PostgreSQL CREATE TABLE, Freshet ERROR 0A000 "serial columns is not supported"
create table ser (id serial primary key, v text);
-- @known identity columns are a syntax error in Freshet: PostgreSQL CREATE TABLE, Freshet ERROR 42601
create table ident (id bigint generated always as identity, v text);
-- @known UNIQUE constraints are a syntax error in Freshet: PostgreSQL CREATE TABLE, Freshet ERROR 42601
create table uq (id int primary key, v text unique);
-- @known CHECK constraints are a syntax error in Freshet: PostgreSQL CREATE TABLE, Freshet ERROR 42601
create table chk (id int primary key, v int check (v > 0));
-- @known REFERENCES (foreign keys) are a syntax error in Freshet: PostgreSQL CREATE TABLE, Freshet ERROR 42601
create table fk (id int references sub (id));
-- @known temporary tables are a syntax error in Freshet: PostgreSQL CREATE TABLE, Freshet ERROR 42601
create temp table tmp (a int);
-- @known CREATE TABLE ... AS: PostgreSQL SELECT 1, Freshet ERROR 0A000 "CREATE TABLE ... AS is not supported"
create table ctas as select 1 as a;
-- @known SELECT ... INTO is a syntax error in Freshet: PostgreSQL SELECT 1, Freshet ERROR 42601
select 1 as a into sel_into;

-- other query forms (supported)
values (1, 'a'), (2, 'b');
table sub;
select * from sub order by id limit all;

-- transaction blocks: statements commit one by one in Freshet, so ROLLBACK cannot undo them
create table tx (id int primary key);
begin;
insert into tx values (1);
select count(*) from tx;
-- @known ROLLBACK after a change: PostgreSQL undoes the insert silently, Freshet keeps it and
-- sends WARNING 01000 "statements of this transaction block were already committed one by one"
rollback;
-- @known consequence of the above: PostgreSQL count 0, Freshet count 1
select count(*) from tx;
begin;
insert into tx values (2);
commit;
select id from tx where id = 2;
