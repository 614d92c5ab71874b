package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * INTERVAL text as PostgreSQL writes it with {@code IntervalStyle = postgres}
 * ({@code 1 year 2 mons 3 days 04:05:06.789}, {@code -1 days +02:00:00}, {@code 00:00:00})
 * and reads it: unit words with fractions that spill into smaller units ({@code 1.5 days}),
 * {@code hh:mm:ss} times, {@code y-m} year-month, the {@code @ ... ago} form, bare numbers as
 * seconds, and ISO 8601 ({@code P1Y2M3DT4H5M6S}, {@code P0001-02-03T04:05:06}).
 */
public final class IntervalText {
    private IntervalText() {
    }

    /** PostgreSQL's interval output. */
    public static String format(Interval v) {
        StringBuilder b = new StringBuilder(32);
        int months = v.months();
        int year = months / 12;
        int mon = months % 12;
        boolean[] state = {true, false}; // isZero, isBefore
        addPart(b, year, "year", state);
        addPart(b, mon, "mon", state);
        addPart(b, v.days(), "day", state);
        long micros = v.micros();
        if (state[0] || micros != 0) {
            boolean minus = micros < 0;
            long a = Math.abs(micros);
            if (micros == Long.MIN_VALUE) {
                a = Long.MAX_VALUE; // unreachable in practice: PostgreSQL's range is the same
            }
            if (!state[0]) {
                b.append(' ');
            }
            b.append(minus ? "-" : state[1] ? "+" : "");
            long hours = a / Interval.MICROS_PER_HOUR;
            a %= Interval.MICROS_PER_HOUR;
            DateTimes.pad(b, hours, 2);
            b.append(':');
            DateTimes.pad(b, a / Interval.MICROS_PER_MINUTE, 2);
            b.append(':');
            a %= Interval.MICROS_PER_MINUTE;
            DateTimes.pad(b, a / Interval.MICROS_PER_SECOND, 2);
            DateTimes.appendFraction(b, (int) (a % Interval.MICROS_PER_SECOND));
        }
        return b.toString();
    }

    private static void addPart(StringBuilder b, int value, String unit, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (!state[0]) {
            b.append(' ');
        }
        if (state[1] && value > 0) {
            b.append('+');
        }
        b.append(value).append(' ').append(unit);
        if (value != 1) {
            b.append('s');
        }
        state[1] = value < 0;
        state[0] = false;
    }

    /** Accumulated fields while reading; fractions spill down as in PostgreSQL. */
    private static final class Acc {
        long months;
        long days;
        double micros;
        long exactMicros;
    }

    /** PostgreSQL's interval input. */
    public static Interval parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw bad(text);
        }
        Acc acc = new Acc();
        if (s.charAt(0) == 'P' || s.charAt(0) == 'p') {
            parseIso(s.substring(1), text, acc);
        } else {
            parsePostgres(s, text, acc);
        }
        return build(acc, text);
    }

    private static Interval build(Acc acc, String text) {
        long micros = acc.exactMicros + Math.round(acc.micros);
        if (acc.months > Integer.MAX_VALUE || acc.months < Integer.MIN_VALUE || acc.days > Integer.MAX_VALUE
                || acc.days < Integer.MIN_VALUE || Math.abs(acc.micros) > 9.2e18) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return new Interval((int) acc.months, (int) acc.days, micros);
    }

    private static FreshetException bad(String text) {
        return new FreshetException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type interval: \"" + text + "\"");
    }

    private static void parsePostgres(String s, String text, Acc acc) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (c == '@' && tokens.isEmpty()) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
            } else if (Character.isDigit(c) || c == '.' || c == '+' || c == '-') {
                i++;
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ':'
                        || s.charAt(i) == '-' && i > start && Character.isDigit(s.charAt(i - 1))
                                && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                        || (s.charAt(i) == 'e' || s.charAt(i) == 'E') && i + 1 < n
                                && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '-'))) {
                    if (s.charAt(i) == 'e' || s.charAt(i) == 'E') {
                        i++;
                    }
                    i++;
                }
            } else {
                throw bad(text);
            }
            tokens.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        }
        if (tokens.isEmpty()) {
            throw bad(text);
        }
        boolean ago = false;
        if (tokens.get(tokens.size() - 1).equals("ago")) {
            ago = true;
            tokens.remove(tokens.size() - 1);
        }
        String pendingUnit = null;
        boolean sawTime = false;
        boolean any = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = tokens.size() - 1; k >= 0; k--) {
            String t = tokens.get(k);
            if (Character.isLetter(t.charAt(0))) {
                if (pendingUnit != null || unit(t) == null) {
                    throw bad(text);
                }
                pendingUnit = t;
                continue;
            }
            any = true;
            if (t.indexOf(':') >= 0) {
                if (pendingUnit != null || sawTime) {
                    throw bad(text);
                }
                addTime(t, text, acc);
                sawTime = true;
                if (!seen.add("hour")) {
                    throw bad(text);
                }
                continue;
            }
            int dash = t.indexOf('-', 1);
            if (dash > 0) {
                if (pendingUnit != null || !seen.add("year")) {
                    throw bad(text);
                }
                boolean neg = t.charAt(0) == '-';
                String body = t.charAt(0) == '-' || t.charAt(0) == '+' ? t.substring(1) : t;
                String[] ym = body.split("-", -1);
                if (ym.length != 2 || !isDigits(ym[0]) || !isDigits(ym[1])) {
                    throw bad(text);
                }
                long m = Long.parseLong(ym[0]) * 12 + Long.parseLong(ym[1]);
                acc.months += neg ? -m : m;
                pendingUnit = null;
                continue;
            }
            double value;
            try {
                if (!FloatText.isDecimal(t)) {
                    throw bad(text);
                }
                value = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw bad(text);
            }
            String unit = pendingUnit == null ? (sawTime ? "day" : "second") : pendingUnit;
            long[] u = unit(unit);
            if (!seen.add(u[0] + ":" + u[1])) {
                throw bad(text);
            }
            addUnit(value, t, unit, acc);
            pendingUnit = null;
        }
        if (pendingUnit != null || !any) {
            throw bad(text);
        }
        if (ago) {
            acc.months = -acc.months;
            acc.days = -acc.days;
            acc.micros = -acc.micros;
            acc.exactMicros = -acc.exactMicros;
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addTime(String t, String text, Acc acc) {
        boolean neg = t.charAt(0) == '-';
        String body = t.charAt(0) == '-' || t.charAt(0) == '+' ? t.substring(1) : t;
        String[] parts = body.split(":", -1);
        if (parts.length > 3 || parts.length < 2) {
            throw bad(text);
        }
        long h = parseLong(parts[0], text);
        long m;
        double sec = 0;
        if (parts.length == 2 && parts[1].indexOf('.') >= 0) {
            // mm:ss.fff
            m = h;
            h = 0;
            sec = parseSeconds(parts[1], text);
        } else {
            m = parseLong(parts[1], text);
            if (parts.length == 3) {
                sec = parseSeconds(parts[2], text);
            }
        }
        if (m > 59 || sec >= 60) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "interval field value out of range: \"" + text + "\"");
        }
        long whole = (h * 3600 + m * 60) * Interval.MICROS_PER_SECOND;
        long secMicros = Math.round(sec * 1_000_000);
        long total = whole + secMicros;
        acc.exactMicros += neg ? -total : total;
    }

    private static long parseLong(String s, String text) {
        if (!isDigits(s)) {
            throw bad(text);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "interval field value out of range: \"" + text + "\"");
        }
    }

    private static double parseSeconds(String s, String text) {
        if (s.isEmpty() || !FloatText.isDecimal(s) || s.charAt(0) == '-' || s.charAt(0) == '+') {
            throw bad(text);
        }
        return Double.parseDouble(s);
    }

    private static final int MICROS = 0;
    private static final int DAYS = 1;
    private static final int MONTHS = 2;

    /** {kind (MICROS, DAYS, MONTHS), units of that kind per one} of a unit word, null if unknown. */
    private static long[] unit(String u) {
        switch (u) {
            case "microsecond": case "microseconds": case "us": case "usec": case "usecs": case "useconds":
                return new long[] {MICROS, 1};
            case "millisecond": case "milliseconds": case "ms": case "msec": case "msecs": case "mseconds":
                return new long[] {MICROS, 1000};
            case "second": case "seconds": case "s": case "sec": case "secs":
                return new long[] {MICROS, 1_000_000};
            case "minute": case "minutes": case "m": case "min": case "mins":
                return new long[] {MICROS, 60_000_000};
            case "hour": case "hours": case "h": case "hr": case "hrs":
                return new long[] {MICROS, 3_600_000_000L};
            case "day": case "days": case "d":
                return new long[] {DAYS, 1};
            case "week": case "weeks": case "w":
                return new long[] {DAYS, 7};
            case "month": case "months": case "mon": case "mons":
                return new long[] {MONTHS, 1};
            case "year": case "years": case "y": case "yr": case "yrs":
                return new long[] {MONTHS, 12};
            case "decade": case "decades": case "dec": case "decs":
                return new long[] {MONTHS, 120};
            case "century": case "centuries": case "c": case "cent":
                return new long[] {MONTHS, 1200};
            case "millennium": case "millennia": case "mil": case "mils":
                return new long[] {MONTHS, 12000};
            default:
                return null;
        }
    }

    private static void addUnit(double value, String token, String unitWord, Acc acc) {
        long[] u = unit(unitWord);
        long per = u[1];
        long whole = (long) value;
        double frac = value - whole;
        if (u[0] == MICROS) {
            if (per >= 1_000_000 && frac == 0 && Math.abs(value) < 9e12) {
                acc.exactMicros = Math.addExact(acc.exactMicros, Math.multiplyExact(whole, per));
            } else {
                acc.micros += value * per;
            }
        } else if (u[0] == DAYS) {
            acc.days += whole * per;
            double fracDays = frac * per;
            long extraDays = (long) fracDays;
            acc.days += extraDays;
            acc.micros += (fracDays - extraDays) * 86_400e6;
        } else {
            acc.months += whole * per;
            if (per >= 12) {
                acc.months += Math.round(frac * per);
            } else {
                double fracDays = frac * 30;
                long extraDays = (long) fracDays;
                acc.days += extraDays;
                acc.micros += (fracDays - extraDays) * 86_400e6;
            }
        }
    }

    private static void parseIso(String s, String text, Acc acc) {
        if (s.isEmpty()) {
            throw bad(text);
        }
        if (s.length() > 4 && Character.isDigit(s.charAt(0)) && s.indexOf('-') > 0) {
            // alternative format P0001-02-03T04:05:06
            String datePart = s;
            String timePart = null;
            int t = s.indexOf('T');
            if (t >= 0) {
                datePart = s.substring(0, t);
                timePart = s.substring(t + 1);
            }
            String[] ymd = datePart.split("-", -1);
            if (ymd.length != 3) {
                throw bad(text);
            }
            acc.months += parseLong(ymd[0], text) * 12 + parseLong(ymd[1], text);
            acc.days += parseLong(ymd[2], text);
            if (timePart != null) {
                addTime(timePart, text, acc);
            }
            return;
        }
        boolean time = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 'T' || c == 't') {
                if (time) {
                    throw bad(text);
                }
                time = true;
                i++;
                continue;
            }
            int start = i;
            if (c == '-' || c == '+') {
                i++;
            }
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start || i >= s.length()) {
                throw bad(text);
            }
            String num = s.substring(start, i);
            if (!FloatText.isDecimal(num)) {
                throw bad(text);
            }
            double v = Double.parseDouble(num);
            char unit = Character.toUpperCase(s.charAt(i++));
            String u;
            switch (unit) {
                case 'Y': u = time ? null : "year"; break;
                case 'M': u = time ? "minute" : "month"; break;
                case 'W': u = time ? null : "week"; break;
                case 'D': u = time ? null : "day"; break;
                case 'H': u = time ? "hour" : null; break;
                case 'S': u = time ? "second" : null; break;
                default: u = null;
            }
            if (u == null) {
                throw bad(text);
            }
            addUnit(v, num, u, acc);
        }
    }
}
