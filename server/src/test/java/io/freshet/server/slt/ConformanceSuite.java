package io.freshet.server.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The conformance files Freshet runs: RisingWave's streaming end-to-end tests, found in the
 * shared conformance folder next to the repository ({@code <repo>/../shared/conformance}).
 * Files are named relative to {@code risingwave/e2e_test}, e.g. {@code streaming/basic.slt}.
 *
 * <p>The suite is every {@code .slt} directly in {@code streaming/}, {@code
 * streaming/aggregate/} and {@code streaming/group_top_n/}, and each {@code .slt.part} of
 * {@code streaming/join/} on its own (their {@code main.slt} includes each part twice, with
 * two settings of a RisingWave-only knob, so running the parts directly tells which join
 * feature fails at half the time).
 */
final class ConformanceSuite {
    /** The system property naming the conformance folder, when it is not next to the repository. */
    static final String ROOT_PROPERTY = "slt.conformance";

    private static final String E2E = "risingwave/e2e_test";

    private final Path root;

    private ConformanceSuite(Path root) {
        this.root = root;
    }

    /** The folder the file names are relative to ({@code .../risingwave/e2e_test}). */
    Path root() {
        return root;
    }

    /**
     * Finds the conformance folder: the {@value #ROOT_PROPERTY} system property, else {@code
     * shared/conformance} in the working directory or any folder above it.
     */
    static ConformanceSuite locate() {
        List<Path> tried = new ArrayList<>();
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize().resolve(E2E);
            if (Files.isDirectory(p.resolve("streaming"))) {
                return new ConformanceSuite(p);
            }
            tried.add(p);
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path p = dir.resolve("shared/conformance").resolve(E2E);
                if (Files.isDirectory(p.resolve("streaming"))) {
                    return new ConformanceSuite(p.normalize());
                }
                tried.add(p);
            }
        }
        throw new IllegalStateException("cannot find the conformance files (RisingWave's e2e_test/streaming); "
                + "expected them at <repo>/../shared/conformance/" + E2E + " or at -D" + ROOT_PROPERTY
                + "=<conformance folder>/...; looked in " + tried);
    }

    /** Every file of the suite, in a stable order. */
    List<String> files() {
        List<String> out = new ArrayList<>();
        out.addAll(list("streaming", "*.slt"));
        out.addAll(list("streaming/join", "*.slt.part"));
        out.addAll(list("streaming/aggregate", "*.slt"));
        out.addAll(list("streaming/group_top_n", "*.slt"));
        return out;
    }

    /**
     * The files that {@code selection} names: comma-separated file names or globs relative to
     * the root ({@code streaming/basic.slt}, {@code streaming/aggregate/*}); any existing file
     * may be named, not only the suite's.
     */
    List<String> select(String selection) {
        List<String> out = new ArrayList<>();
        for (String item : selection.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (Files.isRegularFile(root.resolve(name))) {
                out.add(name);
                continue;
            }
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + name);
            List<String> matched = files().stream().filter(f -> m.matches(Path.of(f))).toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("no conformance file matches '" + name + "' under " + root);
            }
            out.addAll(matched);
        }
        return out;
    }

    Path path(String name) {
        return root.resolve(name);
    }

    private List<String> list(String dir, String glob) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve(dir), glob)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    names.add(dir + "/" + p.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.resolve(dir), e);
        }
        names.sort(null);
        return names;
    }
}
