-- Types and literals: how each type prints, its type OID (the column type name), the column
-- names PostgreSQL gives to unnamed expressions, casts and their errors.
--
-- Every "@known" statement below is a difference from PostgreSQL 15 that the engine must fix;
-- the statement itself is the minimal reproduction (on an empty database).

-- integers
select 1;
select 1 as a, -1 as b, 0 as c;
select 2::int2 as s, 3::int4 as i, 4::int8 as l;
select 2147483647 as max4, -2147483648 as min4;
select 2147483648 as big;
select 9223372036854775807 as max8;
select 9223372036854775808 as huge;
select 12345678901234567890;
select 32767::smallint as s;
select 32768::smallint;
select 2147483648::int;
select '  42  '::int as i;
select '4x'::int;
select 1::int2 + 1::int2 as s;
select 1::int8 + 1 as l;
select 7 / 2 as q, -7 / 2 as nq, 7 % 3 as r, -7 % 3 as nr;
select 2147483647 + 1;
select 9223372036854775807 + 1;
select -(-2147483648);

-- numeric
select 1.5 as n;
select 1.50 as n, 0.000 as z, -0.0 as nz, .5 as p;
-- @known a literal with a trailing dot is numeric in PostgreSQL; Freshet types it int4
-- (column type numeric vs int4, value 5 on both)
select 5. as d;
-- @known literals with an exponent are numeric in PostgreSQL, float8 in Freshet
-- (column types numeric vs float8; values 1500 and 0.001 on both)
select 1.5e3 as e, 1e-3 as f;
select 1.5e3::numeric as e;
select 123.456::numeric(5,1) as n;
select 2.5::numeric(3,1) * 2 as n;
select '3.14'::numeric as n;
select 99999.5::numeric(5,0);
select 1.0 / 3 as n;
select 10.0 / 4 as n;
select 7 / 2.0 as n;
select 7::numeric / 2 as n;
select 0.1 + 0.2 as n;
select 100000000000000000000000000000000.5 as n;
select 1.25::numeric(3,1) as a, 1.35::numeric(3,1) as b, -1.25::numeric(3,1) as c;

-- floating point
select 1.5::float4 as r, 0.1::float8 as d;
select 1e-5::float8 as a, 1e20::float8 as b, 123456789.123::float4 as c;
select 'NaN'::float8 as a, 'Infinity'::float8 as b, '-Infinity'::float8 as c, '-0'::float8 as d;
select 0.1::float8 + 0.2::float8 as d;
select 7::float8 / 2 as d;
select 1::float8 / 3 as d;
select 1::float4 / 3::float4 as r;
-- @known float4 / int4 is float8 in PostgreSQL (0.3333333333333333), float4 in Freshet (0.33333334)
select 1::float4 / 3 as r;
select 1e308::float8 * 10;
select 3.7::float8::int as i, 2.5::float8::int as h, 3.5::float8::int as h2, (-2.5)::float8::int as nh;
select 3.14::int as i, 2.5::int as h, (-2.5)::int as nh;

-- text
select 'abc' as t;
select 'abc'::text as t, 'abc'::varchar(2) as v2;
-- @known varchar without a length has type OID text (25) in Freshet, varchar (1043) in PostgreSQL
select 'abc'::varchar as v;
-- @known char(n) has type OID text and is not blank-padded in Freshet: PostgreSQL prints 'x  ' as bpchar
select 'x'::char(3) as c;
select 'x'::char(3) || 'y' as cc;
-- @known length() of char(n) ignores trailing blanks in PostgreSQL (1); Freshet 3
select length('x  '::char(3)) as l;
select 'it''s' as q, E'a\tb' as e, $$dollar$$ as d, U&'\0041' as u;
select 'abcd'::varchar(2);
select ''::text as t;
select 'héllo' as u, length('héllo') as l, octet_length('héllo') as o;

-- booleans
select true as t, false as f;
select 'true'::boolean as a, 'yes'::boolean as b, 'off'::boolean as c, 't'::bool as d, 1::boolean as e;
select 'maybe'::boolean;
select true::text as t;
-- @known the cast boolean -> integer is missing: PostgreSQL 0, Freshet ERROR 42804
select false::int as i;

-- dates and times
select date '2024-02-29' as d;
select time '12:34:56' as t, time '12:34:56.789' as tf;
select timestamp '2024-01-01 10:00:00' as ts;
select timestamp '2024-01-01 10:00:00.5' as ts;
-- @known a timestamp literal without seconds is rejected: PostgreSQL 2024-05-06 12:00:00,
-- Freshet ERROR 42601 Illegal TIMESTAMP literal (a string cast '2024-05-06 12:00'::timestamp works)
select timestamp '2024-05-06 12:00' as ts;
select '2024-05-06 12:00'::timestamp as ts;
-- @known the typed literal timestamptz '...' is a syntax error in Freshet (42601);
-- PostgreSQL 2024-01-01 08:00:00+00 ('...'::timestamptz works)
select timestamptz '2024-01-01 10:00:00+02' as tz;
select '2024-01-01 10:00:00+02'::timestamptz as tz;
select '2024-01-01'::date as d, '2024-01-01'::timestamp as ts, '12:00'::time as t;
select '2024-02-30'::date;
-- @known pgjdbc's getColumnTypeName() fails on an interval column (and any type outside its
-- built-in table: _int4, jsonb, ...): pgjdbc looks the OID up with
-- "SELECT n.nspname = ANY(current_schemas(true)), n.nspname, t.typname FROM pg_catalog.pg_type t
-- JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid WHERE t.oid = $1" and Freshet has no
-- current_schemas() (42883). The values themselves print the same.
select interval '1 day 2 hours' as i;
select (interval '90 minutes')::text as a, (interval '1 year 2 months')::text as b,
  (interval '-1 day')::text as c, (interval '1.5 hours')::text as d;
-- @known an unnamed typed literal is named after its type in PostgreSQL ("interval"), ?column?
-- in Freshet (and the interval type name lookup of pgjdbc fails, see above)
select interval '1 day';
-- @known date + integer is missing: PostgreSQL 2024-02-01, Freshet ERROR 42883
select date '2024-01-31' + 1 as d;
-- @known date - date is missing: PostgreSQL 29 (int4), Freshet ERROR 42883
select date '2024-03-01' - date '2024-02-01' as days;
-- @known date + interval fails inside the engine: PostgreSQL 2024-02-01 00:00:00, Freshet ERROR
-- XX000 "class java.lang.Long cannot be cast to class java.lang.Integer"
select date '2024-01-31' + interval '1 day' as ts;
select timestamp '2024-01-31 00:00:00' + interval '1 month' as ts;
-- @known timestamp - timestamp is missing: PostgreSQL 12:00:00 (interval), Freshet ERROR 42883
select timestamp '2024-01-02 00:00:00' - timestamp '2024-01-01 12:00:00' as i;
select '2024-01-01 10:00:00+00'::timestamptz::date as d;
-- @known extract() returns numeric since PostgreSQL 14; Freshet int8 (value 2024 on both)
select extract(year from date '2024-05-06') as y;
-- @known same: extract(epoch ...) is numeric in PostgreSQL, int8 in Freshet (value 1704067200.000000 on both)
select extract(epoch from timestamp '2024-01-01 00:00:00') as e;
-- @known date_trunc() is missing: PostgreSQL 2024-05-01 00:00:00, Freshet ERROR 42601
-- "Invalid number of arguments to function 'DATE_TRUNC'. Was expecting 0 arguments"
select date_trunc('month', timestamp '2024-05-06 12:00:00') as m;

-- bytea, json, arrays
select '\x0a0b'::bytea as b;
select 'abc'::bytea as b;
-- @known jsonb has type OID text (25) in Freshet, jsonb (3802) in PostgreSQL
select '{"a": 1}'::jsonb as j;
-- @known jsonb output is not normalized: PostgreSQL prints {"a": 1}, Freshet {"a":1}
select '{"a":1}'::jsonb::text as j;
-- @known json has type OID text (25) in Freshet, json (114) in PostgreSQL
select '{"a": [1, 2]}'::json as j;
-- @known the ->> operator is a syntax error in Freshet: PostgreSQL 2, Freshet ERROR 42601
select '{"b":1,"a":2}'::jsonb ->> 'a' as v;
select '{1,2}'::int[] as a;
-- @known the ARRAY[...] constructor is missing: PostgreSQL {1,2,3} (_int4), Freshet ERROR 42883
-- "function array(int4, int4, int4) does not exist"
select array[1, 2, 3] as a;

-- casts to text and names of unnamed columns
select cast(1 as text), 1::text || 'x';
select 1 as "Mixed Case", 2 as lower_case, 3 AS Upper_Case;
-- @known keywords reserved in Freshet's grammar (Calcite's) are refused as column labels after AS;
-- PostgreSQL accepts any keyword there. Same for date, time, timestamp, user, end, row, rows,
-- prev, next, none, empty, lower, current: ERROR 42601 syntax error at or near "upper"
select 3 as upper;
-- @known same: select 1 as date is ERROR 42601 in Freshet
select 1 as date;
-- @known same: select 1 as none is ERROR 42601 in Freshet
select 1 as none;
select coalesce(null, 2);
select nullif(1, 2);
select greatest(1, 3, 2), least(1, 3, 2);
select case when true then 1 end;
select trim('  x  ');
-- @known a cast to char(n) is named "char" with type text in Freshet; PostgreSQL "bpchar", bpchar, blank-padded
select 'x'::char(3);
select '\x00'::bytea;
select 'abc'::varchar(2)::text;
select cast('1' as int);
select 1 + 1, 'a' || 'b';
select count(*) from (select 1) t;
select sum(1), avg(1), min(1), max(1);
