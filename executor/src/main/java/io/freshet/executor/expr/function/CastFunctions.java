package io.freshet.executor.expr.function;

import com.fasterxml.jackson.databind.JsonNode;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.DateTimes;
import io.freshet.executor.value.JsonbText;
import io.freshet.executor.value.JsonbValue;
import io.freshet.executor.value.Numerics;
import io.freshet.executor.value.StructValue;
import io.freshet.executor.value.ValueText;
import java.math.BigDecimal;

/**
 * {@code cast}: conversion to the call's result type with PostgreSQL's rules: numeric to
 * integer rounds half away from zero and float to integer half to even, both failing with
 * 22003 {@code integer out of range}; float to numeric keeps 15 (double) or 6 (real)
 * significant digits; numeric(p,s), varchar(n) and time precisions are applied as an explicit
 * cast does (rounding, truncating); timestamp and timestamptz convert through the session time
 * zone; text converts through the types' text forms (boolean to text gives {@code true} /
 * {@code false}); jsonb scalars convert to numbers, booleans and text; arrays and structs
 * convert element by element.
 */
final class CastFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.register("cast", Signature.any(1), CastFunctions::converter);
    }

    /** The conversion from {@code from} to {@code to}, or null if PostgreSQL has none. */
    static ScalarImpl converter(java.util.List<DataType> types, DataType to) {
        return converter(types.get(0), to);
    }

    static ScalarImpl converter(DataType from, DataType to) {
        ScalarImpl base = baseConverter(from, to);
        if (base == null) {
            return null;
        }
        ScalarImpl modifier = modifier(to);
        if (modifier == null) {
            return base;
        }
        return (a, c) -> {
            Object v = base.apply(a, c);
            return v == null ? null : modifier.apply(new Object[] {v}, c);
        };
    }

    /** Applies the target's modifiers (length, precision, scale) as an explicit cast does. */
    private static ScalarImpl modifier(DataType to) {
        if (!to.hasPrecision()) {
            return null;
        }
        switch (to.kind()) {
            case VARCHAR: {
                int max = to.precision();
                return (a, c) -> {
                    String s = (String) a[0];
                    if (s.length() <= max) {
                        return s;
                    }
                    int n = s.codePointCount(0, s.length());
                    return n <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
                };
            }
            case NUMERIC:
                return (a, c) -> Numerics.applyTypmod(a[0], to.precision(), to.scale());
            case TIME:
                return (a, c) -> ValueText.roundTime((Long) a[0], to.precision());
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return (a, c) -> ValueText.roundTimestamp((Long) a[0], to.precision());
            default:
                return null;
        }
    }

    private static ScalarImpl baseConverter(DataType from, DataType to) {
        TypeKind f = from.kind();
        TypeKind t = to.kind();
        if (f == TypeKind.NULL) {
            return (a, c) -> null;
        }
        if (from.withoutModifiers().equals(to.withoutModifiers()) && f != TypeKind.ARRAY && f != TypeKind.STRUCT) {
            return (a, c) -> a[0];
        }
        if (t == TypeKind.VARCHAR) {
            if (f == TypeKind.BOOLEAN) {
                return (a, c) -> (Boolean) a[0] ? "true" : "false";
            }
            return (a, c) -> ValueText.format(a[0], from, c);
        }
        if (f == TypeKind.VARCHAR) {
            DataType target = to;
            return (a, c) -> ValueText.parse((String) a[0], target.kind() == TypeKind.VARCHAR ? DataType.TEXT : target, c);
        }
        if (f.isNumeric() && t.isNumeric()) {
            return numeric(f, t);
        }
        switch (f) {
            case BOOLEAN:
                if (t == TypeKind.INTEGER) {
                    return (a, c) -> (Boolean) a[0] ? 1 : 0;
                }
                if (t == TypeKind.SMALLINT) {
                    return (a, c) -> (short) ((Boolean) a[0] ? 1 : 0);
                }
                if (t == TypeKind.BIGINT) {
                    return (a, c) -> (Boolean) a[0] ? 1L : 0L;
                }
                if (t == TypeKind.JSONB) {
                    return (a, c) -> new JsonbValue(JsonbText.NODES.booleanNode((Boolean) a[0]));
                }
                return null;
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                if (t == TypeKind.BOOLEAN) {
                    return (a, c) -> ((Number) a[0]).longValue() != 0;
                }
                break;
            case DATE:
                if (t == TypeKind.TIMESTAMP) {
                    return (a, c) -> dateToTimestamp((Integer) a[0]);
                }
                if (t == TypeKind.TIMESTAMPTZ) {
                    return (a, c) -> {
                        int d = (Integer) a[0];
                        if (d == DateTimes.DATE_NEG_INFINITY || d == DateTimes.DATE_POS_INFINITY) {
                            return dateToTimestamp(d);
                        }
                        return DateTimes.checkTimestamp(DateTimes.toUtc(dateToTimestamp(d), c.timeZone()));
                    };
                }
                break;
            case TIMESTAMP:
                if (t == TypeKind.DATE) {
                    return (a, c) -> timestampToDate((Long) a[0]);
                }
                if (t == TypeKind.TIME) {
                    return (a, c) -> timeOf((Long) a[0]);
                }
                if (t == TypeKind.TIMESTAMPTZ) {
                    return (a, c) -> DateTimes.checkTimestampOrInfinity(DateTimes.toUtc((Long) a[0], c.timeZone()));
                }
                break;
            case TIMESTAMPTZ:
                if (t == TypeKind.DATE) {
                    return (a, c) -> timestampToDate(DateTimes.toLocal((Long) a[0], c.timeZone()));
                }
                if (t == TypeKind.TIME) {
                    return (a, c) -> timeOf(DateTimes.toLocal((Long) a[0], c.timeZone()));
                }
                if (t == TypeKind.TIMESTAMP) {
                    return (a, c) -> DateTimes.checkTimestampOrInfinity(DateTimes.toLocal((Long) a[0], c.timeZone()));
                }
                break;
            case TIME:
                if (t == TypeKind.INTERVAL) {
                    return (a, c) -> io.freshet.executor.value.Interval.ofMicros((Long) a[0]);
                }
                break;
            case INTERVAL:
                if (t == TypeKind.TIME) {
                    return (a, c) -> Math.floorMod(((io.freshet.executor.value.Interval) a[0]).micros(),
                            DateTimes.MICROS_PER_DAY);
                }
                break;
            case JSONB:
                return fromJsonb(to);
            case ARRAY:
                if (t == TypeKind.ARRAY) {
                    ScalarImpl element = converter(from.elementType(), to.elementType());
                    if (element == null) {
                        return null;
                    }
                    return (a, c) -> {
                        ArrayValue arr = (ArrayValue) a[0];
                        Object[] out = new Object[arr.length()];
                        Object[] one = new Object[1];
                        for (int i = 0; i < out.length; i++) {
                            Object e = arr.get(i);
                            if (e != null) {
                                one[0] = e;
                                out[i] = element.apply(one, c);
                            }
                        }
                        return ArrayValue.wrap(out);
                    };
                }
                if (t == TypeKind.JSONB) {
                    return (a, c) -> new JsonbValue(JsonbFunctions.toJson(a[0], from, c));
                }
                break;
            case STRUCT:
                if (t == TypeKind.STRUCT && from.fields().size() == to.fields().size()) {
                    int n = from.fields().size();
                    ScalarImpl[] fields = new ScalarImpl[n];
                    for (int i = 0; i < n; i++) {
                        fields[i] = converter(from.fields().get(i).type(), to.fields().get(i).type());
                        if (fields[i] == null) {
                            return null;
                        }
                    }
                    return (a, c) -> {
                        StructValue s = (StructValue) a[0];
                        Object[] out = new Object[n];
                        for (int i = 0; i < n; i++) {
                            Object v = s.get(i);
                            out[i] = v == null ? null : fields[i].apply(new Object[] {v}, c);
                        }
                        return StructValue.wrap(out);
                    };
                }
                if (t == TypeKind.JSONB) {
                    return (a, c) -> new JsonbValue(JsonbFunctions.toJson(a[0], from, c));
                }
                break;
            default:
                break;
        }
        if (t == TypeKind.JSONB && (f.isNumeric() || f.isDateTime())) {
            return (a, c) -> new JsonbValue(JsonbFunctions.toJson(a[0], from, c));
        }
        return null;
    }

    static long dateToTimestamp(int d) {
        if (d == DateTimes.DATE_NEG_INFINITY) {
            return DateTimes.TS_NEG_INFINITY;
        }
        if (d == DateTimes.DATE_POS_INFINITY) {
            return DateTimes.TS_POS_INFINITY;
        }
        long t = (long) d * DateTimes.MICROS_PER_DAY;
        if (!DateTimes.isValidTimestamp(t)) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range for timestamp");
        }
        return t;
    }

    static int timestampToDate(long t) {
        if (t == DateTimes.TS_NEG_INFINITY) {
            return DateTimes.DATE_NEG_INFINITY;
        }
        if (t == DateTimes.TS_POS_INFINITY) {
            return DateTimes.DATE_POS_INFINITY;
        }
        return (int) Math.floorDiv(t, DateTimes.MICROS_PER_DAY);
    }

    private static long timeOf(long t) {
        if (t == DateTimes.TS_NEG_INFINITY || t == DateTimes.TS_POS_INFINITY) {
            throw new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return Math.floorMod(t, DateTimes.MICROS_PER_DAY);
    }

    private static ScalarImpl numeric(TypeKind f, TypeKind t) {
        switch (t) {
            case SMALLINT:
                return (a, c) -> (short) toInteger(a[0], f, "smallint", Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER:
                return (a, c) -> (int) toInteger(a[0], f, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT:
                return (a, c) -> toInteger(a[0], f, "bigint", Long.MIN_VALUE, Long.MAX_VALUE);
            case REAL:
                switch (f) {
                    case DOUBLE:
                        return (a, c) -> {
                            double d = (Double) a[0];
                            float x = (float) d;
                            if (Float.isInfinite(x) && !Double.isInfinite(d)) {
                                throw SqlErrors.floatOverflow();
                            }
                            if (x == 0 && d != 0) {
                                throw SqlErrors.floatUnderflow();
                            }
                            return x;
                        };
                    case NUMERIC:
                        return (a, c) -> {
                            if (a[0] instanceof BigDecimal) {
                                float x = Float.parseFloat(a[0].toString());
                                if (Float.isInfinite(x)) {
                                    throw SqlErrors.floatOverflow();
                                }
                                return x;
                            }
                            return (float) Numerics.toDouble(a[0]);
                        };
                    default:
                        return (a, c) -> ((Number) a[0]).floatValue();
                }
            case DOUBLE:
                switch (f) {
                    case REAL:
                        return (a, c) -> (double) (Float) a[0];
                    case NUMERIC:
                        return (a, c) -> {
                            double d = Numerics.toDouble(a[0]);
                            if (Double.isInfinite(d) && a[0] instanceof BigDecimal) {
                                throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "\""
                                        + Numerics.format(a[0]) + "\" is out of range for type double precision");
                            }
                            return d;
                        };
                    default:
                        return (a, c) -> ((Number) a[0]).doubleValue();
                }
            case NUMERIC:
                switch (f) {
                    case REAL:
                        return (a, c) -> Numerics.fromDouble((Float) a[0], 6);
                    case DOUBLE:
                        return (a, c) -> Numerics.fromDouble((Double) a[0], 15);
                    default:
                        return (a, c) -> BigDecimal.valueOf(((Number) a[0]).longValue());
                }
            default:
                return null;
        }
    }

    /** Integer conversion with PostgreSQL's rounding and range error. */
    static long toInteger(Object v, TypeKind from, String typeName, long min, long max) {
        switch (from) {
            case SMALLINT:
            case INTEGER:
            case BIGINT: {
                long l = ((Number) v).longValue();
                if (l < min || l > max) {
                    throw SqlErrors.outOfRange(typeName);
                }
                return l;
            }
            case REAL:
            case DOUBLE: {
                double d = Math.rint(((Number) v).doubleValue());
                if (Double.isNaN(d) || d < (double) min || d >= -(double) min) {
                    throw SqlErrors.outOfRange(typeName);
                }
                return (long) d;
            }
            default:
                return Numerics.toLong(v, typeName, min, max);
        }
    }

    private static ScalarImpl fromJsonb(DataType to) {
        switch (to.kind()) {
            case NUMERIC:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case REAL:
            case DOUBLE: {
                ScalarImpl fromNumeric = to.kind() == TypeKind.NUMERIC ? null : numeric(TypeKind.NUMERIC, to.kind());
                String name = pgTypeName(to);
                return (a, c) -> {
                    JsonNode n = ((JsonbValue) a[0]).node();
                    if (!n.isNumber()) {
                        throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                                "cannot cast jsonb " + JsonbFunctions.typeName(n) + " to type " + name);
                    }
                    BigDecimal d = JsonbText.numberValue(n);
                    return fromNumeric == null ? d : fromNumeric.apply(new Object[] {d}, c);
                };
            }
            case BOOLEAN:
                return (a, c) -> {
                    JsonNode n = ((JsonbValue) a[0]).node();
                    if (!n.isBoolean()) {
                        throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                                "cannot cast jsonb " + JsonbFunctions.typeName(n) + " to type boolean");
                    }
                    return n.booleanValue();
                };
            default:
                return null;
        }
    }

    /** PostgreSQL's SQL name of a type, as its error messages use it. */
    static String pgTypeName(DataType t) {
        switch (t.kind()) {
            case SMALLINT: return "smallint";
            case INTEGER: return "integer";
            case BIGINT: return "bigint";
            case REAL: return "real";
            case DOUBLE: return "double precision";
            case NUMERIC: return "numeric";
            case BOOLEAN: return "boolean";
            case VARCHAR: return t.hasPrecision() ? "character varying" : "text";
            case DATE: return "date";
            case TIME: return "time without time zone";
            case TIMESTAMP: return "timestamp without time zone";
            case TIMESTAMPTZ: return "timestamp with time zone";
            case INTERVAL: return "interval";
            default: return t.kind().pgName();
        }
    }

    static Object convert(Object v, DataType from, DataType to, EvalContext ctx) {
        ScalarImpl impl = converter(from, to);
        if (impl == null) {
            throw new FreshetException(SqlState.CANNOT_COERCE, "cannot cast type " + pgTypeName(from) + " to " + pgTypeName(to));
        }
        return v == null ? null : impl.apply(new Object[] {v}, ctx);
    }
}
