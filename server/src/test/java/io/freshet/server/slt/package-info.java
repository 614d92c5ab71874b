/**
 * The sqllogictest runner (RisingWave's dialect of sqllogictest-rs) and the conformance test
 * that runs RisingWave's streaming end-to-end files against a real Freshet over pgjdbc.
 *
 * <p>{@link io.freshet.server.slt.SltParser} reads files into {@link io.freshet.server.slt.SltRecord}s,
 * {@link io.freshet.server.slt.SltRunner} runs them file by file (dropping every relation
 * first), {@link io.freshet.server.slt.ResultComparer} compares rows, and
 * {@link io.freshet.server.slt.ConformanceTest} holds the suite to the lists in
 * {@code server/src/test/resources/conformance/}: {@code known-failures.txt} (files that do not
 * pass yet, with the reason) and {@code skipped-records.txt} (records whose expectation is
 * RisingWave's own). Every skip is counted and listed in {@code server/target/conformance-report.txt}.
 *
 * <p>One file, while debugging (its failures are printed in full to
 * {@code server/target/surefire-reports/io.freshet.server.slt.ConformanceTest-output.txt}):
 * <pre>
 * mvn -q -pl server -am verify -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dslt.file=streaming/basic.slt            # or a glob: 'streaming/aggregate/*'
 *     -Dslt.url=jdbc:postgresql://127.0.0.1:5433/freshet   # optional: a server already running
 * </pre>
 */
package io.freshet.server.slt;
