/**
 * Benchmark programs: each starts (or connects to) a Freshet server, runs a workload, and
 * prints its figures as one {@code key=value} line per measurement on standard output.
 * Progress goes to standard error. Run them with {@code bench/run <benchmark> [options]}.
 */
package io.freshet.bench;
