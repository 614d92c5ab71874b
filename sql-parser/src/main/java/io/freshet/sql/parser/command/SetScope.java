package io.freshet.sql.parser.command;

/** How long a SET lasts: PostgreSQL's SET, SET SESSION and SET LOCAL. */
public enum SetScope {
  /** Plain SET: for the rest of the session (like SESSION). */
  DEFAULT,
  /** SET SESSION: for the rest of the session. */
  SESSION,
  /** SET LOCAL: until the end of the current transaction. */
  LOCAL
}
