/**
 * The PostgreSQL wire protocol (v3) server: what lets psql, pgjdbc, pgbench and BI tools talk
 * to Freshet as if it were PostgreSQL 15.
 *
 * <p>The package is the byte side of a strict division of labour. It owns sockets, framing,
 * the startup handshake, the simple and extended query protocols, named statements and
 * portals, and the text and binary encodings of values. The SQL engine owns everything about
 * SQL and sees only decoded values, through the interfaces here:
 * <ul>
 *   <li>{@link io.freshet.server.pgwire.SessionFactory} opens a {@link io.freshet.server.pgwire.Session}
 *       per connection and routes cancel requests;</li>
 *   <li>a session turns SQL text into {@link io.freshet.server.pgwire.PreparedQuery prepared queries},
 *       binds them to parameter values as {@link io.freshet.server.pgwire.Portal portals}, and a
 *       portal streams rows into a {@link io.freshet.server.pgwire.RowSink};</li>
 *   <li>{@link io.freshet.server.pgwire.ResultColumn} describes a result column,
 *       {@link io.freshet.server.pgwire.Notice} a message the session sends the client while a
 *       statement runs.</li>
 * </ul>
 * {@link io.freshet.server.pgwire.PgServer} is the server itself. Session calls never run on a
 * Netty event loop: every connection has a queue of work run in order on a worker thread.
 */
package io.freshet.server.pgwire;
