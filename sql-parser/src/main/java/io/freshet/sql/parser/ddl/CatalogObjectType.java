package io.freshet.sql.parser.ddl;

/**
 * The kinds of catalog objects that DROP, SHOW and SHOW CREATE name.
 */
public enum CatalogObjectType {
  /** A table: rows written by INSERT, or by a connector when it has one. */
  TABLE("TABLE", "TABLES"),
  /** A materialized view, kept up to date incrementally. */
  MATERIALIZED_VIEW("MATERIALIZED VIEW", "MATERIALIZED VIEWS"),
  /** A plain view: a named query, expanded where it is used. */
  VIEW("VIEW", "VIEWS"),
  /** A source: a stream read from a connector, not stored. */
  SOURCE("SOURCE", "SOURCES"),
  /** A sink: a stream of changes written to a connector. */
  SINK("SINK", "SINKS");

  private final String keyword;
  private final String pluralKeyword;

  CatalogObjectType(String keyword, String pluralKeyword) {
    this.keyword = keyword;
    this.pluralKeyword = pluralKeyword;
  }

  /** The SQL words for one object of this kind, such as {@code MATERIALIZED VIEW}. */
  public String keyword() {
    return keyword;
  }

  /** The SQL words for objects of this kind, as in SHOW, such as {@code MATERIALIZED VIEWS}. */
  public String pluralKeyword() {
    return pluralKeyword;
  }
}
