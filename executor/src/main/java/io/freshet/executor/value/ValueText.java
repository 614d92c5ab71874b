package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL's text form of values: output ({@link #format}) as psql and the text wire format
 * show them, and input ({@link #parse}) as casts from text and text-format parameters accept.
 */
public final class ValueText {
    private ValueText() {
    }

    /** PostgreSQL's output text of a non-null value. */
    public static String format(Object value, DataType type, EvalContext ctx) {
        switch (type.kind()) {
            case BOOLEAN:
                return (Boolean) value ? "t" : "f";
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return value.toString();
            case REAL:
                return value.toString();
            case DOUBLE:
                return value.toString();
            case NUMERIC:
                return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
            case VARCHAR:
                return (String) value;
            case DATE:
                return LocalDate.ofEpochDay((Integer) value).toString();
            case TIMESTAMP: {
                long micros = (Long) value;
                LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
                return t.toLocalDate() + " " + t.toLocalTime();
            }
            default:
                return value.toString();
        }
    }

    /** Parses PostgreSQL input text into a value of {@code type}. */
    public static Object parse(String text, DataType type, EvalContext ctx) {
        String s = text.trim();
        try {
            switch (type.kind()) {
                case BOOLEAN:
                    switch (s.toLowerCase()) {
                        case "t": case "true": case "yes": case "on": case "1":
                            return Boolean.TRUE;
                        case "f": case "false": case "no": case "off": case "0":
                            return Boolean.FALSE;
                        default:
                            throw invalid(text, type);
                    }
                case SMALLINT:
                    return Short.parseShort(s);
                case INTEGER:
                    return Integer.parseInt(s);
                case BIGINT:
                    return Long.parseLong(s);
                case REAL:
                    return Float.parseFloat(s);
                case DOUBLE:
                    return Double.parseDouble(s);
                case NUMERIC:
                    return new BigDecimal(s);
                case VARCHAR:
                    return text;
                case DATE:
                    return (int) LocalDate.parse(s).toEpochDay();
                default:
                    throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "input of type " + type + " is not supported");
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw invalid(text, type);
        }
    }

    private static FreshetException invalid(String text, DataType type) {
        return new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + type + ": \"" + text + "\"");
    }
}
