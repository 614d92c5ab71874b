-- Errors: the SQLSTATE of each kind of failure, and that the session goes on after each.

create table t (id int primary key, v varchar(3) not null, n int);
insert into t values (1, 'a', 10);

-- syntax and names
select * form t;
selec 1;
select * from nope;
select nope from t;
select t.nope from t;
select x.id from t;
-- @known a duplicate table name in FROM: PostgreSQL ERROR 42712, Freshet ERROR 42601
select id from t, t;
select id from t a join t b on a.id = b.id;
insert into nope values (1);
insert into t (nope) values (1);
update t set nope = 1;
select nope();
-- @known a function called with the wrong number of arguments: PostgreSQL ERROR 42883, Freshet ERROR 42601
select abs('x', 1);
create table t (id int);
create table u (a int, a int);
-- @known an unknown type name: PostgreSQL ERROR 42704, Freshet ERROR XX000 "Unknown identifier 'notatype'"
create table u2 (a notatype);
drop table nope;
drop view nope;
drop materialized view nope;

-- types
select 1 + 'a';
select 'a' + 1;
select 1 + true;
-- @known a bad date literal: PostgreSQL ERROR 22007, Freshet ERROR 42601 ('nope'::date is 22007 on both)
select date 'nope';
select 'x'::int;
select ''::int;
select '1.5'::int;
select 'x'::numeric;
select 'x'::date;
select 'x'::boolean;
select 'x'::timestamp;
select 'x'::interval;
-- @known invalid JSON is accepted by the jsonb cast: PostgreSQL ERROR 22P02, Freshet returns '{'
select '{'::jsonb;
-- @known WHERE without FROM is a syntax error in Freshet: PostgreSQL ERROR 42804
-- (argument of WHERE must be type boolean), Freshet ERROR 42601
select 1 where 1;
-- @known same: PostgreSQL ERROR 22P02, Freshet ERROR 42601
select 1 where 'x';
-- @known a non-boolean WHERE: PostgreSQL ERROR 42804, Freshet ERROR 42601 "WHERE clause must be a condition"
select 1 from t where 1;
-- @known an unknown literal as WHERE: PostgreSQL ERROR 22P02 (invalid input syntax for type boolean), Freshet ERROR 42601
select 1 from t where 'x';
-- @known an integer is implicitly cast to text for a text function: PostgreSQL ERROR 42883, Freshet 1
select length(1);
-- @known same: PostgreSQL ERROR 42883, Freshet 1
select upper(1);
select substr('abc', 'x');

-- arithmetic
select 1 / 0;
select 1 % 0;
select 1.0 / 0;
select 1::float8 / 0;
select 2147483647 + 1;
select -2147483648 * -1;
select 9223372036854775807 * 2;
select 32767::int2 + 1::int2;
-- @known sqrt() is rewritten to power(x, 0.5), which does not exist: PostgreSQL ERROR 2201F, Freshet ERROR 42883
select sqrt(-1::float8);
select ln(0::float8);
select ln(-1::float8);
select ln(0.0);
select 10::numeric(2,0);

-- constraints
insert into t values (1, 'b', 1);
insert into t values (2, null, 1);
insert into t values (null, 'c', 1);
insert into t values (3, 'long', 1);
insert into t (id) values (4);
update t set v = null;
update t set v = 'toolong';
insert into t values (5, 'ok', 'x');
create table few (a int, b text, c int default 3);
insert into few values (5, 'ok');
drop table few;
insert into t values (6, 'ok', 1, 2);
insert into t (id, v) values (7);

-- grouping and subqueries
select id, count(*) from t;
-- @known a column functionally dependent on the grouped primary key: PostgreSQL accepts it,
-- Freshet ERROR 42803
select v from t group by id;
select count(*) from t where count(*) > 1;
-- @known a scalar subquery with more than one row: PostgreSQL ERROR 21000 at run time,
-- Freshet ERROR 0A000 "the aggregate function single_value is not supported"
select (select id from t union all select id from t);
-- @known same: PostgreSQL ERROR 21000, Freshet ERROR 0A000 (single_value)
select * from t where id = (select id from t union all select 2);
select * from t where id in (select id, v from t);
-- @known sum(varchar): PostgreSQL ERROR 42883 (no such function), Freshet casts the text to numeric: ERROR 22P02
select sum(v) from t;
-- @known avg(unknown literal): PostgreSQL ERROR 42725 (not unique), Freshet ERROR 22P02
select avg('x');

-- the session is still fine
select id, v, n from t order by id;

-- transaction blocks: an error aborts the block until its end
begin;
select 1;
select 1 / 0;
select 1;
commit;
select 2;
begin;
select * from nope;
rollback;
select 3;
commit;
rollback;
