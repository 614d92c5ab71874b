package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Time zone names as PostgreSQL accepts them in date/time input and in {@code AT TIME ZONE}:
 * IANA names matched without regard to case ({@code europe/paris}), the abbreviations of
 * PostgreSQL's default {@code timezone_abbreviations} set that are in common use
 * ({@code PST}, {@code CET}, ...) as fixed offsets, and numeric offsets.
 */
public final class TimeZones {
    private static final Map<String, ZoneId> NAMES = new HashMap<>();
    private static final Map<String, Integer> ABBREVIATIONS = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            NAMES.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
        Object[][] abbrevs = {
            {"utc", 0}, {"ut", 0}, {"gmt", 0}, {"z", 0}, {"zulu", 0}, {"wet", 0},
            {"est", -5 * 3600}, {"edt", -4 * 3600}, {"cst", -6 * 3600}, {"cdt", -5 * 3600},
            {"mst", -7 * 3600}, {"mdt", -6 * 3600}, {"pst", -8 * 3600}, {"pdt", -7 * 3600},
            {"akst", -9 * 3600}, {"akdt", -8 * 3600}, {"hst", -10 * 3600}, {"ast", -4 * 3600},
            {"adt", -3 * 3600}, {"nst", -(3 * 3600 + 1800)}, {"ndt", -(2 * 3600 + 1800)},
            {"cet", 3600}, {"cest", 7200}, {"met", 3600}, {"mest", 7200}, {"eet", 7200}, {"eest", 10800},
            {"west", 3600}, {"bst", 3600}, {"ist", 7200}, {"msk", 10800}, {"jst", 9 * 3600},
            {"kst", 9 * 3600}, {"hkt", 8 * 3600}, {"sgt", 8 * 3600}, {"awst", 8 * 3600},
            {"acst", 9 * 3600 + 1800}, {"acdt", 10 * 3600 + 1800}, {"aest", 10 * 3600}, {"aedt", 11 * 3600},
            {"nzst", 12 * 3600}, {"nzdt", 13 * 3600},
        };
        for (Object[] a : abbrevs) {
            ABBREVIATIONS.put((String) a[0], (Integer) a[1]);
        }
    }

    private TimeZones() {
    }

    /** Fixed offset in seconds east of UTC of a known abbreviation (lower case), else null. */
    public static Integer abbreviation(String lowerName) {
        return ABBREVIATIONS.get(lowerName);
    }

    /** The zone of an IANA name in any case, else null. */
    public static ZoneId named(String name) {
        return NAMES.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A zone for {@code AT TIME ZONE} / {@code timezone(zone, ts)}: an abbreviation, an IANA
     * name, or a numeric offset (read POSIX-style as in PostgreSQL, so {@code +05} and
     * {@code UTC+5} mean five hours <em>west</em> of UTC).
     *
     * @throws FreshetException 22023 {@code time zone "x" not recognized}
     */
    public static ZoneId resolve(String name) {
        String s = name.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        Integer abbrev = ABBREVIATIONS.get(lower);
        if (abbrev != null) {
            return ZoneOffset.ofTotalSeconds(abbrev);
        }
        ZoneId z = NAMES.get(lower);
        if (z != null) {
            return z;
        }
        Integer posix = posixOffset(lower);
        if (posix != null) {
            return ZoneOffset.ofTotalSeconds(posix);
        }
        throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /** {@code +05}, {@code -08:00}, {@code utc+5} in POSIX sense: seconds east, or null. */
    private static Integer posixOffset(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        boolean named = i > 0;
        if (i == s.length()) {
            return null;
        }
        String rest = s.substring(i);
        char sign = rest.charAt(0);
        int start = sign == '+' || sign == '-' ? 1 : 0;
        if (named && start == 0) {
            return null;
        }
        String[] parts = rest.substring(start).split(":", -1);
        if (parts.length > 3) {
            return null;
        }
        int secs = 0;
        int mult = 3600;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 && parts.length > 1 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            secs += Integer.parseInt(p) * mult;
            mult /= 60;
        }
        if (secs > 15 * 3600 + 59 * 60 + 59) {
            return null;
        }
        // POSIX zone strings count hours west of Greenwich, so "+05" and "UTC+5" are UTC-5.
        boolean negative = sign != '-';
        return negative ? -secs : secs;
    }
}
