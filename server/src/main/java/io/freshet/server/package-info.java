/**
 * The Freshet server process: configuration, the command line ({@code bin/freshet server}),
 * and the lifecycle that ties the database engine to the PostgreSQL wire protocol server.
 */
package io.freshet.server;
