/**
 * The SQL engine behind the wire protocol: sessions with their settings, statement dispatch
 * (queries, DML, DDL, SET/SHOW, transaction control, FLUSH, EXPLAIN), and the portals that
 * stream results. It implements {@link io.freshet.server.pgwire.SessionFactory} over one
 * {@link io.freshet.server.engine.FreshetEngine}: the storage, the runtime, and the planner.
 */
package io.freshet.server.engine;
