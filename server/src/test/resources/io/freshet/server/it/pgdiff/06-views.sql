-- Views and materialized views: a view shows its query's current result; a Freshet
-- materialized view is maintained incrementally, so PostgreSQL needs a REFRESH (a statement
-- for PostgreSQL only) where Freshet needs nothing. Their contents must equal PostgreSQL's.

create table orders (id int primary key, customer text not null, amount numeric(10,2), status text);
insert into orders values (1, 'ann', 10.00, 'open'), (2, 'bob', 25.50, 'open'), (3, 'ann', 5.25, 'closed');

create view open_orders as select id, customer, amount from orders where status = 'open';
select * from open_orders order by id;

-- @known CREATE MATERIALIZED VIEW reports the command tag "SELECT n" (rows) in PostgreSQL,
-- "CREATE MATERIALIZED VIEW" in Freshet (pgjdbc update count n vs 0)
create materialized view totals as select customer, count(*) as n, sum(amount) as total from orders group by customer;
select * from totals order by customer;

-- @known CREATE MATERIALIZED VIEW reports the command tag "SELECT n" (rows) in PostgreSQL,
-- "CREATE MATERIALIZED VIEW" in Freshet (pgjdbc update count n vs 0)
create materialized view big as select o.id, o.customer, o.amount from orders o where o.amount > 9;
select * from big order by id;

insert into orders values (4, 'cy', 100.00, 'open'), (5, 'bob', 1.00, 'closed');
update orders set amount = amount + 1 where customer = 'ann';
delete from orders where id = 2;
-- @pg-only PostgreSQL materialized views are snapshots; Freshet's are maintained on every change
refresh materialized view totals;
-- @pg-only PostgreSQL materialized views are snapshots; Freshet's are maintained on every change
refresh materialized view big;
select * from open_orders order by id;
select * from totals order by customer;
select * from big order by id;
select customer, total from totals where n > 1 order by customer;
select t.customer, t.total, b.amount from totals t join big b on b.customer = t.customer order by b.id;

-- a view over a view, and a materialized view over a join
create view ann_orders as select * from open_orders where customer = 'ann';
select * from ann_orders order by id;
create table customers (name text primary key, city text);
insert into customers values ('ann', 'oslo'), ('bob', 'rome'), ('cy', 'oslo');
-- @known CREATE MATERIALIZED VIEW reports the command tag "SELECT n" (rows) in PostgreSQL,
-- "CREATE MATERIALIZED VIEW" in Freshet (pgjdbc update count n vs 0)
create materialized view by_city as select c.city, count(*) as orders, sum(o.amount) as amount
  from orders o join customers c on c.name = o.customer group by c.city;
select * from by_city order by city;
insert into orders values (6, 'bob', 7.00, 'open');
delete from customers where name = 'cy';
-- @pg-only PostgreSQL materialized views are snapshots; Freshet's are maintained on every change
refresh materialized view by_city;
select * from by_city order by city;

-- DROP
drop view ann_orders;
drop view open_orders;
drop materialized view big;
select * from big;
drop table orders;
drop table orders cascade;
select * from totals;
