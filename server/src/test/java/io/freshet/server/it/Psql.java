package io.freshet.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs PostgreSQL's command-line clients (psql, pgbench) against a server on the loopback. */
final class Psql {
    static final Path PSQL = Path.of("/usr/bin/psql");
    static final Path PGBENCH = Path.of("/usr/bin/pgbench");

    private Psql() {
    }

    /** What a client printed. */
    record Result(int exitCode, String stdout, String stderr) {
        /** Both streams, stdout first (for failure messages). */
        String all() {
            return stdout + (stderr.isEmpty() ? "" : "\n[stderr]\n" + stderr);
        }
    }

    static boolean psqlInstalled() {
        return Files.isExecutable(PSQL);
    }

    static boolean pgbenchInstalled() {
        return Files.isExecutable(PGBENCH);
    }

    /**
     * psql without ~/.psqlrc, without a password prompt, as user {@code freshet} to database
     * {@code freshet}; {@code stdin} is fed to it (null for none).
     */
    static Result psql(int port, String stdin, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(PSQL.toString(), "-X", "-w", "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "freshet", "-d", "freshet"));
        command.addAll(arguments);
        return run(command, stdin, false, 60);
    }

    /** Like {@link #psql} with stderr merged into stdout in the order psql wrote them. */
    static String psqlMerged(int port, String stdin, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(PSQL.toString(), "-X", "-w", "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "freshet", "-d", "freshet"));
        command.addAll(arguments);
        return run(command, stdin, true, 120).stdout();
    }

    static Result pgbench(int port, List<String> arguments, int timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of(PGBENCH.toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "freshet"));
        command.addAll(arguments);
        command.add("freshet");
        return run(command, null, false, timeoutSeconds);
    }

    private static Result run(List<String> command, String stdin, boolean mergeStderr, int timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(mergeStderr);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("PGTZ", "UTC");
        builder.environment().put("PAGER", "");
        builder.environment().put("PSQL_PAGER", "");
        builder.environment().put("COLUMNS", "200");
        builder.environment().remove("PGPASSWORD");
        builder.environment().remove("PGOPTIONS");
        builder.environment().remove("PGDATABASE");
        builder.environment().remove("PGUSER");
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = mergeStderr ? CompletableFuture.completedFuture("")
                    : drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process exited before reading its input; its output says why
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in " + timeoutSeconds + " s: " + command
                        + "\noutput so far:\n" + out.getNow(""));
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
