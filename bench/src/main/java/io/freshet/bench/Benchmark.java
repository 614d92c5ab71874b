package io.freshet.bench;

import java.util.List;

/** A benchmark program that {@code bench/run} can start by name. */
public interface Benchmark {
    /** The name on the command line, e.g. {@code pgbench}. */
    String name();

    /** One line saying what it measures. */
    String summary();

    /** The options it accepts, with their defaults. */
    List<Options.Spec> options();

    /** Runs it with parsed options, printing result lines to standard output. */
    void run(Options options) throws Exception;
}
