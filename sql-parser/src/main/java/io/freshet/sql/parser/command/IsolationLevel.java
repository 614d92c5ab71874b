package io.freshet.sql.parser.command;

/** A transaction isolation level, as named in {@code ISOLATION LEVEL ...}. */
public enum IsolationLevel {
  /** READ UNCOMMITTED (PostgreSQL runs it as READ COMMITTED). */
  READ_UNCOMMITTED("READ UNCOMMITTED"),
  /** READ COMMITTED. */
  READ_COMMITTED("READ COMMITTED"),
  /** REPEATABLE READ. */
  REPEATABLE_READ("REPEATABLE READ"),
  /** SERIALIZABLE. */
  SERIALIZABLE("SERIALIZABLE");

  private final String keywords;

  IsolationLevel(String keywords) {
    this.keywords = keywords;
  }

  /** The level's SQL words, such as {@code REPEATABLE READ}. */
  public String keywords() {
    return keywords;
  }
}
