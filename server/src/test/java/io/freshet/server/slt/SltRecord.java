package io.freshet.server.slt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One record of a sqllogictest file, as {@link SltParser} reads it: a statement, a query, a
 * variable binding, a shell command, a control directive, a pause, or the end of the file.
 * Every record knows where it was written and which {@code onlyif}/{@code skipif} conditions
 * guard it.
 */
sealed interface SltRecord {

    /** Where the record starts. */
    Location location();

    /** The {@code onlyif}/{@code skipif} lines written just before the record. */
    List<Condition> conditions();

    /** A file and a 1-based line number; {@code file} is shown relative to the suite's root when possible. */
    record Location(Path file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** {@code onlyif LABEL} (run only on an engine with that label) or {@code skipif LABEL}. */
    record Condition(boolean onlyIf, String label) {
        @Override
        public String toString() {
            return (onlyIf ? "onlyif " : "skipif ") + label;
        }
    }

    /** How a query's rows are put in order before they are compared. */
    enum SortMode {
        /** Rows compared in the order the server returns them. */
        NOSORT,
        /** Rows sorted by their text. */
        ROWSORT,
        /** All values of all rows sorted as one list. */
        VALUESORT;

        /** The mode named {@code word} ("rowsort", ...), or null when the word names none. */
        static SortMode named(String word) {
            return switch (word) {
                case "nosort" -> NOSORT;
                case "rowsort" -> ROWSORT;
                case "valuesort" -> VALUESORT;
                default -> null;
            };
        }
    }

    /**
     * What an {@code error} record expects of the error: a pattern on the same line (a regular
     * expression, or a plain substring when it does not compile), or a message block after
     * {@code ----}; both empty means any error will do.
     */
    record ExpectedError(String pattern, String block) {
        static final ExpectedError ANY = new ExpectedError("", "");
    }

    /** {@code retry N backoff D}: try a failing record again up to N more times, D apart. */
    record Retry(int attempts, Duration backoff) {
        static final Retry NONE = new Retry(0, Duration.ZERO);
    }

    /** {@code statement ok} or {@code statement error [pattern]} followed by SQL. */
    record Statement(Location location, List<Condition> conditions, String sql, ExpectedError expectedError,
            Retry retry) implements SltRecord {
        boolean expectsError() {
            return expectedError != null;
        }
    }

    /**
     * {@code query <types> [sort mode] [label] [retry N backoff D]}, SQL, {@code ----}, and the
     * expected rows (one per line); or {@code query error [pattern]}. {@code types} has one
     * letter per column ({@code I} integer, {@code R} real, {@code T} text, ...).
     */
    record Query(Location location, List<Condition> conditions, String types, SortMode sortMode, String sql,
            List<String> expectedLines, ExpectedError expectedError, Retry retry) implements SltRecord {
        boolean expectsError() {
            return expectedError != null;
        }
    }

    /** {@code let a, b} followed by a query: binds the first row's values to variables for {@code ${a}}. */
    record Let(Location location, List<Condition> conditions, List<String> variables, String sql)
            implements SltRecord {
    }

    /** {@code system ok} followed by a shell command (and optionally {@code ----} and its expected output). */
    record SystemCommand(Location location, List<Condition> conditions, String command, List<String> expectedOutput)
            implements SltRecord {
    }

    /** {@code control <setting> <value>}: {@code sortmode}, {@code substitution}, ... */
    record Control(Location location, List<Condition> conditions, String setting, String value)
            implements SltRecord {
    }

    /** {@code sleep 5s}, {@code sleep 200ms}. */
    record Sleep(Location location, List<Condition> conditions, Duration duration) implements SltRecord {
    }

    /** {@code halt}: the rest of the file is not run. */
    record Halt(Location location, List<Condition> conditions) implements SltRecord {
    }

    /** A record whose first word the parser does not know; the runner counts it as skipped. */
    record Unknown(Location location, List<Condition> conditions, String header) implements SltRecord {
    }
}
