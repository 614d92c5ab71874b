package io.freshet.server.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Freshet server in a child JVM (started as {@code freshet server} is), so that a test can
 * kill it with SIGKILL and start it again on the same data directory.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Freshet is ready: .* -p (\\d+) .*");

    private final Process process;
    private final int port;

    private ChildServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChildServer start(Path dataDir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "io.freshet.server.FreshetMain", "server",
                "--port", "0", "--data-dir", dataDir.toString(), "--block-cache-mb", "16"));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.matches()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException e) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new ChildServer(p, Integer.parseInt(m.group(1)));
            }
        }
        p.destroyForcibly();
        String tail = Files.exists(log) ? Files.readString(log) : "";
        throw new IOException("the child server did not start; its log:\n"
                + tail.substring(Math.max(0, tail.length() - 4000)));
    }

    int port() {
        return port;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/freshet?user=freshet";
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
