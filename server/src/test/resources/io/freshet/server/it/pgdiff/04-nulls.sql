-- NULL handling: three-valued logic, NULL in comparisons, aggregates, grouping, ordering,
-- DISTINCT, joins, IN/NOT IN, CASE, COALESCE and string functions.

create table n (id int primary key, a int, b text, c numeric);
insert into n values (1, 1, 'x', 1.5), (2, null, 'y', null), (3, 3, null, 2.5), (4, null, null, null), (5, 1, 'x', 0);

select true and null as a, false and null as b, true or null as c, false or null as d, not null::boolean as e;
select null = null as a, null <> 1 as b, null is null as c, null is not null as d;
select 1 is distinct from null as a, null is distinct from null as b, null is not distinct from null as c;
select null::int + 1 as a, null || 'x' as b, 'x' || null as c;
select id from n where a = null order by id;
select id from n where a is null order by id;
select id from n where a <> 1 order by id;
select id from n where not (a = 1) order by id;
select id from n where a in (1, null) order by id;
select id from n where a not in (3, null) order by id;
select id from n where a not in (3) order by id;
select id from n where b like 'x%' order by id;
select id, coalesce(a, -1) as a, coalesce(b, 'none') as b from n order by id;
select id, nullif(a, 1) as x from n order by id;
select id, case when a is null then 'null' when a > 1 then 'big' else 'small' end as k from n order by id;
select id, case a when 1 then 'one' else 'other' end as k from n order by id;
select count(*) as all_rows, count(a) as a, count(b) as b, count(c) as c from n;
select sum(a) as s, avg(a) as av, min(a) as mi, max(a) as ma from n;
select sum(c) as s, avg(c) as av from n;
select sum(a) as s, count(a) as c, max(b) as m from n where id > 100;
select a, count(*) from n group by a order by a;
select a, count(*) from n group by a order by a desc;
select a, count(*) from n group by a order by a nulls first;
select a, count(*) from n group by a order by a desc nulls last;
select b from n order by b, id;
select distinct a from n order by a;
select count(distinct a) as d from n;
select id, a from n order by a, id;
select id, a from n order by a desc, id;
select string_agg(b, ',' order by id) as s from n;
select length(b) as l from n order by id;
select upper(b) as u, b || '!' as e, concat(b, '!') as c from n order by id;
select greatest(a, 2) as g, least(a, 2) as l from n order by id;
select id from n where c > 1 or c is null order by id;
select id, a / nullif(a, 0) as r from n order by id;

create table m (a int, label text);
insert into m values (1, 'one'), (null, 'null'), (3, 'three');
select n.id, m.label from n join m on n.a = m.a order by n.id;
select n.id, m.label from n left join m on n.a = m.a order by n.id;
select n.id, m.label from n full join m on n.a = m.a order by n.id, m.label;
select id from n where a in (select a from m) order by id;
-- @known NOT IN (subquery) fails: PostgreSQL no rows (m.a has a NULL), Freshet ERROR 0A000
-- "the aggregate function literal_agg is not supported"
select id from n where a not in (select a from m) order by id;
-- @known NOT IN (subquery) fails even without NULLs: PostgreSQL no rows, Freshet ERROR 0A000 (literal_agg)
select id from n where a not in (select a from m where a is not null) order by id;
select id from n where exists (select 1 from m where m.a = n.a) order by id;
select id from n where not exists (select 1 from m where m.a = n.a) order by id;
select (select max(a) from m) as mx;
-- @known a scalar subquery that is not a single-row aggregate fails: PostgreSQL NULL (no row),
-- Freshet ERROR 0A000 "the aggregate function single_value is not supported"
select (select a from m where a = 42) as nothing;
-- @known same with exactly one row: PostgreSQL 3, Freshet ERROR 0A000 (single_value)
select (select a from m where a = 3) as three;
select a from n union select a from m order by a;
select a from n intersect select a from m order by a;
select a from n except select a from m order by a;
