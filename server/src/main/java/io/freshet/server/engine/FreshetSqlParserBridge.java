package io.freshet.server.engine;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.FreshetSqlParser;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * Gets a statement's parse tree or text back from the script it came from. Validation rewrites
 * a tree in place, so planning a statement a second time needs a fresh parse.
 */
final class FreshetSqlParserBridge {
    private FreshetSqlParserBridge() {
    }

    /** A fresh parse of the statement of {@code script} that {@code node} was parsed from. */
    static SqlNode reparse(String script, SqlNode node) {
        List<SqlNode> nodes;
        try {
            nodes = FreshetSqlParser.parseStatements(script);
        } catch (FreshetParseException e) {
            throw new FreshetException(SqlState.INTERNAL_ERROR, "statement no longer parses: " + e.getMessage());
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        for (SqlNode n : nodes) {
            if (n.getParserPosition().equals(node.getParserPosition())) {
                return n;
            }
        }
        throw new FreshetException(SqlState.INTERNAL_ERROR, "statement not found in its script");
    }

    /** The statement's text: the script itself when it holds one statement, else the statement unparsed. */
    static String text(String script, SqlNode node) {
        try {
            if (FreshetSqlParser.parseStatements(script).size() == 1) {
                String t = script.trim();
                while (t.endsWith(";")) {
                    t = t.substring(0, t.length() - 1).trim();
                }
                return t;
            }
        } catch (FreshetParseException e) {
            // fall through to unparsing
        }
        return FreshetSqlParser.unparse(node);
    }
}
