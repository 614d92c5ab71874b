package io.freshet.server.slt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against a real server: passes, failures, skips, variables, and the reset between files. */
class SltRunnerTest {
    @TempDir
    static Path dir;

    private static ServerUnderTest server;
    private static SltRunner runner;

    @BeforeAll
    static void start() {
        server = ServerUnderTest.embedded(dir.resolve("server"), Duration.ofSeconds(60));
        runner = new SltRunner(server::connect, dir, SltRunner.Options.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static FileResult run(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return runner.run(f);
    }

    @Test
    void aFileThatMatchesPasses() throws IOException {
        FileResult r = run("pass.slt", """
                statement ok
                create table t (v int, s varchar);

                statement ok
                create materialized view mv as select s, sum(v) as total from t group by s;

                statement ok
                insert into t values (1, 'a'), (2, 'a'), (3, null), (4, '');

                query TI rowsort
                select * from mv;
                ----
                a 3
                NULL 3
                (empty) 4

                statement error does not exist
                select * from nope;
                """);
        assertThat(r.failures()).isEmpty();
        assertThat(r.okCount()).isEqualTo(5);
        assertThat(r.isPass()).isTrue();
    }

    @Test
    void wrongResultsErrorsAndMissingErrorsFailAndTheFileGoesOn() throws IOException {
        FileResult r = run("fail.slt", """
                query I
                select 1
                ----
                2

                statement ok
                select * from nope;

                statement error
                select 1;

                statement error syntax
                select * from nope;

                query I
                select 3
                ----
                3
                """);
        assertThat(r.isPass()).isFalse();
        assertThat(r.failures()).extracting(f -> f.location().line()).containsExactly(1, 6, 9, 12);
        assertThat(r.failures().get(0).message()).contains("expected [2] but got [1]");
        assertThat(r.failures().get(1).message()).contains("42P01");
        assertThat(r.failures().get(2).message()).contains("succeeded");
        assertThat(r.failures().get(3).message()).contains("error message mismatch");
        assertThat(r.okCount()).isEqualTo(1);
    }

    @Test
    void risingWaveInternalsConditionsAndShellCommandsAreSkippedAndCounted() throws IOException {
        FileResult r = run("skip.slt", """
                statement ok
                SET RW_IMPLICIT_FLUSH TO true;

                onlyif can-use-recover
                statement ok
                recover;

                skipif freshet
                statement ok
                select nonsense from nowhere;

                onlyif freshet
                statement ok
                select 1;

                system ok
                ./risedev ctl hummock trigger-manual-compaction

                query I
                select count(*) from rw_catalog.rw_internal_table_info
                ----
                1
                """);
        assertThat(r.failures()).isEmpty();
        assertThat(r.okCount()).isEqualTo(1);
        assertThat(r.skips()).extracting(FileResult.Skip::reason).containsExactly(
                "RisingWave setting rw_implicit_flush", "onlyif can-use-recover", "skipif freshet",
                "shell command: ./risedev ctl hummock trigger-manual-compaction",
                "reads RisingWave's internal catalog or state tables");
    }

    @Test
    void recordsUsingARelationWhoseCreationWasSkippedAreSkipped() throws IOException {
        FileResult r = run("cascade.slt", """
                statement ok
                create table t (foo int);

                statement ok
                create materialized view mv as select count(distinct _row_id) as c from t;

                query I
                select * from mv;
                ----
                0

                statement ok
                drop materialized view mv;

                statement ok
                create materialized view mv as select count(*) as c from t;

                query I
                select * from mv;
                ----
                0
                """);
        assertThat(r.failures()).isEmpty();
        assertThat(r.okCount()).isEqualTo(3);
        assertThat(r.skips()).extracting(FileResult.Skip::reason).containsExactly(
                "RisingWave hidden column _row_id", "uses mv, whose creation was skipped",
                "uses mv, whose creation was skipped");
    }

    @Test
    void variablesComeFromLetAndAreSkippedWhenTheirLetWas() throws IOException {
        FileResult r = run("vars.slt", """
                control substitution on

                let x, y
                select 40, 'abc'

                query IT
                select ${x} + 2, '$y'
                ----
                42 abc

                let internal
                select name from rw_catalog.rw_internal_table_info

                query I
                select count(*) from ${internal}
                ----
                0
                """);
        assertThat(r.failures()).isEmpty();
        assertThat(r.okCount()).isEqualTo(2);
        assertThat(r.skippedCount()).isEqualTo(2);
    }

    @Test
    void everyFileStartsOnAnEmptyDatabase() throws IOException {
        run("first.slt", """
                statement ok
                create table leftover (v int);

                statement ok
                create materialized view leftover_mv as select count(*) from leftover;
                """);
        FileResult second = run("second.slt", """
                statement ok
                create table leftover (v int);

                query I
                select count(*) from freshet_catalog.relations
                ----
                1
                """);
        assertThat(second.failures()).isEmpty();
    }

    @Test
    void includesAndHalt() throws IOException {
        Files.writeString(dir.resolve("part.slt.part"), "statement ok\nselect 1\n\nhalt\n");
        FileResult r = run("incl.slt", """
                include ./part.slt.part

                statement ok
                this is not sql
                """);
        assertThat(r.failures()).isEmpty();
        assertThat(r.okCount()).isEqualTo(1);
    }
}
