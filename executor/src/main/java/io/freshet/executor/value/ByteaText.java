package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * BYTEA text: output in PostgreSQL's hex format ({@code \x0a0b}); input in hex format
 * (whitespace allowed between digit pairs) or the traditional escape format
 * ({@code \\} for a backslash, {@code \ooo} octal bytes, other characters as UTF-8).
 */
public final class ByteaText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ByteaText() {
    }

    /** {@code \x} followed by two lower-case hex digits per byte. */
    public static String format(ByteString v) {
        byte[] b = v.unsafeBytes();
        char[] out = new char[2 + b.length * 2];
        out[0] = '\\';
        out[1] = 'x';
        for (int i = 0; i < b.length; i++) {
            out[2 + 2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    /** PostgreSQL's {@code byteain}. */
    public static ByteString parse(String s) {
        if (s.length() >= 2 && s.charAt(0) == '\\' && s.charAt(1) == 'x') {
            return ByteString.wrap(decodeHex(s, 2));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < s.length() && isOctal(s.charAt(i + 1), '3') && isOctal(s.charAt(i + 2), '7')
                    && isOctal(s.charAt(i + 3), '7')) {
                out.write((s.charAt(i + 1) - '0') * 64 + (s.charAt(i + 2) - '0') * 8 + (s.charAt(i + 3) - '0'));
                i += 4;
            } else {
                throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return ByteString.wrap(out.toByteArray());
    }

    private static boolean isOctal(char c, char max) {
        return c >= '0' && c <= max;
    }

    /** Hex digits from {@code start}, whitespace allowed between pairs (PostgreSQL's {@code hex_decode}). */
    public static byte[] decodeHex(String s, int start) {
        byte[] out = new byte[(s.length() - start) / 2];
        int n = 0;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int hi = hexValue(c);
            if (i + 1 >= s.length()) {
                throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexValue(s.charAt(i + 1));
            out[n++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int hexValue(char c) {
        int v = Character.digit(c, 16);
        if (v < 0 || c > 127) {
            throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + c + "\"");
        }
        return v;
    }
}
