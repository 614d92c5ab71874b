package io.freshet.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test notation for rows: byte strings written as ISO-8859-1 text, rows as "key=value". */
final class Rows {
    private Rows() {
    }

    /** The bytes of {@code text}, one byte per character (ISO-8859-1). */
    static byte[] b(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code bytes} as text, one character per byte; null stays null. */
    static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Drains and closes {@code rows} into "key=value" strings. */
    static List<String> of(StateIterator rows) {
        try (rows) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(s(rows.key()) + "=" + s(rows.value()));
            }
            return result;
        }
    }
}
