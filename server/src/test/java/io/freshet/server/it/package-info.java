/**
 * Tests of the whole server: a real Freshet (RocksDB on a temporary directory) on a random port,
 * driven with pgjdbc, psql and pgbench, and the conformance files run by the sqllogictest runner.
 */
package io.freshet.server.it;
