package io.freshet.executor.type;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * SQL data type of a column or expression: a {@link TypeKind} with its modifiers.
 *
 * <p>Modifiers: {@code precision} is the length limit of VARCHAR, the precision of NUMERIC and
 * the fractional-second digits of TIME/TIMESTAMP(TZ); {@code scale} is NUMERIC's scale. Either
 * is {@link #UNSPECIFIED} when not given; a NUMERIC with unspecified precision is PostgreSQL's
 * unconstrained {@code numeric}, which stores values exactly as computed.
 *
 * <p>The {@link #toString() text form} is PostgreSQL-like ({@code int4}, {@code numeric(10,2)},
 * {@code varchar(20)}, {@code text}, {@code int8[]}, {@code struct<a int4, b text>}) and
 * {@link #parse(String)} reads it back; plans are persisted in that form.
 */
public final class DataType {
    /** Marker for a modifier that was not given. */
    public static final int UNSPECIFIED = -1;

    public static final DataType BOOLEAN = new DataType(TypeKind.BOOLEAN);
    public static final DataType SMALLINT = new DataType(TypeKind.SMALLINT);
    public static final DataType INTEGER = new DataType(TypeKind.INTEGER);
    public static final DataType BIGINT = new DataType(TypeKind.BIGINT);
    public static final DataType REAL = new DataType(TypeKind.REAL);
    public static final DataType DOUBLE = new DataType(TypeKind.DOUBLE);
    /** Unconstrained {@code numeric}. */
    public static final DataType NUMERIC = new DataType(TypeKind.NUMERIC);
    /** Unbounded {@code varchar}, which PostgreSQL calls {@code text}. */
    public static final DataType TEXT = new DataType(TypeKind.VARCHAR);
    public static final DataType DATE = new DataType(TypeKind.DATE);
    public static final DataType TIME = new DataType(TypeKind.TIME);
    public static final DataType TIMESTAMP = new DataType(TypeKind.TIMESTAMP);
    public static final DataType TIMESTAMPTZ = new DataType(TypeKind.TIMESTAMPTZ);
    public static final DataType INTERVAL = new DataType(TypeKind.INTERVAL);
    public static final DataType BYTEA = new DataType(TypeKind.BYTEA);
    public static final DataType JSONB = new DataType(TypeKind.JSONB);
    /** Type of an untyped NULL. */
    public static final DataType NULL = new DataType(TypeKind.NULL);

    private final TypeKind kind;
    private final int precision;
    private final int scale;
    private final DataType elementType;
    private final List<Field> fields;

    private DataType(TypeKind kind) {
        this(kind, UNSPECIFIED, UNSPECIFIED, null, List.of());
    }

    private DataType(TypeKind kind, int precision, int scale, DataType elementType, List<Field> fields) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.precision = precision;
        this.scale = scale;
        this.elementType = elementType;
        this.fields = fields;
    }

    /** The shared instance for a kind without modifiers. */
    public static DataType of(TypeKind kind) {
        switch (kind) {
            case BOOLEAN: return BOOLEAN;
            case SMALLINT: return SMALLINT;
            case INTEGER: return INTEGER;
            case BIGINT: return BIGINT;
            case REAL: return REAL;
            case DOUBLE: return DOUBLE;
            case NUMERIC: return NUMERIC;
            case VARCHAR: return TEXT;
            case DATE: return DATE;
            case TIME: return TIME;
            case TIMESTAMP: return TIMESTAMP;
            case TIMESTAMPTZ: return TIMESTAMPTZ;
            case INTERVAL: return INTERVAL;
            case BYTEA: return BYTEA;
            case JSONB: return JSONB;
            case NULL: return NULL;
            default:
                throw new IllegalArgumentException(kind + " needs modifiers");
        }
    }

    /** {@code numeric(precision, scale)}; {@link #UNSPECIFIED} precision means unconstrained. */
    public static DataType numeric(int precision, int scale) {
        if (precision == UNSPECIFIED) {
            return NUMERIC;
        }
        return new DataType(TypeKind.NUMERIC, precision, Math.max(scale, 0), null, List.of());
    }

    /** {@code varchar(length)}; {@link #UNSPECIFIED} means unbounded ({@code text}). */
    public static DataType varchar(int length) {
        return length == UNSPECIFIED ? TEXT : new DataType(TypeKind.VARCHAR, length, UNSPECIFIED, null, List.of());
    }

    /** TIME, TIMESTAMP or TIMESTAMPTZ with a number of fractional-second digits (0 to 6). */
    public static DataType withFractionalDigits(TypeKind kind, int digits) {
        if (!kind.isDateTime() || kind == TypeKind.DATE) {
            throw new IllegalArgumentException(kind + " has no fractional seconds");
        }
        if (digits == UNSPECIFIED || digits >= 6) {
            return of(kind);
        }
        return new DataType(kind, digits, UNSPECIFIED, null, List.of());
    }

    /** Array of {@code element}. */
    public static DataType array(DataType element) {
        return new DataType(TypeKind.ARRAY, UNSPECIFIED, UNSPECIFIED, Objects.requireNonNull(element), List.of());
    }

    /** Struct (composite) type with these fields, in order. */
    public static DataType struct(List<Field> fields) {
        return new DataType(TypeKind.STRUCT, UNSPECIFIED, UNSPECIFIED, null,
                Collections.unmodifiableList(new ArrayList<>(fields)));
    }

    public TypeKind kind() {
        return kind;
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    /** Element type of an ARRAY, else null. */
    public DataType elementType() {
        return elementType;
    }

    /** Fields of a STRUCT, else empty. */
    public List<Field> fields() {
        return fields;
    }

    /** Whether precision is given (a bounded VARCHAR, a constrained NUMERIC, ...). */
    public boolean hasPrecision() {
        return precision != UNSPECIFIED;
    }

    /** The same kind without modifiers, e.g. to compare types loosely. */
    public DataType withoutModifiers() {
        if (kind == TypeKind.ARRAY || kind == TypeKind.STRUCT) {
            return this;
        }
        return of(kind);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataType)) {
            return false;
        }
        DataType t = (DataType) o;
        return kind == t.kind && precision == t.precision && scale == t.scale
                && Objects.equals(elementType, t.elementType) && fields.equals(t.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, precision, scale, elementType, fields);
    }

    /** PostgreSQL-like spelling; {@link #parse(String)} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        switch (kind) {
            case VARCHAR:
                return precision == UNSPECIFIED ? "text" : "varchar(" + precision + ")";
            case NUMERIC:
                return precision == UNSPECIFIED ? "numeric" : "numeric(" + precision + "," + scale + ")";
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return precision == UNSPECIFIED ? kind.pgName() : kind.pgName() + "(" + precision + ")";
            case ARRAY:
                return elementType + "[]";
            case STRUCT: {
                StringBuilder b = new StringBuilder("struct<");
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    b.append(fields.get(i));
                }
                return b.append('>').toString();
            }
            default:
                return kind.pgName();
        }
    }

    /** Reads the {@link #toString() text form}. */
    @JsonCreator
    public static DataType parse(String text) {
        TypeTextParser p = new TypeTextParser(text);
        DataType t = p.parseType();
        p.expectEnd();
        return t;
    }

    static String quoteIfNeeded(String name) {
        if (name.matches("[a-z_][a-z0-9_]*")) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Recursive-descent reader of the text form. */
    private static final class TypeTextParser {
        private final String s;
        private int pos;

        TypeTextParser(String s) {
            this.s = s;
        }

        DataType parseType() {
            skipSpaces();
            String word = readWord();
            DataType t;
            switch (word) {
                case "bool": t = BOOLEAN; break;
                case "int2": t = SMALLINT; break;
                case "int4": t = INTEGER; break;
                case "int8": t = BIGINT; break;
                case "float4": t = REAL; break;
                case "float8": t = DOUBLE; break;
                case "text": t = TEXT; break;
                case "date": t = DATE; break;
                case "interval": t = INTERVAL; break;
                case "bytea": t = BYTEA; break;
                case "jsonb": t = JSONB; break;
                case "unknown": t = NULL; break;
                case "numeric": {
                    int[] mods = readModifiers();
                    t = mods.length == 0 ? NUMERIC : numeric(mods[0], mods.length > 1 ? mods[1] : 0);
                    break;
                }
                case "varchar": {
                    int[] mods = readModifiers();
                    t = mods.length == 0 ? TEXT : varchar(mods[0]);
                    break;
                }
                case "time":
                case "timestamp":
                case "timestamptz": {
                    TypeKind k = word.equals("time") ? TypeKind.TIME
                            : word.equals("timestamp") ? TypeKind.TIMESTAMP : TypeKind.TIMESTAMPTZ;
                    int[] mods = readModifiers();
                    t = mods.length == 0 ? of(k) : withFractionalDigits(k, mods[0]);
                    break;
                }
                case "struct": {
                    expect('<');
                    List<Field> fs = new ArrayList<>();
                    skipSpaces();
                    if (peek() != '>') {
                        do {
                            skipSpaces();
                            String name = readName();
                            DataType ft = parseType();
                            fs.add(new Field(name, ft));
                            skipSpaces();
                        } while (tryConsume(','));
                    }
                    expect('>');
                    t = struct(fs);
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown type '" + word + "' in '" + s + "'");
            }
            skipSpaces();
            while (s.startsWith("[]", pos)) {
                pos += 2;
                t = array(t);
                skipSpaces();
            }
            return t;
        }

        void expectEnd() {
            skipSpaces();
            if (pos != s.length()) {
                throw new IllegalArgumentException("unexpected text at " + pos + " in type '" + s + "'");
            }
        }

        private int[] readModifiers() {
            skipSpaces();
            if (!tryConsume('(')) {
                return new int[0];
            }
            List<Integer> mods = new ArrayList<>();
            do {
                skipSpaces();
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '-')) {
                    pos++;
                }
                mods.add(Integer.parseInt(s.substring(start, pos)));
                skipSpaces();
            } while (tryConsume(','));
            expect(')');
            return mods.stream().mapToInt(Integer::intValue).toArray();
        }

        private String readWord() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("type name expected at " + pos + " in '" + s + "'");
            }
            return s.substring(start, pos);
        }

        private String readName() {
            if (peek() != '"') {
                return readWord();
            }
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    if (pos < s.length() && s.charAt(pos) == '"') {
                        b.append('"');
                        pos++;
                    } else {
                        return b.toString();
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private boolean tryConsume(char c) {
            if (peek() == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            skipSpaces();
            if (!tryConsume(c)) {
                throw new IllegalArgumentException("'" + c + "' expected at " + pos + " in type '" + s + "'");
            }
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
