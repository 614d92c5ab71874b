package io.freshet.executor.expr.function;

import io.freshet.executor.value.DateTimes;
import io.freshet.executor.value.Interval;
import java.time.ZoneId;

/**
 * Date/time arithmetic shared by the operators and functions: adding an interval to a
 * timestamp the way PostgreSQL does (months first, clamping the day to the month's end, then
 * days, then microseconds; for timestamptz months and days move the wall clock of the session
 * zone), interval multiplication and division with PostgreSQL's cascading of fractions, and
 * the {@code justify_*} normalizations.
 */
final class TimeMath {
    private static final double TS_PREC_INV = 1_000_000.0;

    private TimeMath() {
    }

    private static boolean infinite(long ts) {
        return ts == DateTimes.TS_NEG_INFINITY || ts == DateTimes.TS_POS_INFINITY;
    }

    /** timestamp + interval on wall-clock microseconds. */
    static long addToTimestamp(long ts, Interval iv) {
        if (infinite(ts)) {
            return ts;
        }
        long t = ts;
        if (iv.months() != 0) {
            t = addMonths(t, iv.months());
        }
        if (iv.days() != 0) {
            t = Math.addExact(t, Math.multiplyExact((long) iv.days(), DateTimes.MICROS_PER_DAY));
        }
        t = Math.addExact(t, iv.micros());
        return DateTimes.checkTimestamp(t);
    }

    /** timestamptz + interval: months and days in the zone's wall clock, then elapsed time. */
    static long addToTimestampTz(long ts, Interval iv, ZoneId zone) {
        if (infinite(ts)) {
            return ts;
        }
        long t = ts;
        if (iv.months() != 0 || iv.days() != 0) {
            long local = DateTimes.toLocal(t, zone);
            if (iv.months() != 0) {
                local = addMonths(local, iv.months());
            }
            local = Math.addExact(local, Math.multiplyExact((long) iv.days(), DateTimes.MICROS_PER_DAY));
            t = DateTimes.toUtc(local, zone);
        }
        t = Math.addExact(t, iv.micros());
        return DateTimes.checkTimestamp(t);
    }

    private static long addMonths(long local, int months) {
        long days = Math.floorDiv(local, DateTimes.MICROS_PER_DAY);
        long time = Math.floorMod(local, DateTimes.MICROS_PER_DAY);
        long c = DateTimes.civil(days);
        long y = DateTimes.year(c);
        long m = DateTimes.month(c) + (long) months;
        y += Math.floorDiv(m - 1, 12);
        int mm = (int) (Math.floorMod(m - 1, 12) + 1);
        int d = Math.min(DateTimes.day(c), DateTimes.daysInMonth(y, mm));
        if (y > 300_000 || y < -5000) {
            throw SqlErrors.timestampOutOfRange();
        }
        return DateTimes.daysFromCivil(y, mm, d) * DateTimes.MICROS_PER_DAY + time;
    }

    static Interval add(Interval a, Interval b) {
        try {
            return new Interval(Math.addExact(a.months(), b.months()), Math.addExact(a.days(), b.days()),
                    Math.addExact(a.micros(), b.micros()));
        } catch (ArithmeticException e) {
            throw SqlErrors.intervalOutOfRange();
        }
    }

    static Interval negate(Interval a) {
        try {
            return a.negate();
        } catch (ArithmeticException e) {
            throw SqlErrors.intervalOutOfRange();
        }
    }

    private static double tsRound(double j) {
        return Math.rint(j * TS_PREC_INV) / TS_PREC_INV;
    }

    private static boolean fitsInt(double d) {
        return !Double.isNaN(d) && d >= Integer.MIN_VALUE && d < -(double) Integer.MIN_VALUE;
    }

    private static boolean fitsLong(double d) {
        return !Double.isNaN(d) && d >= Long.MIN_VALUE && d < -(double) Long.MIN_VALUE;
    }

    /** PostgreSQL's {@code interval_mul}. */
    static Interval multiply(Interval span, double factor) {
        double monthD = span.months() * factor;
        double dayD = span.days() * factor;
        if (!fitsInt(monthD) || !fitsInt(dayD)) {
            throw SqlErrors.intervalOutOfRange();
        }
        int month = (int) monthD;
        int day = (int) dayD;
        double monthRemainderDays = tsRound((span.months() * factor - month) * 30);
        double secRemainder = tsRound((span.days() * factor - day + monthRemainderDays - (int) monthRemainderDays)
                * 86400);
        if (Math.abs(secRemainder) >= 86400) {
            day += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400;
        }
        day += (int) monthRemainderDays;
        double time = Math.rint(span.micros() * factor + secRemainder * 1_000_000);
        if (!fitsLong(time)) {
            throw SqlErrors.intervalOutOfRange();
        }
        return new Interval(month, day, (long) time);
    }

    /** PostgreSQL's {@code interval_div}. */
    static Interval divide(Interval span, double factor) {
        if (factor == 0.0) {
            throw SqlErrors.divisionByZero();
        }
        double monthD = span.months() / factor;
        double dayD = span.days() / factor;
        if (!fitsInt(monthD) || !fitsInt(dayD)) {
            throw SqlErrors.intervalOutOfRange();
        }
        int month = (int) monthD;
        int day = (int) dayD;
        double monthRemainderDays = tsRound((span.months() / factor - month) * 30);
        double secRemainder = tsRound((span.days() / factor - day + monthRemainderDays - (int) monthRemainderDays)
                * 86400);
        if (Math.abs(secRemainder) >= 86400) {
            day += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400;
        }
        day += (int) monthRemainderDays;
        double time = Math.rint(span.micros() / factor + secRemainder * 1_000_000);
        if (!fitsLong(time)) {
            throw SqlErrors.intervalOutOfRange();
        }
        return new Interval(month, day, (long) time);
    }

    static Interval justifyHours(Interval s) {
        long time = s.micros();
        long wholeDay = time / DateTimes.MICROS_PER_DAY;
        time -= wholeDay * DateTimes.MICROS_PER_DAY;
        long day = s.days() + wholeDay;
        if (day > 0 && time < 0) {
            time += DateTimes.MICROS_PER_DAY;
            day--;
        } else if (day < 0 && time > 0) {
            time -= DateTimes.MICROS_PER_DAY;
            day++;
        }
        return new Interval(s.months(), toInt(day), time);
    }

    static Interval justifyDays(Interval s) {
        long day = s.days();
        long wholeMonth = day / 30;
        day -= wholeMonth * 30;
        long month = s.months() + wholeMonth;
        if (month > 0 && day < 0) {
            day += 30;
            month--;
        } else if (month < 0 && day > 0) {
            day -= 30;
            month++;
        }
        return new Interval(toInt(month), (int) day, s.micros());
    }

    static Interval justifyInterval(Interval s) {
        long month = s.months();
        long day = s.days();
        long time = s.micros();
        if ((day > 0 && time > 0) || (day < 0 && time < 0)) {
            long wholeMonth = day / 30;
            day -= wholeMonth * 30;
            month += wholeMonth;
        }
        long wholeDay = time / DateTimes.MICROS_PER_DAY;
        time -= wholeDay * DateTimes.MICROS_PER_DAY;
        day += wholeDay;
        long wholeMonth = day / 30;
        day -= wholeMonth * 30;
        month += wholeMonth;
        if (month > 0 && (day < 0 || (day == 0 && time < 0))) {
            day += 30;
            month--;
        } else if (month < 0 && (day > 0 || (day == 0 && time > 0))) {
            day -= 30;
            month++;
        }
        if (day > 0 && time < 0) {
            time += DateTimes.MICROS_PER_DAY;
            day--;
        } else if (day < 0 && time > 0) {
            time -= DateTimes.MICROS_PER_DAY;
            day++;
        }
        return new Interval(toInt(month), toInt(day), time);
    }

    private static int toInt(long v) {
        if (v != (int) v) {
            throw SqlErrors.intervalOutOfRange();
        }
        return (int) v;
    }

    /** timestamp - timestamp: the elapsed time with whole days split out (justify_hours). */
    static Interval difference(long a, long b) {
        if (infinite(a) || infinite(b)) {
            throw new io.freshet.executor.error.FreshetException(io.freshet.executor.error.SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        try {
            return justifyHours(Interval.ofMicros(Math.subtractExact(a, b)));
        } catch (ArithmeticException e) {
            throw SqlErrors.intervalOutOfRange();
        }
    }
}
