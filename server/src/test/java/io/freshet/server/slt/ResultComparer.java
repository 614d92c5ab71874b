package io.freshet.server.slt;

import io.freshet.server.slt.SltRecord.SortMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares a query's actual rows with the rows a sqllogictest record expects.
 *
 * <p>A row is compared as a list of whitespace-separated words: an expected line is split on
 * runs of spaces and tabs, and each actual value (read with {@code ResultSet.getString}) is
 * written as {@code NULL} for SQL NULL, {@code (empty)} for the empty string, and otherwise
 * as its text split the same way (so a timestamp's date and time are two words on both
 * sides). Words of columns typed {@code R} match when they are the same number (1.5 and 1.50;
 * floating-point values within a relative {@value #RELATIVE_TOLERANCE}); all other words
 * must be equal as text, or be two renderings of one value (see {@link #sameValueRendered}):
 * the expected files print some values the way RisingWave does, Freshet prints them the way
 * PostgreSQL does. {@code rowsort} sorts both sides' rows by their text before
 * comparing, {@code valuesort} sorts all words.
 */
final class ResultComparer {
    /** Relative difference below which two numbers in an {@code R} column are equal. */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private static final int SHOWN_ROWS = 40;

    private ResultComparer() {
    }

    /** A word of a row; {@code numeric} when it comes from a column typed {@code R}. */
    private record Word(String text, boolean numeric) {
    }

    private record Row(List<Word> words) {
        String text() {
            StringBuilder b = new StringBuilder();
            for (Word w : words) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w.text);
            }
            return b.toString();
        }
    }

    /** The text of one actual row as sqllogictest writes it (values separated by one space). */
    static String rowText(List<String> values) {
        return toRow("", values).text();
    }

    /**
     * Null when the rows match, else a description of the difference (counts, the first
     * differing row, and both result sets as compared).
     */
    static String mismatch(String types, SortMode sortMode, List<List<String>> actualValues,
            List<String> expectedLines) {
        List<Row> actual = new ArrayList<>();
        for (List<String> values : actualValues) {
            actual.add(toRow(types, values));
        }
        List<Row> expected = new ArrayList<>();
        for (String line : expectedLines) {
            expected.add(parseExpected(line));
        }
        if (sortMode == SortMode.VALUESORT) {
            actual = new ArrayList<>(List.of(flatten(actual)));
            expected = new ArrayList<>(List.of(flatten(expected)));
        }
        if (sortMode == SortMode.ROWSORT || sortMode == SortMode.VALUESORT) {
            Comparator<Row> byText = Comparator.comparing(Row::text);
            actual.sort(byText);
            expected.sort(byText);
        }
        Optional<String> difference = pairwiseDifference(actual, expected);
        if (difference.isEmpty()) {
            return null;
        }
        if (sortMode == SortMode.ROWSORT && types.indexOf('R') >= 0 && matchesAsMultiset(actual, expected)) {
            // sorted by text, numerically equal rows may land in different places ("1.5" vs "1.50")
            return null;
        }
        StringBuilder b = new StringBuilder(difference.get());
        b.append("\n  expected (").append(countRows(expected, sortMode)).append("):");
        show(b, expected);
        b.append("\n  actual (").append(countRows(actual, sortMode)).append("):");
        show(b, actual);
        return b.toString();
    }

    private static String countRows(List<Row> rows, SortMode sortMode) {
        if (sortMode == SortMode.VALUESORT) {
            return rows.get(0).words.size() + " values";
        }
        return rows.size() + (rows.size() == 1 ? " row" : " rows");
    }

    private static void show(StringBuilder b, List<Row> rows) {
        for (int i = 0; i < rows.size() && i < SHOWN_ROWS; i++) {
            b.append("\n    ").append(rows.get(i).text());
        }
        if (rows.size() > SHOWN_ROWS) {
            b.append("\n    ... ").append(rows.size() - SHOWN_ROWS).append(" more");
        }
    }

    private static Optional<String> pairwiseDifference(List<Row> actual, List<Row> expected) {
        int n = Math.min(actual.size(), expected.size());
        for (int i = 0; i < n; i++) {
            if (!rowsMatch(actual.get(i), expected.get(i))) {
                return Optional.of("row " + (i + 1) + " differs: expected [" + expected.get(i).text() + "] but got ["
                        + actual.get(i).text() + "]");
            }
        }
        if (actual.size() != expected.size()) {
            return Optional.of("expected " + expected.size() + " rows but got " + actual.size());
        }
        return Optional.empty();
    }

    private static boolean matchesAsMultiset(List<Row> actual, List<Row> expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        boolean[] used = new boolean[expected.size()];
        for (Row a : actual) {
            boolean found = false;
            for (int j = 0; j < expected.size() && !found; j++) {
                if (!used[j] && rowsMatch(a, expected.get(j))) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowsMatch(Row actual, Row expected) {
        if (actual.words.size() != expected.words.size()) {
            return false;
        }
        for (int i = 0; i < actual.words.size(); i++) {
            Word a = actual.words.get(i);
            String e = expected.words.get(i).text;
            if (!a.text.equals(e) && !(a.numeric && sameNumber(a.text, e)) && !sameValueRendered(a.text, e)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+\\.\\d+");
    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("(\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(?:([+-]\\d{2})(?::(\\d{2}))?)?");

    /**
     * Whether two words render the same value in two ways (RisingWave's and PostgreSQL's, which
     * Freshet follows): a decimal with another scale ({@code 6221.50} / {@code 6221.5000000000000000})
     * or a time of day with trailing fractional zeros or a {@code +00:00} offset
     * ({@code 00:00:20.210} / {@code 00:00:20.21}, {@code 10:00:00+00:00} / {@code 10:00:00+00}).
     * Different values never match.
     */
    static boolean sameValueRendered(String a, String b) {
        if (DECIMAL.matcher(a).matches() && DECIMAL.matcher(b).matches()) {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        }
        java.util.regex.Matcher x = TIME.matcher(a);
        java.util.regex.Matcher y = TIME.matcher(b);
        if (x.matches() && y.matches()) {
            return x.group(1).equals(y.group(1)) && fraction(x.group(2)).equals(fraction(y.group(2)))
                    && offset(x.group(3), x.group(4)).equals(offset(y.group(3), y.group(4)));
        }
        return false;
    }

    private static String fraction(String digits) {
        return digits == null ? "" : digits.replaceAll("0+$", "");
    }

    private static String offset(String hours, String minutes) {
        if (hours == null) {
            return "";
        }
        return hours + (minutes == null || minutes.equals("00") ? "" : ":" + minutes);
    }

    /** Whether two texts are the same number: exactly as decimals, or within the relative tolerance. */
    static boolean sameNumber(String a, String b) {
        try {
            if (new BigDecimal(a).compareTo(new BigDecimal(b)) == 0) {
                return true;
            }
        } catch (NumberFormatException e) {
            // NaN, Infinity or not a number: try as doubles below
        }
        double x;
        double y;
        try {
            x = Double.parseDouble(a);
            y = Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Double.compare(x, y) == 0) {
            return true;
        }
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        return Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }

    private static Row toRow(String types, List<String> values) {
        List<Word> words = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            boolean numeric = c < types.length() && types.charAt(c) == 'R';
            String v = values.get(c);
            if (v == null) {
                words.add(new Word("NULL", numeric));
            } else if (v.isEmpty()) {
                words.add(new Word("(empty)", numeric));
            } else {
                String stripped = v.strip();
                if (stripped.isEmpty()) {
                    // whitespace only: nothing sqllogictest can write; keep it visible
                    words.add(new Word("'" + v + "'", numeric));
                } else {
                    for (String part : stripped.split("\\s+")) {
                        words.add(new Word(part, numeric));
                    }
                }
            }
        }
        return new Row(words);
    }

    private static Row parseExpected(String line) {
        List<Word> words = new ArrayList<>();
        String stripped = line.strip();
        if (!stripped.isEmpty()) {
            for (String part : stripped.split("\\s+")) {
                words.add(new Word(part, false));
            }
        }
        return new Row(words);
    }

    private static Row flatten(List<Row> rows) {
        List<Word> all = new ArrayList<>();
        for (Row r : rows) {
            all.addAll(r.words);
        }
        all.sort(Comparator.comparing(Word::text));
        return new Row(all);
    }
}
