/**
 * Parse trees for statements the server executes itself rather than plans: SET, RESET,
 * SHOW, FLUSH, transaction control (BEGIN, COMMIT, ROLLBACK and their synonyms),
 * PostgreSQL's EXPLAIN, DISCARD, DEALLOCATE, LISTEN and UNLISTEN. All extend
 * {@link io.freshet.sql.parser.command.SqlCommand}.
 */
package io.freshet.sql.parser.command;
