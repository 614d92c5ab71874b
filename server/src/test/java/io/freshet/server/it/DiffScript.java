package io.freshet.server.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SQL script of the differential test against PostgreSQL: statements, each run on both
 * servers, with the annotations that say how to compare them.
 *
 * <p>Format: a statement ends at a line whose text ends with {@code ;}. Lines starting with
 * {@code --} are comments, except annotations, which apply to the next statement:
 * <pre>
 * -- @known &lt;reason&gt;          a known, reported difference from PostgreSQL (an engine bug to fix);
 *                            the test fails when it starts to match, so that the marker is removed
 * -- @freshet-only &lt;reason&gt;   run on Freshet only (a Freshet statement PostgreSQL does not have)
 * -- @pg-only &lt;reason&gt;        run on PostgreSQL only (what PostgreSQL needs and Freshet does implicitly)
 * -- @unordered              rows are compared sorted (the query has no ORDER BY on purpose)
 * </pre>
 * Every reason is printed in the test report; nothing is ever ignored without one.
 */
final class DiffScript {
    enum Mode { BOTH, KNOWN, FRESHET_ONLY, PG_ONLY }

    /** One statement with its annotations. */
    record Statement(int line, int lineCount, String sql, Mode mode, String reason, boolean unordered) {
        /** The statement without its final semicolon, for JDBC. */
        String jdbcSql() {
            String s = sql.strip();
            return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
        }

        String firstLine() {
            String s = sql.strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl) + " ...";
        }
    }

    final String name;
    final List<Statement> statements;

    private DiffScript(String name, List<Statement> statements) {
        this.name = name;
        this.statements = statements;
    }

    static DiffScript load(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(DiffScript.class.getResourceAsStream(resource),
                () -> "no resource " + resource)) {
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static DiffScript parse(String name, String text) throws IOException {
        List<Statement> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new java.io.StringReader(text));
        String line;
        int n = 0;
        Mode mode = Mode.BOTH;
        String reason = null;
        boolean unordered = false;
        StringBuilder sql = new StringBuilder();
        int start = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (sql.length() == 0) {
                if (t.isEmpty()) {
                    continue;
                }
                if (t.startsWith("--")) {
                    String c = t.substring(2).strip();
                    if (c.startsWith("@")) {
                        int sp = c.indexOf(' ');
                        String tag = sp < 0 ? c : c.substring(0, sp);
                        String arg = sp < 0 ? "" : c.substring(sp + 1).strip();
                        switch (tag) {
                            case "@known":
                                mode = set(name, n, mode, Mode.KNOWN);
                                reason = requireReason(name, n, arg);
                                break;
                            case "@freshet-only":
                                mode = set(name, n, mode, Mode.FRESHET_ONLY);
                                reason = requireReason(name, n, arg);
                                break;
                            case "@pg-only":
                                mode = set(name, n, mode, Mode.PG_ONLY);
                                reason = requireReason(name, n, arg);
                                break;
                            case "@unordered":
                                unordered = true;
                                break;
                            default:
                                throw new IllegalArgumentException(name + ":" + n + ": unknown annotation " + tag);
                        }
                    } else if (reason != null && mode == Mode.KNOWN && !c.isEmpty()) {
                        // comment lines right after @known continue its reason (repro, outputs)
                        reason = reason + " " + c;
                    }
                    continue;
                }
                start = n;
            } else if (t.startsWith("--")) {
                continue;
            }
            sql.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(new Statement(start, n - start + 1, sql.toString(), mode, reason, unordered));
                sql.setLength(0);
                mode = Mode.BOTH;
                reason = null;
                unordered = false;
            }
        }
        if (sql.length() > 0) {
            throw new IllegalArgumentException(name + ":" + start + ": statement without a final ;");
        }
        return new DiffScript(name, out);
    }

    private static Mode set(String name, int line, Mode current, Mode next) {
        if (current != Mode.BOTH) {
            throw new IllegalArgumentException(name + ":" + line + ": two annotations for one statement");
        }
        return next;
    }

    private static String requireReason(String name, int line, String reason) {
        if (reason.isEmpty()) {
            throw new IllegalArgumentException(name + ":" + line + ": an annotation needs a reason");
        }
        return reason;
    }
}
