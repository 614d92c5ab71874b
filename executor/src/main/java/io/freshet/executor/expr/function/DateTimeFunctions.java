package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.DATE;
import static io.freshet.executor.type.TypeKind.DOUBLE;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.INTERVAL;
import static io.freshet.executor.type.TypeKind.TIME;
import static io.freshet.executor.type.TypeKind.TIMESTAMP;
import static io.freshet.executor.type.TypeKind.TIMESTAMPTZ;
import static io.freshet.executor.type.TypeKind.VARCHAR;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.DateTimes;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.TimeZones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Date/time functions: {@code extract} (numeric) and {@code date_part} (double) of every field
 * PostgreSQL knows, {@code date_trunc}, {@code age}, {@code make_date},
 * {@code make_timestamp}, {@code make_timestamptz}, {@code justify_days/hours/interval},
 * {@code date_bin}, {@code to_timestamp(double)}, {@code timezone} (AT TIME ZONE), and the
 * statement clock: {@code now}, {@code current_timestamp}, {@code current_date},
 * {@code localtimestamp} (nondeterministic). Timestamptz fields are taken in the session zone.
 */
final class DateTimeFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        for (TypeKind k : new TypeKind[] {TIMESTAMP, TIMESTAMPTZ, DATE, TIME, INTERVAL}) {
            r.registerSimple("extract", Signature.of(VARCHAR, k), (a, c) -> extract((String) a[0], a[1], k, c));
            r.registerSimple("date_part", Signature.of(VARCHAR, k), (a, c) -> {
                Object v = extract((String) a[0], a[1], k, c);
                if (v == null) {
                    return null;
                }
                return v instanceof BigDecimal ? ((BigDecimal) v).doubleValue()
                        : v == NumericSpecial.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            });
        }
        r.registerSimple("date_trunc", Signature.of(VARCHAR, TIMESTAMP), (a, c) -> truncLocal((String) a[0], (Long) a[1]));
        r.registerSimple("date_trunc", Signature.of(VARCHAR, TIMESTAMPTZ), (a, c) ->
                truncTz((String) a[0], (Long) a[1], c.timeZone()));
        r.registerSimple("date_trunc", Signature.of(VARCHAR, DATE), (a, c) -> {
            long ts = CastFunctions.dateToTimestamp((Integer) a[1]);
            return truncTz((String) a[0], DateTimes.toUtc(ts, c.timeZone()), c.timeZone());
        });
        r.registerSimple("date_trunc", Signature.of(VARCHAR, TIMESTAMPTZ, VARCHAR), (a, c) ->
                truncTz((String) a[0], (Long) a[1], TimeZones.resolve((String) a[2])));
        r.registerSimple("date_trunc", Signature.of(VARCHAR, INTERVAL), (a, c) -> truncInterval((String) a[0], (Interval) a[1]));
        r.registerSimple("age", Signature.of(TIMESTAMP, TIMESTAMP), (a, c) -> age((Long) a[0], (Long) a[1]));
        r.registerSimple("age", Signature.of(TIMESTAMPTZ, TIMESTAMPTZ), (a, c) ->
                age(DateTimes.toLocal((Long) a[0], c.timeZone()), DateTimes.toLocal((Long) a[1], c.timeZone())));
        r.registerSimple("age", Signature.of(TIMESTAMP).nondeterministic(), (a, c) -> age(today(c), (Long) a[0]));
        r.registerSimple("age", Signature.of(TIMESTAMPTZ).nondeterministic(), (a, c) ->
                age(today(c), DateTimes.toLocal((Long) a[0], c.timeZone())));
        r.registerSimple("make_date", Signature.of(INTEGER, INTEGER, INTEGER), (a, c) -> {
            long y = (Integer) a[0];
            int m = (Integer) a[1];
            int d = (Integer) a[2];
            return (int) makeDate(y, m, d, a);
        });
        r.registerSimple("make_timestamp", Signature.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE), (a, c) ->
                makeTimestamp(a));
        r.registerSimple("make_timestamptz", Signature.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE), (a, c) ->
                DateTimes.checkTimestamp(DateTimes.toUtc(makeTimestamp(a), c.timeZone())));
        r.registerSimple("make_timestamptz", Signature.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE, VARCHAR),
                (a, c) -> DateTimes.checkTimestamp(DateTimes.toUtc(makeTimestamp(a), TimeZones.resolve((String) a[6]))));
        r.registerSimple("justify_days", Signature.of(INTERVAL), (a, c) -> TimeMath.justifyDays((Interval) a[0]));
        r.registerSimple("justify_hours", Signature.of(INTERVAL), (a, c) -> TimeMath.justifyHours((Interval) a[0]));
        r.registerSimple("justify_interval", Signature.of(INTERVAL), (a, c) -> TimeMath.justifyInterval((Interval) a[0]));
        r.registerSimple("date_bin", Signature.of(INTERVAL, TIMESTAMP, TIMESTAMP), (a, c) ->
                dateBin((Interval) a[0], (Long) a[1], (Long) a[2]));
        r.registerSimple("date_bin", Signature.of(INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ), (a, c) ->
                dateBin((Interval) a[0], (Long) a[1], (Long) a[2]));
        r.registerSimple("to_timestamp", Signature.of(DOUBLE), (a, c) -> {
            double s = (Double) a[0];
            if (Double.isNaN(s)) {
                throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
            }
            if (Double.isInfinite(s)) {
                return s > 0 ? DateTimes.TS_POS_INFINITY : DateTimes.TS_NEG_INFINITY;
            }
            double micros = Math.rint(s * 1_000_000);
            if (micros < DateTimes.MIN_TIMESTAMP || micros >= 9.2e18) {
                throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \""
                        + io.freshet.executor.value.FloatText.format(s) + "\"");
            }
            return (long) micros;
        });
        r.registerSimple("timezone", Signature.of(VARCHAR, TIMESTAMPTZ), (a, c) ->
                DateTimes.toLocal((Long) a[1], TimeZones.resolve((String) a[0])));
        r.registerSimple("timezone", Signature.of(VARCHAR, TIMESTAMP), (a, c) ->
                DateTimes.toUtc((Long) a[1], TimeZones.resolve((String) a[0])));
        r.registerSimple("timezone", Signature.of(INTERVAL, TIMESTAMPTZ), (a, c) ->
                (Long) a[1] + ((Interval) a[0]).micros());
        for (String name : new String[] {"now", "current_timestamp", "statement_timestamp", "transaction_timestamp"}) {
            r.registerSimple(name, Signature.of().nondeterministic(), (a, c) -> c.statementTimestampMicros());
        }
        r.registerSimple("clock_timestamp", Signature.of().nondeterministic(), (a, c) -> EvalContext.currentTimeMicros());
        r.registerSimple("localtimestamp", Signature.of().nondeterministic(), (a, c) ->
                DateTimes.toLocal(c.statementTimestampMicros(), c.timeZone()));
        r.registerSimple("current_date", Signature.of().nondeterministic(), (a, c) ->
                (int) Math.floorDiv(DateTimes.toLocal(c.statementTimestampMicros(), c.timeZone()), DateTimes.MICROS_PER_DAY));
        r.registerSimple("localtime", Signature.of().nondeterministic(), (a, c) ->
                Math.floorMod(DateTimes.toLocal(c.statementTimestampMicros(), c.timeZone()), DateTimes.MICROS_PER_DAY));
    }

    private static long today(EvalContext c) {
        long local = DateTimes.toLocal(c.statementTimestampMicros(), c.timeZone());
        return Math.floorDiv(local, DateTimes.MICROS_PER_DAY) * DateTimes.MICROS_PER_DAY;
    }

    private static long makeDate(long y, int m, int d, Object[] a) {
        if (y == 0 || m < 1 || m > 12 || d < 1) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date field value out of range: "
                    + a[0] + "-" + pad2(a[1]) + "-" + pad2(a[2]));
        }
        long year = y < 0 ? y + 1 : y;
        if (d > DateTimes.daysInMonth(year, m)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date field value out of range: "
                    + a[0] + "-" + pad2(a[1]) + "-" + pad2(a[2]));
        }
        long days = DateTimes.daysFromCivil(year, m, d);
        if (!DateTimes.isValidDate(days)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \""
                    + a[0] + "-" + pad2(a[1]) + "-" + pad2(a[2]) + "\"");
        }
        return days;
    }

    private static String pad2(Object v) {
        String s = v.toString();
        return s.length() < 2 ? "0" + s : s;
    }

    private static long makeTimestamp(Object[] a) {
        long days = makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2], a);
        int h = (Integer) a[3];
        int mi = (Integer) a[4];
        double sec = (Double) a[5];
        if (h < 0 || h > 24 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || Double.isNaN(sec)
                || h == 24 && (mi > 0 || sec > 0)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "time field value out of range: "
                    + pad2(a[3]) + ":" + pad2(a[4]) + ":" + pad2(io.freshet.executor.value.FloatText.format(sec)));
        }
        long micros = ((long) h * 3600 + mi * 60L) * DateTimes.MICROS_PER_SECOND + (long) Math.rint(sec * 1e6);
        return DateTimes.checkTimestamp(days * DateTimes.MICROS_PER_DAY + micros);
    }

    private static FreshetException unitNotSupported(String field, TypeKind k) {
        String typeName = CastFunctions.pgTypeName(io.freshet.executor.type.DataType.of(k));
        return new FreshetException(SqlState.FEATURE_NOT_SUPPORTED,
                "unit \"" + field + "\" not supported for type " + typeName);
    }

    private static FreshetException unitNotRecognized(String field, TypeKind k) {
        String typeName = CastFunctions.pgTypeName(io.freshet.executor.type.DataType.of(k));
        return new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                "unit \"" + field + "\" not recognized for type " + typeName);
    }

    private static String normalizeField(String f) {
        String s = f.toLowerCase(Locale.ROOT).strip();
        switch (s) {
            case "years": case "y": case "yr": case "yrs": return "year";
            case "months": case "mon": case "mons": return "month";
            case "days": case "d": return "day";
            case "hours": case "h": case "hr": case "hrs": return "hour";
            case "minutes": case "m": case "min": case "mins": return "minute";
            case "seconds": case "s": case "sec": case "secs": return "second";
            case "milliseconds": case "ms": case "msec": case "msecs": case "millisecon": return "milliseconds";
            case "millisecond": return "milliseconds";
            case "microseconds": case "us": case "usec": case "usecs": case "microsecond": return "microseconds";
            case "weeks": case "w": return "week";
            case "quarters": case "qtr": return "quarter";
            case "decades": case "dec": case "decs": return "decade";
            case "centuries": case "c": case "cent": return "century";
            case "millennia": case "millenniums": case "mil": case "mils": return "millennium";
            default: return s;
        }
    }

    private static BigDecimal scaled(long v, int scale) {
        return BigDecimal.valueOf(v, scale);
    }

    static Object extract(String rawField, Object value, TypeKind kind, EvalContext ctx) {
        String field = normalizeField(rawField);
        switch (kind) {
            case INTERVAL:
                return extractInterval(field, rawField, (Interval) value);
            case TIME: {
                long t = (Long) value;
                switch (field) {
                    case "hour": return BigDecimal.valueOf(t / 3_600_000_000L);
                    case "minute": return BigDecimal.valueOf(t / 60_000_000L % 60);
                    case "second": return scaled(t % 60_000_000L, 6);
                    case "milliseconds": return scaled(t % 60_000_000L, 3);
                    case "microseconds": return BigDecimal.valueOf(t % 60_000_000L);
                    case "epoch": return scaled(t, 6);
                    default:
                        throw isKnownField(field) ? unitNotSupported(rawField, kind) : unitNotRecognized(rawField, kind);
                }
            }
            default:
                break;
        }
        long local;
        int offset = 0;
        boolean isDate = kind == DATE;
        if (isDate) {
            int d = (Integer) value;
            local = d == DateTimes.DATE_NEG_INFINITY ? DateTimes.TS_NEG_INFINITY
                    : d == DateTimes.DATE_POS_INFINITY ? DateTimes.TS_POS_INFINITY : d * DateTimes.MICROS_PER_DAY;
        } else if (kind == TIMESTAMPTZ) {
            long utc = (Long) value;
            local = DateTimes.toLocal(utc, ctx.timeZone());
            if (utc != DateTimes.TS_NEG_INFINITY && utc != DateTimes.TS_POS_INFINITY) {
                offset = DateTimes.offsetSecondsAt(utc, ctx.timeZone());
            }
        } else {
            local = (Long) value;
        }
        if (isDate && (field.equals("hour") || field.equals("minute") || field.equals("second")
                || field.equals("milliseconds") || field.equals("microseconds") || field.startsWith("timezone"))) {
            throw unitNotSupported(rawField, kind);
        }
        if (local == DateTimes.TS_NEG_INFINITY || local == DateTimes.TS_POS_INFINITY) {
            int sign = local == DateTimes.TS_POS_INFINITY ? 1 : -1;
            switch (field) {
                case "epoch": case "year": case "isoyear": case "decade": case "century": case "millennium":
                case "julian":
                    return sign > 0 ? NumericSpecial.POSITIVE_INFINITY : NumericSpecial.NEGATIVE_INFINITY;
                default:
                    if (!isKnownField(field)) {
                        throw unitNotRecognized(rawField, kind);
                    }
                    return null;
            }
        }
        long days = Math.floorDiv(local, DateTimes.MICROS_PER_DAY);
        long time = Math.floorMod(local, DateTimes.MICROS_PER_DAY);
        long c = DateTimes.civil(days);
        long year = DateTimes.year(c);
        int month = DateTimes.month(c);
        int day = DateTimes.day(c);
        long displayYear = year <= 0 ? year - 1 : year;
        switch (field) {
            case "year": return BigDecimal.valueOf(displayYear);
            case "month": return BigDecimal.valueOf(month);
            case "day": return BigDecimal.valueOf(day);
            case "hour": return BigDecimal.valueOf(time / 3_600_000_000L);
            case "minute": return BigDecimal.valueOf(time / 60_000_000L % 60);
            case "second": return scaled(time % 60_000_000L, 6);
            case "milliseconds": return scaled(time % 60_000_000L, 3);
            case "microseconds": return BigDecimal.valueOf(time % 60_000_000L);
            case "quarter": return BigDecimal.valueOf((month - 1) / 3 + 1);
            case "dow": return BigDecimal.valueOf(DateTimes.dayOfWeek(days));
            case "isodow": {
                int dow = DateTimes.dayOfWeek(days);
                return BigDecimal.valueOf(dow == 0 ? 7 : dow);
            }
            case "doy": return BigDecimal.valueOf(days - DateTimes.daysFromCivil(year, 1, 1) + 1);
            case "week": return BigDecimal.valueOf(isoWeek(days)[1]);
            case "isoyear": {
                long iy = isoWeek(days)[0];
                return BigDecimal.valueOf(iy <= 0 ? iy - 1 : iy);
            }
            case "decade": return BigDecimal.valueOf(Math.floorDiv(year, 10));
            case "century": return BigDecimal.valueOf(year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100));
            case "millennium": return BigDecimal.valueOf(year > 0 ? (year + 999) / 1000 : -((999 - (year - 1)) / 1000));
            case "julian":
                if (isDate) {
                    return BigDecimal.valueOf(days + DateTimes.UNIX_EPOCH_JDATE);
                }
                return BigDecimal.valueOf(days + DateTimes.UNIX_EPOCH_JDATE).add(BigDecimal.valueOf(time)
                        .divide(BigDecimal.valueOf(DateTimes.MICROS_PER_DAY), 20, RoundingMode.HALF_UP));
            case "epoch":
                if (isDate) {
                    return BigDecimal.valueOf(days * 86400);
                }
                return scaled(local - offset * DateTimes.MICROS_PER_SECOND, 6);
            case "timezone":
                if (kind != TIMESTAMPTZ) {
                    throw unitNotSupported(rawField, kind);
                }
                return BigDecimal.valueOf(offset);
            case "timezone_hour":
                if (kind != TIMESTAMPTZ) {
                    throw unitNotSupported(rawField, kind);
                }
                return BigDecimal.valueOf(offset / 3600);
            case "timezone_minute":
                if (kind != TIMESTAMPTZ) {
                    throw unitNotSupported(rawField, kind);
                }
                return BigDecimal.valueOf(offset / 60 % 60);
            default:
                throw unitNotRecognized(rawField, kind);
        }
    }

    private static boolean isKnownField(String f) {
        switch (f) {
            case "year": case "month": case "day": case "hour": case "minute": case "second": case "milliseconds":
            case "microseconds": case "quarter": case "dow": case "isodow": case "doy": case "week": case "isoyear":
            case "decade": case "century": case "millennium": case "julian": case "epoch": case "timezone":
            case "timezone_hour": case "timezone_minute":
                return true;
            default:
                return false;
        }
    }

    /** {ISO year, ISO week} of a day. */
    private static long[] isoWeek(long days) {
        int dow = DateTimes.dayOfWeek(days);
        int isoDow = dow == 0 ? 7 : dow;
        long thursday = days - isoDow + 4;
        long y = DateTimes.year(DateTimes.civil(thursday));
        long jan1 = DateTimes.daysFromCivil(y, 1, 1);
        return new long[] {y, (thursday - jan1) / 7 + 1};
    }

    private static Object extractInterval(String field, String raw, Interval iv) {
        long months = iv.months();
        long time = iv.micros();
        switch (field) {
            case "year": return BigDecimal.valueOf(months / 12);
            case "month": return BigDecimal.valueOf(months % 12);
            case "day": return BigDecimal.valueOf(iv.days());
            case "hour": return BigDecimal.valueOf(time / 3_600_000_000L);
            case "minute": return BigDecimal.valueOf(time / 60_000_000L % 60);
            case "second": return scaled(time % 60_000_000L, 6);
            case "milliseconds": return scaled(time % 60_000_000L, 3);
            case "microseconds": return BigDecimal.valueOf(time % 60_000_000L);
            case "quarter": return BigDecimal.valueOf(months % 12 / 3 + 1);
            case "decade": return BigDecimal.valueOf(months / 12 / 10);
            case "century": return BigDecimal.valueOf(months / 12 / 100);
            case "millennium": return BigDecimal.valueOf(months / 12 / 1000);
            case "epoch": {
                BigDecimal secs = BigDecimal.valueOf(months / 12).multiply(BigDecimal.valueOf(31_557_600))
                        .add(BigDecimal.valueOf(months % 12 * 30L * 86400))
                        .add(BigDecimal.valueOf(iv.days() * 86400L));
                return secs.setScale(6).add(scaled(time, 6));
            }
            default:
                if (isKnownField(field)) {
                    throw unitNotSupported(raw, INTERVAL);
                }
                throw unitNotRecognized(raw, INTERVAL);
        }
    }

    private static long truncLocal(String rawField, long ts) {
        if (ts == DateTimes.TS_NEG_INFINITY || ts == DateTimes.TS_POS_INFINITY) {
            return ts;
        }
        String field = normalizeField(rawField);
        long days = Math.floorDiv(ts, DateTimes.MICROS_PER_DAY);
        long time = Math.floorMod(ts, DateTimes.MICROS_PER_DAY);
        long c = DateTimes.civil(days);
        long year = DateTimes.year(c);
        int month = DateTimes.month(c);
        switch (field) {
            case "microseconds": return ts;
            case "milliseconds": return days * DateTimes.MICROS_PER_DAY + time / 1000 * 1000;
            case "second": return days * DateTimes.MICROS_PER_DAY + time / 1_000_000 * 1_000_000;
            case "minute": return days * DateTimes.MICROS_PER_DAY + time / 60_000_000 * 60_000_000;
            case "hour": return days * DateTimes.MICROS_PER_DAY + time / 3_600_000_000L * 3_600_000_000L;
            case "day": return days * DateTimes.MICROS_PER_DAY;
            case "week": {
                int dow = DateTimes.dayOfWeek(days);
                return (days - (dow == 0 ? 6 : dow - 1)) * DateTimes.MICROS_PER_DAY;
            }
            case "month": return DateTimes.daysFromCivil(year, month, 1) * DateTimes.MICROS_PER_DAY;
            case "quarter":
                return DateTimes.daysFromCivil(year, (month - 1) / 3 * 3 + 1, 1) * DateTimes.MICROS_PER_DAY;
            case "year": return DateTimes.daysFromCivil(year, 1, 1) * DateTimes.MICROS_PER_DAY;
            case "decade": {
                long y = year > 0 ? year / 10 * 10 : -((8 - (year - 1)) / 10) * 10;
                return DateTimes.daysFromCivil(y, 1, 1) * DateTimes.MICROS_PER_DAY;
            }
            case "century": {
                long y = year > 0 ? (year + 99) / 100 * 100 - 99 : -((99 - (year - 1)) / 100) * 100 + 1;
                return DateTimes.daysFromCivil(y, 1, 1) * DateTimes.MICROS_PER_DAY;
            }
            case "millennium": {
                long y = year > 0 ? (year + 999) / 1000 * 1000 - 999 : -((999 - (year - 1)) / 1000) * 1000 + 1;
                return DateTimes.daysFromCivil(y, 1, 1) * DateTimes.MICROS_PER_DAY;
            }
            default:
                if (isKnownField(field)) {
                    throw unitNotSupported(rawField, TIMESTAMP);
                }
                throw unitNotRecognized(rawField, TIMESTAMP);
        }
    }

    private static long truncTz(String rawField, long utc, ZoneId zone) {
        if (utc == DateTimes.TS_NEG_INFINITY || utc == DateTimes.TS_POS_INFINITY) {
            return utc;
        }
        String field = normalizeField(rawField);
        int offset = DateTimes.offsetSecondsAt(utc, zone);
        long local = utc + offset * DateTimes.MICROS_PER_SECOND;
        long truncated;
        try {
            truncated = truncLocal(rawField, local);
        } catch (FreshetException e) {
            if (e.sqlState() == SqlState.FEATURE_NOT_SUPPORTED) {
                throw unitNotSupported(rawField, TIMESTAMPTZ);
            }
            throw unitNotRecognized(rawField, TIMESTAMPTZ);
        }
        switch (field) {
            case "microseconds": case "milliseconds": case "second": case "minute": case "hour":
                return truncated - offset * DateTimes.MICROS_PER_SECOND;
            default:
                return DateTimes.toUtc(truncated, zone);
        }
    }

    private static Interval truncInterval(String rawField, Interval iv) {
        String field = normalizeField(rawField);
        long time = iv.micros();
        int months = iv.months();
        switch (field) {
            case "microseconds": return iv;
            case "milliseconds": return new Interval(months, iv.days(), time / 1000 * 1000);
            case "second": return new Interval(months, iv.days(), time / 1_000_000 * 1_000_000);
            case "minute": return new Interval(months, iv.days(), time / 60_000_000 * 60_000_000);
            case "hour": return new Interval(months, iv.days(), time / 3_600_000_000L * 3_600_000_000L);
            case "day": return new Interval(months, iv.days(), 0);
            case "month": return new Interval(months, 0, 0);
            case "quarter": return new Interval(months / 12 * 12 + months % 12 / 3 * 3, 0, 0);
            case "year": return new Interval(months / 12 * 12, 0, 0);
            case "decade": return new Interval(months / 120 * 120, 0, 0);
            case "century": return new Interval(months / 1200 * 1200, 0, 0);
            case "millennium": return new Interval(months / 12000 * 12000, 0, 0);
            case "week":
                throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED,
                        "unit \"" + rawField + "\" not supported for type interval");
            default:
                throw unitNotRecognized(rawField, INTERVAL);
        }
    }

    /** PostgreSQL's field-by-field {@code age}. */
    private static Interval age(long t1, long t2) {
        if (t1 == DateTimes.TS_NEG_INFINITY || t1 == DateTimes.TS_POS_INFINITY
                || t2 == DateTimes.TS_NEG_INFINITY || t2 == DateTimes.TS_POS_INFINITY) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        long[] a = fields(t1);
        long[] b = fields(t2);
        long[] d = new long[7];
        for (int i = 0; i < 7; i++) {
            d[i] = a[i] - b[i];
        }
        boolean flip = t1 < t2;
        if (flip) {
            for (int i = 0; i < 7; i++) {
                d[i] = -d[i];
            }
        }
        // d: 0 year, 1 mon, 2 mday, 3 hour, 4 min, 5 sec, 6 fsec
        while (d[6] < 0) {
            d[6] += 1_000_000;
            d[5]--;
        }
        while (d[5] < 0) {
            d[5] += 60;
            d[4]--;
        }
        while (d[4] < 0) {
            d[4] += 60;
            d[3]--;
        }
        while (d[3] < 0) {
            d[3] += 24;
            d[2]--;
        }
        while (d[2] < 0) {
            long[] ref = flip ? a : b;
            d[2] += DateTimes.daysInMonth(ref[0], (int) ref[1]);
            d[1]--;
        }
        while (d[1] < 0) {
            d[1] += 12;
            d[0]--;
        }
        if (flip) {
            for (int i = 0; i < 7; i++) {
                d[i] = -d[i];
            }
        }
        long months = d[0] * 12 + d[1];
        long micros = ((d[3] * 60 + d[4]) * 60 + d[5]) * 1_000_000 + d[6];
        return new Interval((int) months, (int) d[2], micros);
    }

    private static long[] fields(long ts) {
        long days = Math.floorDiv(ts, DateTimes.MICROS_PER_DAY);
        long time = Math.floorMod(ts, DateTimes.MICROS_PER_DAY);
        long c = DateTimes.civil(days);
        return new long[] {DateTimes.year(c), DateTimes.month(c), DateTimes.day(c), time / 3_600_000_000L,
            time / 60_000_000 % 60, time / 1_000_000 % 60, time % 1_000_000};
    }

    private static long dateBin(Interval stride, long source, long origin) {
        if (source == DateTimes.TS_NEG_INFINITY || source == DateTimes.TS_POS_INFINITY) {
            throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "timestamps cannot be binned into infinite intervals");
        }
        if (stride.months() != 0) {
            throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long strideUsecs = stride.days() * DateTimes.MICROS_PER_DAY + stride.micros();
        if (strideUsecs <= 0) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "stride must be greater than zero");
        }
        long diff = source - origin;
        long delta = diff - diff % strideUsecs;
        if (diff < 0 && diff % strideUsecs != 0) {
            delta -= strideUsecs;
        }
        return origin + delta;
    }
}
