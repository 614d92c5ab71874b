package io.freshet.planner;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns Calcite's validation errors into PostgreSQL-style errors: the SQLSTATE PostgreSQL uses
 * for the same mistake, a message worded like PostgreSQL's, and the 1-based character position
 * in the statement text.
 */
final class CalciteErrors {
    private static final Pattern OBJECT_NOT_FOUND = Pattern.compile("Object '([^']*)' not found.*");
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("Table '([^']*)' not found.*");
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '([^']*)' not found in .*");
    private static final Pattern UNKNOWN_COLUMN = Pattern.compile("Unknown target column '([^']*)'.*");
    private static final Pattern AMBIGUOUS = Pattern.compile("Column '([^']*)' is ambiguous.*");
    private static final Pattern NO_FUNCTION = Pattern.compile("No match found for function signature ([^(]*)\\((.*)\\).*");
    private static final Pattern CANNOT_APPLY = Pattern.compile("Cannot apply '([^']*)' to arguments of type '(.*)'\\..*",
            Pattern.DOTALL);
    private static final Pattern NOT_GROUPED = Pattern.compile("Expression '([^']*)' is not being grouped.*");

    private CalciteErrors() {
    }

    /** A client error for a validation failure in {@code sql}. */
    static FreshetException translate(CalciteContextException e, String sql) {
        String msg = e.getMessage();
        Throwable cause = e.getCause();
        String inner = cause != null && cause.getMessage() != null ? cause.getMessage() : msg;
        int position = position(sql, e.getPosLine(), e.getPosColumn());
        Matcher m;
        SqlState state;
        String text;
        if ((m = OBJECT_NOT_FOUND.matcher(inner)).matches() || (m = TABLE_NOT_FOUND.matcher(inner)).matches()) {
            state = SqlState.UNDEFINED_TABLE;
            text = "relation \"" + unquote(m.group(1)) + "\" does not exist";
        } else if ((m = COLUMN_NOT_FOUND.matcher(inner)).matches() || (m = UNKNOWN_COLUMN.matcher(inner)).matches()) {
            state = SqlState.UNDEFINED_COLUMN;
            text = "column \"" + m.group(1) + "\" does not exist";
        } else if ((m = AMBIGUOUS.matcher(inner)).matches()) {
            state = SqlState.AMBIGUOUS_COLUMN;
            text = "column reference \"" + m.group(1) + "\" is ambiguous";
        } else if ((m = NO_FUNCTION.matcher(inner)).matches()) {
            state = SqlState.UNDEFINED_FUNCTION;
            text = "function " + m.group(1).toLowerCase() + "(" + m.group(2).toLowerCase().replace("<", "").replace(">", "")
                    + ") does not exist";
        } else if ((m = CANNOT_APPLY.matcher(inner)).matches()) {
            state = SqlState.UNDEFINED_FUNCTION;
            text = "operator does not exist: " + m.group(1) + " for argument types " + m.group(2).toLowerCase();
        } else if ((m = NOT_GROUPED.matcher(inner)).matches()) {
            state = SqlState.GROUPING_ERROR;
            text = "column \"" + m.group(1) + "\" must appear in the GROUP BY clause or be used in an aggregate function";
        } else if (inner.contains("Cannot assign to target field") || inner.contains("cannot be assigned")
                || inner.contains("type mismatch") || inner.contains("Cast function cannot convert")
                || inner.contains("Cannot apply") || inner.contains("incompatible")) {
            state = SqlState.DATATYPE_MISMATCH;
            text = inner;
        } else if (inner.contains("Aggregate expression is illegal") || inner.contains("aggregate")) {
            state = SqlState.GROUPING_ERROR;
            text = inner;
        } else if (inner.contains("Number of INSERT target columns") || inner.contains("Duplicate")) {
            state = SqlState.SYNTAX_ERROR;
            text = inner;
        } else {
            state = SqlState.SYNTAX_ERROR;
            text = inner;
        }
        return new FreshetException(state, text, null, null, position, e);
    }

    private static String unquote(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : name;
    }

    /** 1-based character offset of (line, column), both 1-based; 0 when unknown. */
    static int position(String sql, int line, int column) {
        if (line <= 0 || column <= 0) {
            return 0;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = sql.indexOf('\n', offset);
            if (nl < 0) {
                return 0;
            }
            offset = nl + 1;
        }
        return offset + column;
    }

    static int position(String sql, SqlParserPos pos) {
        return pos == null ? 0 : position(sql, pos.getLineNum(), pos.getColumnNum());
    }
}
