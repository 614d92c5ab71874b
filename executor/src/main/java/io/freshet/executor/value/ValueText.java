package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;

/**
 * PostgreSQL's text form of values: output ({@link #format}) exactly as PostgreSQL 15 prints it
 * with {@code DateStyle = ISO, MDY}, {@code IntervalStyle = postgres} and
 * {@code extra_float_digits = 1} (what psql and the text wire format show), and input
 * ({@link #parse}) as PostgreSQL's type input functions accept it (casts from text, text-format
 * parameters, literals). Errors carry PostgreSQL's SQLSTATE and wording.
 *
 * <p>Each type family has its own helper: {@link FloatText}, {@link Numerics},
 * {@link DateTimes} / {@link DateTimeParser}, {@link IntervalText}, {@link ByteaText},
 * {@link JsonbText} and {@link CompositeText}.
 */
public final class ValueText {
    private ValueText() {
    }

    /** PostgreSQL's output text of a non-null value of {@code type}. */
    public static String format(Object value, DataType type, EvalContext ctx) {
        switch (type.kind()) {
            case BOOLEAN:
                return (Boolean) value ? "t" : "f";
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return value.toString();
            case REAL:
                return FloatText.format((float) (Float) value);
            case DOUBLE:
                return FloatText.format((double) (Double) value);
            case NUMERIC:
                return Numerics.format(value);
            case VARCHAR:
                return (String) value;
            case DATE:
                return DateTimes.formatDate((Integer) value);
            case TIME:
                return DateTimes.formatTime((Long) value);
            case TIMESTAMP:
                return DateTimes.formatTimestamp((Long) value);
            case TIMESTAMPTZ:
                return DateTimes.formatTimestampTz((Long) value, ctx.timeZone());
            case INTERVAL:
                return IntervalText.format((Interval) value);
            case BYTEA:
                return ByteaText.format((ByteString) value);
            case JSONB:
                return JsonbText.format((JsonbValue) value);
            case ARRAY:
                return CompositeText.formatArray((ArrayValue) value, type, ctx);
            case STRUCT:
                return CompositeText.formatStruct((StructValue) value, type, ctx);
            default:
                return String.valueOf(value);
        }
    }

    /** Output text of a value that may be null ({@code null} stays null). */
    public static String formatNullable(Object value, DataType type, EvalContext ctx) {
        return value == null ? null : format(value, type, ctx);
    }

    /**
     * Parses PostgreSQL input text into a value of {@code type}, applying its modifiers
     * (numeric precision and scale, fractional-second digits, varchar length).
     *
     * @throws FreshetException 22P02, 22007, 22008, 22003 or 22001 as PostgreSQL would
     */
    public static Object parse(String text, DataType type, EvalContext ctx) {
        switch (type.kind()) {
            case BOOLEAN:
                return parseBoolean(text);
            case SMALLINT:
                return (short) parseInteger(text, "smallint", Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER:
                return (int) parseInteger(text, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT:
                return parseInteger(text, "bigint", Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL:
                return FloatText.parseFloat(text);
            case DOUBLE:
                return FloatText.parseDouble(text);
            case NUMERIC:
                return Numerics.applyTypmod(Numerics.parse(text), type.precision(), type.scale());
            case VARCHAR:
                return checkLength(text, type);
            case DATE:
                return DateTimeParser.parseDate(text, ctx);
            case TIME:
                return roundTime(DateTimeParser.parseTime(text, ctx), type.precision());
            case TIMESTAMP:
                return roundTimestamp(DateTimeParser.parseTimestamp(text, ctx), type.precision());
            case TIMESTAMPTZ:
                return roundTimestamp(DateTimeParser.parseTimestampTz(text, ctx), type.precision());
            case INTERVAL:
                return IntervalText.parse(text);
            case BYTEA:
                return ByteaText.parse(text);
            case JSONB:
                return JsonbText.parse(text);
            case ARRAY:
                return CompositeText.parseArray(text, type, ctx);
            case STRUCT:
                return CompositeText.parseStruct(text, type, ctx);
            default:
                throw FreshetException.notSupported("input of type " + type);
        }
    }

    /** PostgreSQL's {@code boolin}: t/f, true/false, yes/no, on/off, 1/0 and unique prefixes. */
    public static boolean parseBoolean(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        int len = s.length();
        if (len > 0) {
            switch (s.charAt(0)) {
                case 't':
                    if ("true".startsWith(s)) {
                        return true;
                    }
                    break;
                case 'f':
                    if ("false".startsWith(s)) {
                        return false;
                    }
                    break;
                case 'y':
                    if ("yes".startsWith(s)) {
                        return true;
                    }
                    break;
                case 'n':
                    if ("no".startsWith(s)) {
                        return false;
                    }
                    break;
                case 'o':
                    if (len >= 2 && "on".startsWith(s)) {
                        return true;
                    }
                    if (len >= 2 && "off".startsWith(s)) {
                        return false;
                    }
                    break;
                case '1':
                    if (len == 1) {
                        return true;
                    }
                    break;
                case '0':
                    if (len == 1) {
                        return false;
                    }
                    break;
                default:
                    break;
            }
        }
        throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type boolean: \"" + text + "\"");
    }

    /** PostgreSQL's {@code pg_strtoint}: optional spaces and sign around decimal digits. */
    public static long parseInteger(String text, String typeName, long min, long max) {
        int n = text.length();
        int i = 0;
        while (i < n && CompositeText.isSpace(text.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            neg = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long acc = 0;
        boolean overflow = false;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            int d = text.charAt(i) - '0';
            if (acc < (Long.MIN_VALUE + d) / 10) {
                overflow = true;
            } else {
                acc = acc * 10 - d;
            }
            i++;
        }
        boolean noDigits = i == digitsStart;
        while (i < n && CompositeText.isSpace(text.charAt(i))) {
            i++;
        }
        if (noDigits || i != n) {
            throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type " + typeName + ": \"" + text + "\"");
        }
        if (!neg) {
            if (acc == Long.MIN_VALUE) {
                overflow = true;
            }
            acc = -acc;
        }
        if (overflow || acc < min || acc > max) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "value \"" + text + "\" is out of range for type " + typeName);
        }
        return acc;
    }

    private static String checkLength(String text, DataType type) {
        if (!type.hasPrecision()) {
            return text;
        }
        int max = type.precision();
        int len = text.codePointCount(0, text.length());
        if (len <= max) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, max);
        for (int i = cut; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                throw new FreshetException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                        "value too long for type character varying(" + max + ")");
            }
        }
        return text.substring(0, cut);
    }

    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    /** Rounds a TIME to {@code precision} fractional digits, half away from zero. */
    public static long roundTime(long micros, int precision) {
        if (precision < 0 || precision >= 6) {
            return micros;
        }
        long scale = SCALES[precision];
        return (micros + scale / 2) / scale * scale;
    }

    /** Rounds a finite TIMESTAMP(TZ) to {@code precision} fractional digits, half away from zero. */
    public static long roundTimestamp(long micros, int precision) {
        if (precision < 0 || precision >= 6 || micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) {
            return micros;
        }
        long scale = SCALES[precision];
        // PostgreSQL rounds relative to its epoch, 2000-01-01.
        long t = micros - POSTGRES_EPOCH_MICROS;
        t = t >= 0 ? (t + scale / 2) / scale * scale : -((-t + scale / 2) / scale * scale);
        return t + POSTGRES_EPOCH_MICROS;
    }
}
