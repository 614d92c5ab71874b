package io.freshet.sql.parser;

import io.freshet.sql.parser.impl.FreshetSqlParserImpl;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;

/**
 * The SQL dialect Freshet writes SQL in: PostgreSQL's, with identifiers quoted only when
 * reading them back needs it (they have upper-case or unusual characters, or are
 * keywords of Freshet's grammar).
 */
public final class FreshetSqlDialect extends PostgresqlSqlDialect {
  /** The single instance. */
  public static final FreshetSqlDialect DEFAULT = new FreshetSqlDialect();

  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final SqlAbstractParserImpl.Metadata METADATA =
      new FreshetSqlParserImpl(new java.io.StringReader("")).getMetadata();

  private FreshetSqlDialect() {
    super(PostgresqlSqlDialect.DEFAULT_CONTEXT);
  }

  @Override protected boolean identifierNeedsQuote(String identifier) {
    return !PLAIN_IDENTIFIER.matcher(identifier).matches()
        || METADATA.isKeyword(identifier.toUpperCase(Locale.ROOT));
  }
}
