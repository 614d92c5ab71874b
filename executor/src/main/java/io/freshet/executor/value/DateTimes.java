package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Calendar arithmetic and output text of DATE, TIME, TIMESTAMP and TIMESTAMPTZ values in
 * PostgreSQL's units and ranges (proleptic Gregorian calendar, year 0 is 1 BC, dates from
 * 4714-11-24 BC, infinities as the extreme integers), with PostgreSQL's ISO output style.
 *
 * <p>Conversions between wall-clock and UTC microseconds follow PostgreSQL: a wall-clock time
 * in a daylight-saving gap moves forward by the gap, one in an overlap takes the later offset.
 */
public final class DateTimes {
    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_DAY = 86_400_000_000L;
    /** Julian day number of 1970-01-01. */
    public static final int UNIX_EPOCH_JDATE = 2_440_588;
    /** Smallest valid date: Julian day 0, 4714-11-24 BC. */
    public static final int MIN_DATE = -UNIX_EPOCH_JDATE;
    /** One past the largest valid date (5874897-12-31). */
    public static final int END_DATE = 2_147_483_494 - UNIX_EPOCH_JDATE;
    /** Smallest valid timestamp (4714-11-24 00:00:00 BC) in microseconds since 1970. */
    public static final long MIN_TIMESTAMP = (long) MIN_DATE * MICROS_PER_DAY;
    public static final int DATE_NEG_INFINITY = Integer.MIN_VALUE;
    public static final int DATE_POS_INFINITY = Integer.MAX_VALUE;
    public static final long TS_NEG_INFINITY = Long.MIN_VALUE;
    public static final long TS_POS_INFINITY = Long.MAX_VALUE;

    private DateTimes() {
    }

    /** Julian day of a proleptic Gregorian date (PostgreSQL's {@code date2j}). */
    public static long date2j(long y, long m, long d) {
        if (m > 2) {
            m += 1;
            y += 4800;
        } else {
            m += 13;
            y += 4799;
        }
        long century = Math.floorDiv(y, 100);
        long julian = y * 365 - 32167;
        julian += Math.floorDiv(y, 4) - century + Math.floorDiv(century, 4);
        julian += 7834 * m / 256 + d;
        return julian;
    }

    /** Days since 1970-01-01 of a date given as year (0 = 1 BC), month, day. */
    public static long daysFromCivil(long y, long m, long d) {
        return date2j(y, m, d) - UNIX_EPOCH_JDATE;
    }

    /**
     * Year (0 = 1 BC), month and day of a day count since 1970, packed as
     * {@code year * 10000 + month * 100 + day} with the sign of the year
     * (use {@link #year}, {@link #month}, {@link #day} to unpack).
     */
    public static long civil(long days) {
        long julian = days + UNIX_EPOCH_JDATE + 32044;
        long quad = Math.floorDiv(julian, 146097);
        long extra = (julian - quad * 146097) * 4 + 3;
        julian += 60 + quad * 3 + extra / 146097;
        quad = Math.floorDiv(julian, 1461);
        julian -= quad * 1461;
        long y = julian * 4 / 1461;
        julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
        y += quad * 4;
        long year = y - 4800;
        long q = julian * 2141 / 65536;
        long day = julian - 7834 * q / 256;
        long month = (q + 10) % 12 + 1;
        return year * 10000 + (year < 0 ? -(month * 100 + day) : month * 100 + day);
    }

    public static int year(long civil) {
        return (int) (civil / 10000);
    }

    public static int month(long civil) {
        return (int) (Math.abs(civil) % 10000 / 100);
    }

    public static int day(long civil) {
        return (int) (Math.abs(civil) % 100);
    }

    public static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    public static int daysInMonth(long y, int m) {
        switch (m) {
            case 2:
                return isLeap(y) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Whether a finite day count is in PostgreSQL's date range. */
    public static boolean isValidDate(long days) {
        return days >= MIN_DATE && days < END_DATE;
    }

    /** Whether a finite microsecond count is in the timestamp range this representation has. */
    public static boolean isValidTimestamp(long micros) {
        return micros >= MIN_TIMESTAMP && micros != Long.MAX_VALUE;
    }

    /** Day of week, 0 = Sunday. */
    public static int dayOfWeek(long days) {
        return (int) Math.floorMod(days + 4, 7);
    }

    /** DATE output: {@code 2026-01-02}, {@code 0044-03-15 BC}, {@code infinity}. */
    public static String formatDate(int days) {
        if (days == DATE_NEG_INFINITY) {
            return "-infinity";
        }
        if (days == DATE_POS_INFINITY) {
            return "infinity";
        }
        StringBuilder b = new StringBuilder(13);
        long c = civil(days);
        appendYmd(b, year(c), month(c), day(c));
        if (year(c) <= 0) {
            b.append(" BC");
        }
        return b.toString();
    }

    private static void appendYmd(StringBuilder b, int year, int month, int day) {
        int y = year <= 0 ? 1 - year : year;
        pad(b, y, 4);
        b.append('-');
        pad(b, month, 2);
        b.append('-');
        pad(b, day, 2);
    }

    static void pad(StringBuilder b, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }

    /** TIME output: {@code 03:04:05}, {@code 03:04:05.123}. */
    public static String formatTime(long micros) {
        StringBuilder b = new StringBuilder(15);
        appendTime(b, micros);
        return b.toString();
    }

    /** Appends {@code HH:MM:SS[.ffffff]} with trailing fractional zeros trimmed. */
    static void appendTime(StringBuilder b, long micros) {
        long hour = micros / 3_600_000_000L;
        long rest = micros % 3_600_000_000L;
        pad(b, hour, 2);
        b.append(':');
        pad(b, rest / 60_000_000L, 2);
        b.append(':');
        rest %= 60_000_000L;
        pad(b, rest / MICROS_PER_SECOND, 2);
        appendFraction(b, (int) (rest % MICROS_PER_SECOND));
    }

    /** Appends {@code .ffffff} without trailing zeros, nothing for 0. */
    static void appendFraction(StringBuilder b, int fraction) {
        if (fraction == 0) {
            return;
        }
        b.append('.');
        int div = 100_000;
        while (fraction != 0) {
            b.append((char) ('0' + fraction / div));
            fraction %= div;
            div /= 10;
        }
    }

    /** TIMESTAMP output: {@code 2026-01-02 03:04:05.5}, {@code infinity}. */
    public static String formatTimestamp(long micros) {
        if (micros == TS_NEG_INFINITY) {
            return "-infinity";
        }
        if (micros == TS_POS_INFINITY) {
            return "infinity";
        }
        StringBuilder b = new StringBuilder(26);
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long c = civil(days);
        appendYmd(b, year(c), month(c), day(c));
        b.append(' ');
        appendTime(b, Math.floorMod(micros, MICROS_PER_DAY));
        if (year(c) <= 0) {
            b.append(" BC");
        }
        return b.toString();
    }

    /** TIMESTAMPTZ output in {@code zone}: {@code 2026-01-02 03:04:05+01}, {@code ...-03:30}. */
    public static String formatTimestampTz(long micros, ZoneId zone) {
        if (micros == TS_NEG_INFINITY) {
            return "-infinity";
        }
        if (micros == TS_POS_INFINITY) {
            return "infinity";
        }
        int offset = offsetSecondsAt(micros, zone);
        long local = micros + offset * MICROS_PER_SECOND;
        StringBuilder b = new StringBuilder(32);
        long days = Math.floorDiv(local, MICROS_PER_DAY);
        long c = civil(days);
        appendYmd(b, year(c), month(c), day(c));
        b.append(' ');
        appendTime(b, Math.floorMod(local, MICROS_PER_DAY));
        appendOffset(b, offset);
        if (year(c) <= 0) {
            b.append(" BC");
        }
        return b.toString();
    }

    /** Appends {@code +HH}, {@code +HH:MM} or {@code +HH:MM:SS}. */
    static void appendOffset(StringBuilder b, int offsetSeconds) {
        b.append(offsetSeconds < 0 ? '-' : '+');
        int a = Math.abs(offsetSeconds);
        pad(b, a / 3600, 2);
        if (a % 3600 != 0) {
            b.append(':');
            pad(b, a / 60 % 60, 2);
            if (a % 60 != 0) {
                b.append(':');
                pad(b, a % 60, 2);
            }
        }
    }

    /** UTC offset in seconds of {@code zone} at an instant given in microseconds since 1970. */
    public static int offsetSecondsAt(long utcMicros, ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return ((ZoneOffset) zone).getTotalSeconds();
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        return rules.getOffset(Instant.ofEpochSecond(Math.floorDiv(utcMicros, MICROS_PER_SECOND))).getTotalSeconds();
    }

    /** Wall-clock microseconds of {@code zone} at a UTC instant (infinities unchanged). */
    public static long toLocal(long utcMicros, ZoneId zone) {
        if (utcMicros == TS_NEG_INFINITY || utcMicros == TS_POS_INFINITY) {
            return utcMicros;
        }
        return utcMicros + offsetSecondsAt(utcMicros, zone) * MICROS_PER_SECOND;
    }

    /**
     * UTC microseconds of a wall-clock time in {@code zone} (infinities unchanged): a time in a
     * gap moves forward by the gap, a time in an overlap takes the later (standard) offset.
     */
    public static long toUtc(long localMicros, ZoneId zone) {
        if (localMicros == TS_NEG_INFINITY || localMicros == TS_POS_INFINITY) {
            return localMicros;
        }
        if (zone instanceof ZoneOffset) {
            return localMicros - ((ZoneOffset) zone).getTotalSeconds() * MICROS_PER_SECOND;
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return localMicros - rules.getOffset(Instant.EPOCH).getTotalSeconds() * MICROS_PER_SECOND;
        }
        long seconds = Math.floorDiv(localMicros, MICROS_PER_SECOND);
        long micros = Math.floorMod(localMicros, MICROS_PER_SECOND);
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        ZonedDateTime z = ZonedDateTime.ofLocal(ldt, zone, null).withLaterOffsetAtOverlap();
        return z.toEpochSecond() * MICROS_PER_SECOND + micros;
    }

    /** 22008 {@code timestamp out of range}. */
    public static FreshetException timestampOutOfRange() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    /** 22008 {@code date out of range}. */
    public static FreshetException dateOutOfRange() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    /** Checks a timestamp against the range (infinities pass), else 22008. */
    public static long checkTimestampOrInfinity(long micros) {
        if (micros == TS_NEG_INFINITY || micros == TS_POS_INFINITY) {
            return micros;
        }
        return checkTimestamp(micros);
    }

    /** Checks a finite timestamp against the range, else 22008. */
    public static long checkTimestamp(long micros) {
        if (!isValidTimestamp(micros) || micros == Long.MIN_VALUE) {
            throw timestampOutOfRange();
        }
        return micros;
    }
}
