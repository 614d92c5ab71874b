-- SELECT: joins, aggregates, GROUP BY/HAVING, ORDER BY/LIMIT/OFFSET, subqueries, CASE,
-- set operations, DISTINCT, window functions and the scalar functions people use.

create table dept (id int primary key, name text not null, budget numeric(12,2));
create table emp (id int primary key, name text not null, dept_id int, salary int, hired date, manager_id int);
insert into dept values (1, 'eng', 1000000), (2, 'sales', 250000.50), (3, 'ops', null), (4, 'empty', 0);
insert into emp values
  (1, 'alice', 1, 150, '2020-01-15', null),
  (2, 'bob', 1, 120, '2021-03-01', 1),
  (3, 'carol', 2, 90, '2019-07-30', 1),
  (4, 'dave', 2, 95, '2022-11-11', 3),
  (5, 'erin', 3, 70, '2023-05-05', 1),
  (6, 'frank', null, 60, '2024-01-01', null),
  (7, 'grace', 1, 150, '2018-02-28', 1);

-- projections, WHERE, ORDER BY, LIMIT, OFFSET
select name, salary from emp where salary > 90 order by salary desc, name;
select name from emp order by name limit 3;
select name from emp order by name limit 3 offset 2;
select name from emp order by name offset 5;
select name from emp order by name fetch first 2 rows only;
select name, salary * 12 as yearly, salary / 7 as q, salary % 7 as r from emp order by id;
select name from emp where name like '%a%' and salary between 80 and 150 order by 1;
select name from emp where dept_id in (2, 3) order by name;
select name from emp where hired >= date '2021-01-01' order by hired;
select * from emp where id = 3;
select id, name from emp order by salary, id desc;
select 1 as one from emp where false;

-- joins
select e.name, d.name as dept from emp e join dept d on e.dept_id = d.id order by e.id;
select e.name, d.name as dept from emp e left join dept d on e.dept_id = d.id order by e.id;
select e.name, d.name as dept from emp e right join dept d on e.dept_id = d.id order by d.id, e.id;
select e.name, d.name as dept from emp e full outer join dept d on e.dept_id = d.id order by e.id, d.id;
select e.name, m.name as manager from emp e left join emp m on e.manager_id = m.id order by e.id;
select count(*) from emp cross join dept;
select e.name, d.name from emp e, dept d where e.dept_id = d.id and d.budget > 300000 order by e.name;
select e.name from emp e join dept d using (id) order by e.name;
select d.name, e.name from dept d join emp e on e.dept_id = d.id and e.salary > 100 order by d.name, e.name;

-- aggregates
select count(*), count(dept_id), sum(salary), min(salary), max(salary) from emp;
select avg(salary) from emp;
select dept_id, count(*) as n, sum(salary) as total, avg(salary) as mean from emp group by dept_id order by dept_id;
select dept_id, max(salary) from emp group by dept_id having count(*) > 1 order by dept_id;
select d.name, count(e.id) as n from dept d left join emp e on e.dept_id = d.id group by d.name order by n desc, d.name;
select count(distinct dept_id) as depts, count(distinct salary) as salaries from emp;
-- @known extract() in GROUP BY fails inside the engine: PostgreSQL one row per year, Freshet
-- ERROR XX000 "class java.math.BigDecimal cannot be cast to class java.lang.Long"
select extract(year from hired) as y, count(*) from emp group by extract(year from hired) order by y;
-- @known same through a subquery: ERROR XX000 (BigDecimal cannot be cast to Long); the group key
-- is the numeric value of extract() typed int8
select y, count(*) from (select extract(year from hired) as y from emp) t group by y order by y;
select y, count(*) from (select extract(year from hired)::int as y from emp) t group by y order by y;
select sum(budget), avg(budget), max(budget) from dept;
select bool_and(salary > 50) as all_paid, bool_or(salary > 140) as some_rich from emp;
select string_agg(name, ', ' order by name) as names from emp;
select dept_id, string_agg(name, ',' order by name) as names from emp group by dept_id order by dept_id;
-- @known stddev() and variance() are missing: Freshet ERROR 0A000 "the aggregate function stddev is not supported"
select stddev(salary)::numeric(10,4) as sd, variance(salary)::numeric(12,4) as var from emp;
select sum(salary::bigint) as s, sum(salary::float8) as f from emp;
select count(*) filter (where salary > 100) as rich from emp;

-- subqueries
select name from emp where salary = (select max(salary) from emp) order by name;
select name from emp where dept_id in (select id from dept where budget > 100000) order by name;
select name from emp e where salary > (select avg(salary) from emp e2 where e2.dept_id = e.dept_id) order by name;
select name from emp e where exists (select 1 from emp r where r.manager_id = e.id) order by name;
select d.name, (select count(*) from emp e where e.dept_id = d.id) as n from dept d order by d.id;
select t.dept_id, t.total from (select dept_id, sum(salary) as total from emp group by dept_id) t where t.total > 100 order by t.dept_id;
with big as (select * from emp where salary >= 100) select name from big order by name;
with a as (select 1 as x), b as (select x + 1 as y from a) select * from a, b;

-- CASE
-- @known a CASE over string literals has type varchar in Freshet, text in PostgreSQL (same values)
select name, case when salary >= 150 then 'high' when salary >= 90 then 'mid' else 'low' end as band from emp order by id;
-- @known a simple CASE over string literals has type varchar in Freshet, text in PostgreSQL (same values)
select name, case dept_id when 1 then 'eng' when 2 then 'sales' end as d from emp order by id;
select sum(case when salary > 100 then 1 else 0 end) as rich from emp;

-- set operations and DISTINCT
select dept_id from emp union select id from dept order by 1;
select dept_id from emp union all select id from dept order by 1;
select id from dept intersect select dept_id from emp order by 1;
select id from dept except select dept_id from emp order by 1;
select distinct salary from emp order by salary;
select distinct on (dept_id) dept_id, name from emp order by dept_id, salary desc, name;

-- window functions
select name, salary, row_number() over (order by salary desc, name) as rn from emp order by rn;
select name, dept_id, rank() over (partition by dept_id order by salary desc) as r from emp order by dept_id, r, name;
select name, salary, sum(salary) over (partition by dept_id) as dept_total from emp order by id;
select name, lag(name) over (order by id) as prev_name from emp order by id;

-- scalar functions
select upper('abc'), lower('ABC'), length('hello');
select substr('hello', 2, 3), substring('hello' from 2 for 3);
select position('l' in 'hello'), strpos('hello', 'l'), replace('aaa', 'a', 'b'), reverse('abc');
select ltrim('  x  ') as l, rtrim('  x  ') as r, btrim('xxaxx', 'x') as b, trim(both 'x' from 'xxaxx') as t;
select concat('a', 1, null, 'b') as c, concat_ws(',', 'a', null, 'b') as w, 'a' || 1 as p;
select lpad('x', 3, '0') as lp, rpad('x', 3) || '|' as rp, repeat('ab', 2) as rep;
select left('hello', 2) as l, right('hello', 2) as r;
select split_part('a,b,c', ',', 2) as p, initcap('hello world') as i, md5('abc') as m;
select 'abc' like 'a%' as l, 'abc' ilike 'A%' as il, 'abc' ~ '^a' as re, 'abc' similar to 'a(b|c)c' as sim;
select regexp_replace('a1b2', '[0-9]', 'X', 'g') as r;
select abs(-3) as a, mod(10, 3) as m;
-- @known sign(integer) is missing: PostgreSQL -1 (float8), Freshet ERROR 42883
select sign(-5) as s;
select sign(-5.0) as s;
select ceil(2.1) as c, floor(-2.1) as f;
select round(2.5) as r1, round(-2.5) as r2;
select round(2.345, 2) as r3;
select trunc(2.7) as t;
select round(2.5::float8) as r, round(3.5::float8) as r2, ceil(2.1::float8) as c;
-- @known power(integer, integer) is missing: PostgreSQL 1024 (float8), Freshet ERROR 42883
select power(2, 10) as p;
select power(2::float8, 10::float8) as p;
-- @known the ^ operator is missing: PostgreSQL 1024 (float8), Freshet ERROR 42883 "function ^(int4, int4) does not exist"
select 2 ^ 10 as p;
-- @known sqrt() is rewritten to power(x, 0.5), which does not exist for any argument type:
-- PostgreSQL 1.4142135623730951, Freshet ERROR 42883 "function power(int4, numeric) does not exist"
select sqrt(2) as s;
-- @known same for float8: Freshet ERROR 42883 "function power(float8, numeric) does not exist"
select sqrt(2::float8) as s;
select exp(1::float8) as e, ln(10::float8) as l, log(100::float8) as lg, pi() as p;
-- @known exp(integer), ln(integer) and log(integer) are missing: Freshet ERROR 42883 "function exp(int4) does not exist"
select exp(1) as e;
-- @known exp(numeric) fails inside the engine: PostgreSQL 2.7182818284590452, Freshet ERROR XX000
-- "class java.math.BigDecimal cannot be cast to class java.lang.Double"
select exp(1.0) as e;
select random() < 1 as r;
-- @known to_char() is missing: PostgreSQL 2024/05/06, Freshet ERROR 42883
select to_char(date '2024-05-06', 'YYYY/MM/DD') as c;
-- @known age() fails inside the engine: PostgreSQL 4 mons 5 days, Freshet ERROR XX000
-- "class io.freshet.executor.value.Interval cannot be cast to class java.lang.String"
select age(timestamp '2024-05-06 00:00:00', timestamp '2024-01-01 00:00:00') as a;
-- @known date_part() fails inside the engine: PostgreSQL 5 (float8), Freshet ERROR XX000
-- "class org.apache.calcite.util.NlsString cannot be cast to class org.apache.calcite.avatica.util.TimeUnitRange"
select date_part('month', date '2024-05-06') as m;
select make_date(2024, 2, 29) as d;
select now() is not null as n, current_date is not null as d, current_timestamp is not null as t;
select current_user::text as u, current_database()::text as d, current_schema()::text as s;
-- @known current_user is varchar and current_database()/current_schema() are text in Freshet,
-- type name in PostgreSQL; current_schema() is named ?column? instead of current_schema
select current_user, current_database(), current_schema();
select version() like 'PostgreSQL 15%' as v;
-- @known pg_typeof() is missing: PostgreSQL integer (regtype), Freshet ERROR 42883 "function pg_typeof(numeric) does not exist"
select pg_typeof(1) as t;
-- @known generate_series() is missing: PostgreSQL 1, 2, 3, Freshet ERROR 42883
select * from generate_series(1, 3) as g;
select (select max(salary) from emp);
select * from (values (1, 'a'), (2, 'b')) as v(n, s) order by n;
