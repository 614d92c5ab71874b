package io.freshet.server.pgwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** psql, PostgreSQL's own client (libpq), against the server: what a person at a terminal sees. */
class PsqlTest {
    private static final Path PSQL = Path.of("/usr/bin/psql");
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void selectOne_printsOneRowTable() throws Exception {
        assertThat(psql("SELECT 1")).isEqualTo("""
                 ?column?\s
                ----------
                        1
                (1 row)

                """);
    }

    @Test
    void multiStatementString_printsEveryResult() throws Exception {
        assertThat(psql("SELECT 1 AS a; SELECT 'two' AS b, NULL::int4 AS c")).isEqualTo("""
                 a\s
                ---
                 1
                (1 row)

                  b  | c\s
                -----+---
                 two | \s
                (1 row)

                """);
    }

    @Test
    void commandsAndErrors_printTagsAndTheErrorWithItsPosition() throws Exception {
        Result result = run(List.of("-c", "BEGIN", "-c", "SELECT raise('22012', 'division by zero', 8)"));
        assertThat(result.stdout()).isEqualTo("BEGIN\n");
        assertThat(result.stderr()).contains("ERROR:  division by zero", "DETAIL:  some detail", "HINT:  some hint");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void notices_arePrinted() throws Exception {
        Result result = run(List.of("-c", "SELECT notice('hello from the session')"));
        assertThat(result.stderr()).contains("NOTICE:  hello from the session");
        assertThat(result.exitCode()).isZero();
    }

    private static String psql(String command) throws Exception {
        Result result = run(List.of("-c", command));
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        return result.stdout();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(List<String> arguments) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PSQL), "psql is not installed");
        List<String> command = new ArrayList<>(List.of(PSQL.toString(), "-X", "-w", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(server.port), "-U", "freshet", "-d", "freshet"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("PGPASSWORD");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("psql did not finish");
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
