package io.freshet.storage.keys;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/**
 * Test model of one key field type: how to generate random values (biased towards edge cases),
 * write and read them with {@link KeyWriter} and {@link KeyReader}, and compare them the way
 * PostgreSQL does. Values are boxed; {@code null} stands for SQL NULL and is handled by callers.
 */
enum FieldType {
    BOOLEAN {
        @Override
        Object random(Random random) {
            return random.nextBoolean();
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeBoolean((Boolean) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readBoolean(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        }
    },
    SHORT {
        @Override
        Object random(Random random) {
            return pick(random, new Short[] {Short.MIN_VALUE, Short.MAX_VALUE, 0, -1, 1}, () -> (short) random.nextInt());
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeShort((Short) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readShort(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Short.compare((Short) a, (Short) b);
        }
    },
    INT {
        @Override
        Object random(Random random) {
            return pick(random, new Integer[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1},
                    () -> random.nextBoolean() ? random.nextInt() : random.nextInt(200) - 100);
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeInt((Integer) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readInt(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Integer.compare((Integer) a, (Integer) b);
        }
    },
    LONG {
        @Override
        Object random(Random random) {
            return pick(random, new Long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L, (long) Integer.MIN_VALUE},
                    () -> random.nextBoolean() ? random.nextLong() : random.nextInt(200) - 100L);
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeLong((Long) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readLong(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Long.compare((Long) a, (Long) b);
        }
    },
    FLOAT {
        @Override
        Object random(Random random) {
            return pick(random, new Float[] {0.0f, -0.0f, Float.NaN, Float.intBitsToFloat(0x7fc00001),
                Float.intBitsToFloat(0xffc00000), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
                -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1.0f, -1.0f},
                    () -> random.nextBoolean() ? Float.intBitsToFloat(random.nextInt()) : (random.nextFloat() - 0.5f) * 100);
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeFloat((Float) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readFloat(order);
        }

        @Override
        int compare(Object a, Object b) {
            float x = (Float) a;
            float y = (Float) b;
            return x == y ? 0 : Float.compare(x, y);
        }
    },
    DOUBLE {
        @Override
        Object random(Random random) {
            return pick(random, new Double[] {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
                Double.longBitsToDouble(0xfff8000000000000L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 1e-300},
                    () -> random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : (random.nextDouble() - 0.5) * 1e6);
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeDouble((Double) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readDouble(order);
        }

        @Override
        int compare(Object a, Object b) {
            double x = (Double) a;
            double y = (Double) b;
            return x == y ? 0 : Double.compare(x, y);
        }
    },
    DECIMAL {
        @Override
        Object random(Random random) {
            int choice = random.nextInt(20);
            if (choice == 0) {
                return Decimal.NAN;
            }
            if (choice == 1) {
                return Decimal.POSITIVE_INFINITY;
            }
            if (choice == 2) {
                return Decimal.NEGATIVE_INFINITY;
            }
            if (choice < 6) {
                return Decimal.of(pick(random, EDGE_DECIMALS, () -> BigDecimal.ZERO));
            }
            BigInteger unscaled = new BigInteger(1 + random.nextInt(random.nextBoolean() ? 20 : 140), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            int scale = random.nextBoolean() ? random.nextInt(11) - 5 : random.nextInt(2001) - 1000;
            BigDecimal value = new BigDecimal(unscaled, scale);
            if (random.nextInt(4) == 0) {
                int zeros = random.nextInt(5);
                value = new BigDecimal(unscaled.multiply(BigInteger.TEN.pow(zeros)), scale + zeros);
            }
            return Decimal.of(value);
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            Decimal decimal = (Decimal) value;
            switch (decimal.kind()) {
                case FINITE -> writer.writeDecimal(decimal.value(), order);
                case NAN -> writer.writeDecimalNaN(order);
                case POSITIVE_INFINITY -> writer.writeDecimalInfinity(true, order);
                case NEGATIVE_INFINITY -> writer.writeDecimalInfinity(false, order);
                default -> throw new AssertionError(decimal);
            }
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            DecimalKind kind = reader.peekDecimalKind(order);
            if (kind == DecimalKind.FINITE) {
                return Decimal.of(reader.readDecimal(order));
            }
            return new Decimal(reader.readNonFiniteDecimal(order), null);
        }

        @Override
        int compare(Object a, Object b) {
            return Decimal.ORDER.compare((Decimal) a, (Decimal) b);
        }
    },
    STRING {
        @Override
        Object random(Random random) {
            if (random.nextInt(8) == 0) {
                return pick(random, EDGE_STRINGS, () -> "");
            }
            int length = random.nextInt(random.nextBoolean() ? 4 : 24);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append('\u0000');
                    case 1 -> text.appendCodePoint(0x1F600 + random.nextInt(80));
                    case 2 -> text.append((char) (0x80 + random.nextInt(0xD000)));
                    case 3 -> text.append('\uFFFF');
                    default -> text.append((char) ('a' + random.nextInt(4)));
                }
            }
            return text.toString();
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeString((String) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readString(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Arrays.compareUnsigned(((String) a).getBytes(StandardCharsets.UTF_8),
                    ((String) b).getBytes(StandardCharsets.UTF_8));
        }
    },
    BYTES {
        @Override
        Object random(Random random) {
            byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 3 : 20)];
            for (int i = 0; i < bytes.length; i++) {
                int choice = random.nextInt(4);
                bytes[i] = (byte) (choice == 0 ? 0 : choice == 1 ? 0xFF : choice == 2 ? 1 : random.nextInt());
            }
            return bytes;
        }

        @Override
        void write(KeyWriter writer, Object value, SortOrder order) {
            writer.writeBytes((byte[]) value, order);
        }

        @Override
        Object read(KeyReader reader, SortOrder order) {
            return reader.readBytes(order);
        }

        @Override
        int compare(Object a, Object b) {
            return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
        }
    };

    static final BigDecimal[] EDGE_DECIMALS = {
        BigDecimal.ZERO, new BigDecimal("0.000"), new BigDecimal("-0.001"), new BigDecimal("1e-30"),
        new BigDecimal("-1e-30"), new BigDecimal("123456789012345678901234567890.5"), new BigDecimal("1"),
        new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("10"), new BigDecimal("1E+1"),
        new BigDecimal("0.1"), new BigDecimal("0.10"), new BigDecimal("0.101"), new BigDecimal("-1"),
        new BigDecimal("-10"), new BigDecimal("99"), new BigDecimal("100"), new BigDecimal("0.99"),
        new BigDecimal(BigInteger.ONE, 100_000), new BigDecimal(BigInteger.ONE, -100_000),
        new BigDecimal(BigInteger.TEN, Integer.MAX_VALUE), new BigDecimal(BigInteger.valueOf(-7), Integer.MIN_VALUE),
        new BigDecimal(BigInteger.valueOf(300), Integer.MIN_VALUE), new BigDecimal(Long.MAX_VALUE),
        new BigDecimal(Long.MIN_VALUE),
    };

    static final String[] EDGE_STRINGS = {
        "", "\u0000", "\u0000\u0000", "a", "a\u0000", "a\u0000b", "ab", "\uFFFF", "\uD83D\uDE00", "\uD83D\uDE00a",
        "\u00e9", "\u0001", "\u007f", "\u0080",
    };

    /** A random value of this type, never null. */
    abstract Object random(Random random);

    abstract void write(KeyWriter writer, Object value, SortOrder order);

    abstract Object read(KeyReader reader, SortOrder order);

    /** PostgreSQL's order of two non-null values of this type. */
    abstract int compare(Object a, Object b);

    /** Writes a possibly null value. */
    void writeNullable(KeyWriter writer, Object value, SortOrder order) {
        if (value == null) {
            writer.writeNull(order);
        } else {
            write(writer, value, order);
        }
    }

    /** Reads a possibly null value. */
    Object readNullable(KeyReader reader, SortOrder order) {
        return reader.tryReadNull(order) ? null : read(reader, order);
    }

    /** The order of two possibly null values under {@code order}. */
    int compareNullable(Object a, Object b, SortOrder order) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            int nullFirst = order.nullsFirst() ? -1 : 1;
            return a == null ? nullFirst : -nullFirst;
        }
        int valueOrder = compare(a, b);
        return order.descending() ? -valueOrder : valueOrder;
    }

    private static <T> T pick(Random random, T[] edges, java.util.function.Supplier<T> otherwise) {
        return random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : otherwise.get();
    }

    /** A decimal as PostgreSQL's numeric sees it: a finite value, an infinity or NaN. */
    record Decimal(DecimalKind kind, BigDecimal value) {
        static final Decimal NAN = new Decimal(DecimalKind.NAN, null);
        static final Decimal POSITIVE_INFINITY = new Decimal(DecimalKind.POSITIVE_INFINITY, null);
        static final Decimal NEGATIVE_INFINITY = new Decimal(DecimalKind.NEGATIVE_INFINITY, null);
        static final Comparator<Decimal> ORDER = Comparator.comparing(Decimal::kind)
                .thenComparing((a, b) -> a.kind() == DecimalKind.FINITE ? a.value().compareTo(b.value()) : 0);

        static Decimal of(BigDecimal value) {
            return new Decimal(DecimalKind.FINITE, value);
        }
    }
}
