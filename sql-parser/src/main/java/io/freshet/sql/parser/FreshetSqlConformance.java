package io.freshet.sql.parser;

import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.validate.SqlAbstractConformance;

/**
 * The SQL conformance of Freshet's dialect, which follows PostgreSQL: the parser and the
 * planner's validator share it through {@link FreshetSqlParser#config()}.
 *
 * <p>Anything not overridden here behaves as Calcite's default conformance. LIMIT / OFFSET
 * (in either order), {@code !=}, {@code %}, SELECT without FROM, GROUP BY and ORDER BY on
 * output aliases and ordinals are accepted, as PostgreSQL accepts them.
 */
public final class FreshetSqlConformance extends SqlAbstractConformance {
  /** The single instance. */
  public static final FreshetSqlConformance INSTANCE = new FreshetSqlConformance();

  private FreshetSqlConformance() {
  }

  @Override public boolean isBangEqualAllowed() {
    return true;
  }

  @Override public boolean isPercentRemainderAllowed() {
    return true;
  }

  @Override public boolean isOffsetLimitAllowed() {
    return true;
  }

  @Override public boolean isFromRequired() {
    return false;
  }

  @Override public boolean isGroupByAlias() {
    return true;
  }

  @Override public boolean isGroupByOrdinal() {
    return true;
  }

  @Override public boolean isSortByAlias() {
    return true;
  }

  @Override public boolean isSortByOrdinal() {
    return true;
  }

  @Override public boolean isInsertSubsetColumnsAllowed() {
    return true;
  }

  @Override public boolean allowQualifyingCommonColumn() {
    return true;
  }

  @Override public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }

  @Override public boolean isColonFieldAccessAllowed() {
    return false;
  }

  @Override public SqlLibrary semantics() {
    return SqlLibrary.POSTGRESQL;
  }
}
