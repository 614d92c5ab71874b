/** Errors that reach the client, each with a PostgreSQL SQLSTATE. */
package io.freshet.executor.error;
