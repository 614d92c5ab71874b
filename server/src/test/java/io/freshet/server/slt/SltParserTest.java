package io.freshet.server.slt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.server.slt.SltRecord.SortMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sqllogictest reader: record kinds, blocks, comments, conditions, includes. */
class SltParserTest {
    @TempDir
    Path dir;

    private List<SltRecord> parse(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return new SltParser(dir).parse(f);
    }

    @Test
    void readsStatementsAndQueriesWithTheirBlocks() throws IOException {
        List<SltRecord> records = parse("a.slt", """
                # a comment
                statement ok
                create table t (v int);

                statement error does not exist
                select * from nope;

                query IT rowsort  # trailing comment
                select v, 'x'
                from t;
                ----
                1 x
                2\ty

                query R retry 3 backoff 500ms
                select 1.5
                ----
                1.50
                """);
        assertThat(records).hasSize(4);
        SltRecord.Statement create = (SltRecord.Statement) records.get(0);
        assertThat(create.sql()).isEqualTo("create table t (v int);");
        assertThat(create.expectsError()).isFalse();
        assertThat(create.location().toString()).isEqualTo("a.slt:2");
        SltRecord.Statement error = (SltRecord.Statement) records.get(1);
        assertThat(error.expectedError().pattern()).isEqualTo("does not exist");
        SltRecord.Query q = (SltRecord.Query) records.get(2);
        assertThat(q.types()).isEqualTo("IT");
        assertThat(q.sortMode()).isEqualTo(SortMode.ROWSORT);
        assertThat(q.sql()).isEqualTo("select v, 'x'\nfrom t;");
        assertThat(q.expectedLines()).containsExactly("1 x", "2\ty");
        SltRecord.Query retried = (SltRecord.Query) records.get(3);
        assertThat(retried.sortMode()).isNull();
        assertThat(retried.retry()).isEqualTo(new SltRecord.Retry(3, Duration.ofMillis(500)));
    }

    @Test
    void anErrorMessageBlockMayHoldBlankLinesAndEndsAtTwo() throws IOException {
        List<SltRecord> records = parse("e.slt", """
                statement error
                select broken
                ----
                db error: ERROR: Failed to run the query

                Caused by:
                  something


                statement ok
                select 1
                """);
        assertThat(records).hasSize(2);
        SltRecord.Statement e = (SltRecord.Statement) records.get(0);
        assertThat(e.expectedError().pattern()).isEmpty();
        assertThat(e.expectedError().block()).startsWith("db error").endsWith("something");
    }

    @Test
    void conditionsGuardTheNextRecordEvenAcrossBlankLines() throws IOException {
        List<SltRecord> records = parse("c.slt", """
                onlyif can-use-recover

                query I
                select 1
                ----
                1

                statement ok
                select 2
                """);
        assertThat(records.get(0).conditions()).containsExactly(new SltRecord.Condition(true, "can-use-recover"));
        assertThat(records.get(1).conditions()).isEmpty();
    }

    @Test
    void includesAreRelativeToTheIncludingFileAndMayBeGlobs() throws IOException {
        parse("sub/x1.slt.part", "statement ok\nselect 'x1'\n");
        parse("sub/x2.slt.part", "statement ok\nselect 'x2'\n");
        parse("sub/one.slt.part", "include ./x1.slt.part\n");
        List<SltRecord> records = parse("main.slt", "include ./sub/one.slt.part\ninclude sub/x*.slt.part\n");
        assertThat(records).extracting(r -> ((SltRecord.Statement) r).sql())
                .containsExactly("select 'x1'", "select 'x1'", "select 'x2'");
        assertThat(records.get(0).location().toString()).isEqualTo("sub/x1.slt.part:1");
        assertThatThrownBy(() -> parse("bad.slt", "include ./missing.slt.part\n"))
                .isInstanceOf(SltParser.SltParseException.class).hasMessageContaining("missing.slt.part");
    }

    @Test
    void readsLetSystemControlSleepAndHalt() throws IOException {
        List<SltRecord> records = parse("m.slt", """
                control substitution on

                let a, b
                select 1, 2

                system ok
                rpk topic create x

                sleep 2s

                halt
                """);
        assertThat(records).hasSize(5);
        assertThat(((SltRecord.Control) records.get(0)).setting()).isEqualTo("substitution");
        assertThat(((SltRecord.Let) records.get(1)).variables()).containsExactly("a", "b");
        assertThat(((SltRecord.SystemCommand) records.get(2)).command()).isEqualTo("rpk topic create x");
        assertThat(((SltRecord.Sleep) records.get(3)).duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(records.get(4)).isInstanceOf(SltRecord.Halt.class);
    }
}
