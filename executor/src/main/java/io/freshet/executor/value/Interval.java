package io.freshet.executor.value;

/**
 * Value of SQL type INTERVAL, kept as PostgreSQL keeps it: months, days and microseconds as
 * three separate fields, because a month is not a fixed number of days and a day is not
 * always 24 hours in a time zone with daylight saving.
 *
 * <p>{@link #equals(Object)} is field-wise (so {@code '1 day'} and {@code '24 hours'} differ as
 * Java objects, and print differently); SQL comparison, which PostgreSQL does on the total with
 * 30-day months and 24-hour days, is {@link #compareTo(Interval)}.
 */
public final class Interval implements Comparable<Interval> {
    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    public static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    public static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
    public static final Interval ZERO = new Interval(0, 0, 0);

    private final int months;
    private final int days;
    private final long micros;

    public Interval(int months, int days, long micros) {
        this.months = months;
        this.days = days;
        this.micros = micros;
    }

    public static Interval ofMicros(long micros) {
        return new Interval(0, 0, micros);
    }

    public static Interval ofDays(int days) {
        return new Interval(0, days, 0);
    }

    public static Interval ofMonths(int months) {
        return new Interval(months, 0, 0);
    }

    public int months() {
        return months;
    }

    public int days() {
        return days;
    }

    public long micros() {
        return micros;
    }

    /**
     * Total length in microseconds counting a month as 30 days and a day as 24 hours, as a
     * pair of longs would overflow for extreme values this returns a {@code double}-free exact
     * 128-bit total split as {@code [high, low]} where low is unsigned.
     */
    public long[] normalizedTotal() {
        // months * 30 * MICROS_PER_DAY can exceed a long, so compute in 128 bits.
        java.math.BigInteger total = java.math.BigInteger.valueOf(months).multiply(java.math.BigInteger.valueOf(30))
                .add(java.math.BigInteger.valueOf(days))
                .multiply(java.math.BigInteger.valueOf(MICROS_PER_DAY))
                .add(java.math.BigInteger.valueOf(micros));
        return new long[] {total.shiftRight(64).longValue(), total.longValue()};
    }

    /** Total length in microseconds with 30-day months, saturating at the long range. */
    public long approximateMicros() {
        double total = ((double) months * 30 + days) * MICROS_PER_DAY + micros;
        if (total >= Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        if (total <= Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return ((long) months * 30 + days) * MICROS_PER_DAY + micros;
    }

    /** PostgreSQL's interval comparison: by total length with 30-day months and 24-hour days. */
    @Override
    public int compareTo(Interval o) {
        long[] a = normalizedTotal();
        long[] b = o.normalizedTotal();
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compareUnsigned(a[1], b[1]);
    }

    public Interval negate() {
        return new Interval(Math.negateExact(months), Math.negateExact(days), Math.negateExact(micros));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Interval)) {
            return false;
        }
        Interval i = (Interval) o;
        return months == i.months && days == i.days && micros == i.micros;
    }

    @Override
    public int hashCode() {
        return (months * 31 + days) * 31 + Long.hashCode(micros);
    }

    /** Debug form; SQL output goes through {@code ValueText}. */
    @Override
    public String toString() {
        return "Interval[months=" + months + ", days=" + days + ", micros=" + micros + "]";
    }
}
