package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reader of PostgreSQL's date/time input syntax under {@code DateStyle = ISO, MDY}: splits
 * the text into fields the way PostgreSQL's {@code ParseDateTime} does and decodes them like
 * {@code DecodeDateTime} ({@code 2026-01-02 03:04:05.5+02}, {@code 2026-01-02T03:04:05Z},
 * {@code 20260102}, {@code Jan 2 2026}, {@code 1/2/2026}, {@code 2 January 2026 3pm},
 * {@code ... Europe/Paris}, {@code 0044-03-15 BC}, {@code epoch}, {@code infinity},
 * {@code now}, {@code today}, {@code allballs}).
 */
public final class DateTimeParser {
    private static final int NUMBER = 0;
    private static final int DATE = 1;
    private static final int TIME = 2;
    private static final int TZ = 3;
    private static final int STRING = 4;
    private static final int SPECIAL = 5;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final String[] FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", "sunday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "tues", "wednes", "thur", "thurs"};

    /** Which special word, if any, the input was. */
    private enum Special { NONE, EPOCH, NOW, TODAY, TOMORROW, YESTERDAY, POS_INF, NEG_INF, ALLBALLS }

    private final String input;
    private final String typeName;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();

    private boolean hasYear;
    private boolean hasMonth;
    private boolean hasDay;
    private boolean hasTime;
    private boolean textMonth;
    private boolean twoDigitYear;
    private long year;
    private int month;
    private int day;
    private long hour;
    private long minute;
    private long second;
    private long fraction;
    private boolean bc;
    private int ampm;
    private Integer tzSeconds;
    private ZoneId zone;
    private Special special = Special.NONE;

    private DateTimeParser(String input, String typeName) {
        this.input = input;
        this.typeName = typeName;
    }

    /** DATE input: days since 1970 or an infinity. */
    public static int parseDate(String text, EvalContext ctx) {
        DateTimeParser p = new DateTimeParser(text, "date");
        p.decode();
        switch (p.special) {
            case POS_INF:
                return DateTimes.DATE_POS_INFINITY;
            case NEG_INF:
                return DateTimes.DATE_NEG_INFINITY;
            case NONE:
                break;
            case ALLBALLS:
                throw p.badFormat();
            default:
                return (int) Math.floorDiv(p.specialTimestamp(ctx, true), DateTimes.MICROS_PER_DAY);
        }
        p.requireDate();
        long days = p.days();
        if (!DateTimes.isValidDate(days)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + text + "\"");
        }
        return (int) days;
    }

    /** TIME input: microseconds since midnight; a date or zone in the text is ignored. */
    public static long parseTime(String text, EvalContext ctx) {
        DateTimeParser p = new DateTimeParser(text, "time");
        p.decode();
        switch (p.special) {
            case NONE:
                break;
            case ALLBALLS:
                return 0;
            case NOW:
                return Math.floorMod(DateTimes.toLocal(ctx.statementTimestampMicros(), ctx.timeZone()),
                        DateTimes.MICROS_PER_DAY);
            default:
                throw p.badFormat();
        }
        if (!p.hasTime) {
            throw p.badFormat();
        }
        return p.timeMicros();
    }

    /** TIMESTAMP input: wall-clock microseconds since 1970; a zone in the text is ignored. */
    public static long parseTimestamp(String text, EvalContext ctx) {
        DateTimeParser p = new DateTimeParser(text, "timestamp");
        p.decode();
        if (p.special != Special.NONE) {
            return p.specialTimestamp(ctx, true);
        }
        p.requireDate();
        return p.checked(p.days() * DateTimes.MICROS_PER_DAY + p.timeMicros());
    }

    /** TIMESTAMPTZ input: UTC microseconds; without a zone in the text the session zone applies. */
    public static long parseTimestampTz(String text, EvalContext ctx) {
        DateTimeParser p = new DateTimeParser(text, "timestamp with time zone");
        p.decode();
        if (p.special != Special.NONE) {
            return p.specialTimestamp(ctx, false);
        }
        p.requireDate();
        long local = p.days() * DateTimes.MICROS_PER_DAY + p.timeMicros();
        long utc;
        if (p.tzSeconds != null) {
            utc = local - p.tzSeconds * DateTimes.MICROS_PER_SECOND;
        } else {
            utc = DateTimes.toUtc(local, p.zone != null ? p.zone : ctx.timeZone());
        }
        return p.checked(utc);
    }

    private long checked(long micros) {
        if (!DateTimes.isValidTimestamp(micros)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"" + input + "\"");
        }
        return micros;
    }

    private long specialTimestamp(EvalContext ctx, boolean local) {
        long now = ctx.statementTimestampMicros();
        ZoneId z = ctx.timeZone();
        switch (special) {
            case POS_INF:
                return DateTimes.TS_POS_INFINITY;
            case NEG_INF:
                return DateTimes.TS_NEG_INFINITY;
            case EPOCH:
                return 0;
            case NOW:
                return local ? DateTimes.toLocal(now, z) : now;
            case TODAY:
            case TOMORROW:
            case YESTERDAY: {
                long day = Math.floorDiv(DateTimes.toLocal(now, z), DateTimes.MICROS_PER_DAY)
                        + (special == Special.TOMORROW ? 1 : special == Special.YESTERDAY ? -1 : 0);
                long midnight = day * DateTimes.MICROS_PER_DAY;
                return local ? midnight : DateTimes.toUtc(midnight, z);
            }
            default:
                throw badFormat();
        }
    }

    private void requireDate() {
        if (!(hasYear && hasMonth && hasDay)) {
            throw badFormat();
        }
    }

    private long days() {
        long y = year;
        if (bc) {
            if (y <= 0) {
                throw fieldOverflow();
            }
            y = 1 - y;
        } else if (twoDigitYear) {
            if (y < 70) {
                y += 2000;
            } else if (y < 100) {
                y += 1900;
            }
        } else if (y <= 0) {
            throw fieldOverflow();
        }
        if (month < 1 || month > 12 || day < 1 || day > DateTimes.daysInMonth(y, month)) {
            throw fieldOverflow();
        }
        if (y > 6_000_000 || y < -5000) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + input + "\"");
        }
        return DateTimes.daysFromCivil(y, month, day);
    }

    private long timeMicros() {
        long h = hour;
        if (ampm != 0) {
            if (h > 12 || h < 0) {
                throw fieldOverflow();
            }
            if (ampm == 1 && h == 12) {
                h = 0;
            } else if (ampm == 2 && h != 12) {
                h += 12;
            }
        }
        if (h < 0 || minute < 0 || minute > 59 || second < 0 || second > 60 || fraction < 0
                || fraction > DateTimes.MICROS_PER_SECOND || h > 24
                || (h == 24 && (minute > 0 || second > 0 || fraction > 0))) {
            throw fieldOverflow();
        }
        return ((h * 60 + minute) * 60 + second) * DateTimes.MICROS_PER_SECOND + fraction;
    }

    private FreshetException badFormat() {
        return new FreshetException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + typeName + ": \"" + input + "\"");
    }

    private FreshetException fieldOverflow() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW,
                "date/time field value out of range: \"" + input + "\"");
    }

    // ---- splitting into fields (PostgreSQL's ParseDateTime) ----

    private void split() {
        String s = input;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            StringBuilder f = new StringBuilder();
            int type;
            if (isDigit(c)) {
                while (i < n && isDigit(s.charAt(i))) {
                    f.append(s.charAt(i++));
                }
                if (i < n && s.charAt(i) == ':') {
                    type = TIME;
                    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        f.append(s.charAt(i++));
                    }
                } else if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == '.')) {
                    char delim = s.charAt(i);
                    f.append(s.charAt(i++));
                    if (i < n && isDigit(s.charAt(i))) {
                        type = delim == '.' ? NUMBER : DATE;
                        while (i < n && isDigit(s.charAt(i))) {
                            f.append(s.charAt(i++));
                        }
                        if (i < n && s.charAt(i) == delim) {
                            type = DATE;
                            f.append(s.charAt(i++));
                            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == delim)) {
                                f.append(s.charAt(i++));
                            }
                        }
                    } else {
                        type = DATE;
                        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == delim)) {
                            f.append(Character.toLowerCase(s.charAt(i++)));
                        }
                    }
                } else {
                    type = NUMBER;
                }
            } else if (c == '.') {
                f.append(s.charAt(i++));
                while (i < n && isDigit(s.charAt(i))) {
                    f.append(s.charAt(i++));
                }
                type = NUMBER;
            } else if (Character.isLetter(c)) {
                type = STRING;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    f.append(Character.toLowerCase(s.charAt(i++)));
                }
                boolean isDate = false;
                if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == '.')) {
                    isDate = true;
                } else if (i < n && (s.charAt(i) == '+' || isDigit(s.charAt(i)))) {
                    isDate = !isKeyword(f.toString());
                }
                if (isDate) {
                    type = DATE;
                    do {
                        f.append(Character.toLowerCase(s.charAt(i++)));
                    } while (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '/'
                            || s.charAt(i) == '_' || s.charAt(i) == '.' || s.charAt(i) == ':'
                            || Character.isLetterOrDigit(s.charAt(i))));
                }
            } else if (c == '+' || c == '-') {
                f.append(s.charAt(i++));
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i < n && isDigit(s.charAt(i))) {
                    type = TZ;
                    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.'
                            || s.charAt(i) == '-')) {
                        f.append(s.charAt(i++));
                    }
                } else if (i < n && Character.isLetter(s.charAt(i))) {
                    type = SPECIAL;
                    while (i < n && Character.isLetter(s.charAt(i))) {
                        f.append(Character.toLowerCase(s.charAt(i++)));
                    }
                } else {
                    throw badFormat();
                }
            } else if (isPunct(c)) {
                i++;
                continue;
            } else {
                throw badFormat();
            }
            fields.add(f.toString());
            types.add(type);
        }
    }

    private static boolean isPunct(char c) {
        return c < 128 && c > 32 && !Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isKeyword(String w) {
        return monthOf(w) > 0 || isDayName(w) || w.equals("t") || w.equals("am") || w.equals("pm")
                || w.equals("ad") || w.equals("bc") || w.equals("epoch") || w.equals("now") || w.equals("today")
                || w.equals("tomorrow") || w.equals("yesterday") || w.equals("infinity") || w.equals("allballs")
                || w.equals("z") || w.equals("zulu") || w.equals("at") || w.equals("on");
    }

    static int monthOf(String w) {
        for (int m = 0; m < 12; m++) {
            if (w.equals(MONTHS[m]) || w.equals(FULL_MONTHS[m])) {
                return m + 1;
            }
        }
        return w.equals("sept") ? 9 : 0;
    }

    private static boolean isDayName(String w) {
        for (String d : DAYS) {
            if (d.equals(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- decoding (PostgreSQL's DecodeDateTime) ----

    private void decode() {
        split();
        if (fields.isEmpty()) {
            throw badFormat();
        }
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            switch (types.get(i)) {
                case DATE:
                    if (Character.isLetter(f.charAt(0)) && (hasMonth && hasDay || f.indexOf('/') >= 0
                            || monthOf(leadingWord(f)) == 0)) {
                        setZoneName(f);
                    } else {
                        decodeDate(f);
                    }
                    break;
                case TIME:
                    decodeTime(f);
                    break;
                case TZ:
                    if (tzSeconds != null || zone != null) {
                        throw badFormat();
                    }
                    tzSeconds = decodeOffset(f);
                    break;
                case NUMBER:
                    decodeNumberField(f);
                    break;
                case SPECIAL:
                    if (f.equals("-infinity")) {
                        setSpecial(Special.NEG_INF);
                    } else if (f.equals("+infinity")) {
                        setSpecial(Special.POS_INF);
                    } else {
                        throw badFormat();
                    }
                    break;
                default:
                    decodeWord(f, i);
                    break;
            }
        }
        if (special != Special.NONE && (hasYear || hasMonth || hasDay || hasTime)) {
            throw badFormat();
        }
    }

    private static String leadingWord(String f) {
        int i = 0;
        while (i < f.length() && Character.isLetter(f.charAt(i))) {
            i++;
        }
        return f.substring(0, i);
    }

    private void setSpecial(Special s) {
        if (special != Special.NONE) {
            throw badFormat();
        }
        special = s;
    }

    private void setZoneName(String name) {
        if (tzSeconds != null || zone != null) {
            throw badFormat();
        }
        Integer abbrev = TimeZones.abbreviation(name);
        if (abbrev != null) {
            tzSeconds = abbrev;
            return;
        }
        ZoneId z = TimeZones.named(name);
        if (z == null) {
            throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
        }
        zone = z;
    }

    private void decodeWord(String w, int index) {
        int m = monthOf(w);
        if (m > 0) {
            textMonthInto(m);
            return;
        }
        if (isDayName(w) || w.equals("at") || w.equals("on")) {
            return;
        }
        switch (w) {
            case "t":
                if (index + 1 >= fields.size() || (types.get(index + 1) != TIME && types.get(index + 1) != NUMBER)) {
                    throw badFormat();
                }
                return;
            case "am":
                ampm = 1;
                return;
            case "pm":
                ampm = 2;
                return;
            case "ad":
                return;
            case "bc":
                bc = true;
                return;
            case "epoch":
                setSpecial(Special.EPOCH);
                return;
            case "now":
                setSpecial(Special.NOW);
                return;
            case "today":
                setSpecial(Special.TODAY);
                return;
            case "tomorrow":
                setSpecial(Special.TOMORROW);
                return;
            case "yesterday":
                setSpecial(Special.YESTERDAY);
                return;
            case "infinity":
                setSpecial(Special.POS_INF);
                return;
            case "allballs":
                setSpecial(Special.ALLBALLS);
                return;
            default:
                Integer abbrev = TimeZones.abbreviation(w);
                ZoneId z = abbrev == null ? TimeZones.named(w) : null;
                if (abbrev == null && z == null) {
                    throw badFormat();
                }
                setZoneName(w);
        }
    }

    /** A month name; a numeric "month" read before it was really the day. */
    private void textMonthInto(int m) {
        if (hasMonth) {
            if (textMonth || hasDay || month < 1 || month > 31) {
                throw badFormat();
            }
            day = month;
            hasDay = true;
        }
        month = m;
        hasMonth = true;
        textMonth = true;
    }

    private void decodeDate(String f) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (cur.length() > 0 && Character.isLetter(c) != Character.isLetter(cur.charAt(0))) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(c);
            } else if (cur.length() > 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        List<String> numbers = new ArrayList<>();
        for (String p : parts) {
            if (Character.isLetter(p.charAt(0))) {
                int m = monthOf(p);
                if (m > 0) {
                    textMonthInto(m);
                } else if (p.equals("bc")) {
                    bc = true;
                } else if (!p.equals("ad")) {
                    throw badFormat();
                }
            } else {
                numbers.add(p);
            }
        }
        for (String num : numbers) {
            decodeNumber(num);
        }
    }

    private void decodeNumberField(String f) {
        int dot = f.indexOf('.');
        boolean dateComplete = hasYear && hasMonth && hasDay;
        if (dot >= 0 && !(hasYear || hasMonth || hasDay) && !typeName.equals("time")) {
            decodeDate(f);
        } else if (dot > 2 || (dot < 0 && f.length() >= 6 && !(dateComplete && hasTime))
                || typeName.equals("time") && !hasTime && (f.length() == 4 || f.length() == 6)) {
            concatenated(f);
        } else {
            decodeNumber(f);
        }
    }

    /** {@code yyyymmdd}, {@code yymmdd}, {@code hhmmss[.ffffff]} or {@code hhmm}. */
    private void concatenated(String f) {
        int dot = f.indexOf('.');
        String digits = dot >= 0 ? f.substring(0, dot) : f;
        if (dot >= 0) {
            fraction = fraction(f.substring(dot));
        }
        int len = digits.length();
        boolean timeOnly = typeName.equals("time") && !hasTime && (len == 6 || len == 4);
        if (!timeOnly && !(hasYear && hasMonth && hasDay) && len >= 6 && dot < 0) {
            day = Integer.parseInt(digits.substring(len - 2));
            month = Integer.parseInt(digits.substring(len - 4, len - 2));
            year = Long.parseLong(digits.substring(0, len - 4));
            twoDigitYear = len - 4 == 2;
            hasYear = hasMonth = hasDay = true;
            return;
        }
        if (!hasTime && (len == 6 || len == 4)) {
            hour = Integer.parseInt(digits.substring(0, 2));
            minute = Integer.parseInt(digits.substring(2, 4));
            second = len == 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
            hasTime = true;
            return;
        }
        throw badFormat();
    }

    private void decodeNumber(String f) {
        int dot = f.indexOf('.');
        if (dot >= 0) {
            if (hasYear && hasMonth && hasDay) {
                concatenated(f);
                return;
            }
            throw badFormat();
        }
        if (f.isEmpty() || f.length() > 9) {
            throw fieldOverflow();
        }
        long val = Long.parseLong(f);
        int flen = f.length();
        int mask = (hasYear ? 1 : 0) | (hasMonth ? 2 : 0) | (hasDay ? 4 : 0);
        switch (mask) {
            case 0:
                if (flen >= 3) {
                    setYear(val, flen);
                } else {
                    month = (int) val;
                    hasMonth = true;
                }
                break;
            case 1:
                month = (int) val;
                hasMonth = true;
                break;
            case 2:
                if (textMonth && flen >= 3) {
                    setYear(val, flen);
                } else {
                    day = (int) val;
                    hasDay = true;
                }
                break;
            case 3:
                if (textMonth && flen >= 3 && twoDigitYear) {
                    day = (int) year;
                    hasDay = true;
                    year = val;
                    twoDigitYear = false;
                } else {
                    day = (int) val;
                    hasDay = true;
                }
                break;
            case 4:
                month = (int) val;
                hasMonth = true;
                break;
            case 6:
                setYear(val, flen);
                break;
            case 7:
                concatenated(f);
                break;
            default:
                throw badFormat();
        }
    }

    private void setYear(long val, int flen) {
        year = val;
        hasYear = true;
        twoDigitYear = flen <= 2;
    }

    private void decodeTime(String f) {
        if (hasTime) {
            throw badFormat();
        }
        String[] parts = f.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw badFormat();
        }
        hour = parseInt(parts[0]);
        String minPart = parts[1];
        if (parts.length == 2 && minPart.indexOf('.') >= 0) {
            throw badFormat();
        }
        minute = parseInt(minPart);
        if (parts.length == 3) {
            String sec = parts[2];
            int dot = sec.indexOf('.');
            if (dot >= 0) {
                second = dot == 0 ? 0 : parseInt(sec.substring(0, dot));
                fraction = fraction(sec.substring(dot));
            } else {
                second = parseInt(sec);
            }
        }
        hasTime = true;
    }

    private long parseInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            throw s.isEmpty() ? badFormat() : fieldOverflow();
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                throw badFormat();
            }
        }
        return Long.parseLong(s);
    }

    /** Microseconds of {@code .ffff...}, rounded to the nearest microsecond. */
    private long fraction(String dotDigits) {
        if (dotDigits.length() == 1) {
            return 0;
        }
        for (int i = 1; i < dotDigits.length(); i++) {
            if (!isDigit(dotDigits.charAt(i))) {
                throw badFormat();
            }
        }
        return Math.round(Double.parseDouble("0" + dotDigits) * 1_000_000);
    }

    /** Seconds east of UTC of {@code +hh}, {@code -hh:mm}, {@code +hhmm}, {@code +hh:mm:ss}. */
    private int decodeOffset(String f) {
        boolean negative = f.charAt(0) == '-';
        String body = f.substring(1);
        long h;
        long m = 0;
        long s = 0;
        if (body.indexOf(':') >= 0) {
            String[] parts = body.split(":", -1);
            if (parts.length > 3) {
                throw badFormat();
            }
            h = parseInt(parts[0]);
            m = parseInt(parts[1]);
            if (parts.length == 3) {
                s = parseInt(parts[2]);
            }
        } else {
            if (body.indexOf('.') >= 0 || body.indexOf('-') >= 0) {
                throw badFormat();
            }
            long v = parseInt(body);
            if (body.length() <= 2) {
                h = v;
            } else if (body.length() <= 4) {
                h = v / 100;
                m = v % 100;
            } else {
                h = v / 10000;
                m = v / 100 % 100;
                s = v % 100;
            }
        }
        if (h > 15 || m >= 60 || s >= 60) {
            throw new FreshetException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"" + input + "\"");
        }
        int total = (int) (h * 3600 + m * 60 + s);
        return negative ? -total : total;
    }

    /** Lower-case month number of an abbreviation or full name, 0 if none (for to_date & co.). */
    public static int monthNumber(String word) {
        return monthOf(word.toLowerCase(Locale.ROOT));
    }
}
