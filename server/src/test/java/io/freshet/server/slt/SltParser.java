package io.freshet.server.slt;

import io.freshet.server.slt.SltRecord.Condition;
import io.freshet.server.slt.SltRecord.ExpectedError;
import io.freshet.server.slt.SltRecord.Location;
import io.freshet.server.slt.SltRecord.Retry;
import io.freshet.server.slt.SltRecord.SortMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sqllogictest file in the dialect of sqllogictest-rs as RisingWave writes it into
 * {@link SltRecord}s, inlining {@code include PATH} (relative to the including file; the last
 * path element may be a glob, files then included in name order).
 *
 * <p>A record is a header line and the lines after it up to the next blank line; a statement's
 * or query's SQL ends at a blank line or at {@code ----}, after which come the expected rows
 * (or the expected error message). Lines starting with {@code #} between records are comments,
 * as is everything from a word starting with {@code #} on a header line. {@code hash-threshold}
 * is accepted and ignored.
 */
final class SltParser {
    private static final int MAX_INCLUDE_DEPTH = 16;
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private final Path root;

    /** A parser that shows locations relative to {@code root} (the suite's root folder). */
    SltParser(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The records of {@code file}, includes inlined. */
    List<SltRecord> parse(Path file) {
        List<SltRecord> out = new ArrayList<>();
        parseInto(file.toAbsolutePath().normalize(), out, 0);
        return out;
    }

    private void parseInto(Path file, List<SltRecord> out, int depth) {
        if (depth > MAX_INCLUDE_DEPTH) {
            throw new SltParseException(shown(file) + ": includes nested deeper than " + MAX_INCLUDE_DEPTH);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                i++;
                continue;
            }
            List<String> words = headerWords(trimmed);
            Location at = new Location(shown(file), i + 1);
            i++;
            List<Condition> guard = List.copyOf(conditions);
            switch (words.get(0)) {
                case "onlyif", "skipif" -> {
                    requireWords(words, 2, at);
                    conditions.add(new Condition(words.get(0).equals("onlyif"), words.get(1)));
                    continue;
                }
                case "include" -> {
                    requireWords(words, 2, at);
                    for (Path included : resolveInclude(file, words.get(1), at)) {
                        parseInto(included, out, depth + 1);
                    }
                }
                case "statement" -> {
                    Block b = readBlock(lines, i, words.size() > 1 && words.get(1).equals("error"));
                    i = b.next;
                    out.add(statement(words, trimmed, at, guard, b));
                }
                case "query" -> {
                    Block b = readBlock(lines, i, words.size() > 1 && words.get(1).equals("error"));
                    i = b.next;
                    out.add(query(words, trimmed, at, guard, b));
                }
                case "let" -> {
                    Block b = readBlock(lines, i, false);
                    i = b.next;
                    String names = trimmed.substring("let".length()).strip();
                    List<String> vars = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList();
                    if (vars.isEmpty()) {
                        throw new SltParseException(at + ": let without variable names");
                    }
                    out.add(new SltRecord.Let(at, guard, vars, b.sql));
                }
                case "system" -> {
                    Block b = readBlock(lines, i, false);
                    i = b.next;
                    out.add(new SltRecord.SystemCommand(at, guard, b.sql, b.results));
                }
                case "control" -> {
                    requireWords(words, 3, at);
                    out.add(new SltRecord.Control(at, guard, words.get(1), words.get(2)));
                }
                case "sleep" -> {
                    requireWords(words, 2, at);
                    out.add(new SltRecord.Sleep(at, guard, duration(words.get(1), at)));
                }
                case "halt" -> out.add(new SltRecord.Halt(at, guard));
                case "hash-threshold" -> {
                    // Only meaningful for the original sqllogictest's result hashing; ignored.
                }
                default -> {
                    Block b = readBlock(lines, i, false);
                    i = b.next;
                    out.add(new SltRecord.Unknown(at, guard, trimmed));
                }
            }
            conditions.clear();
        }
    }

    private SltRecord.Statement statement(List<String> words, String header, Location at, List<Condition> guard,
            Block b) {
        requireWords(words, 2, at);
        requireSql(b, at);
        Retry retry = retry(words, at);
        return switch (words.get(1)) {
            case "ok", "count" -> new SltRecord.Statement(at, guard, b.sql, null, retry);
            case "error" -> new SltRecord.Statement(at, guard, b.sql,
                    new ExpectedError(afterWord(header, "error"), String.join("\n", b.results).strip()), retry);
            default -> throw new SltParseException(at + ": unknown statement kind '" + words.get(1) + "'");
        };
    }

    private SltRecord.Query query(List<String> words, String header, Location at, List<Condition> guard, Block b) {
        requireWords(words, 2, at);
        requireSql(b, at);
        Retry retry = retry(words, at);
        if (words.get(1).equals("error")) {
            return new SltRecord.Query(at, guard, "", null, b.sql, List.of(),
                    new ExpectedError(afterWord(header, "error"), String.join("\n", b.results).strip()), retry);
        }
        SortMode sort = null;
        for (int w = 2; w < words.size(); w++) {
            if (words.get(w).equals("retry")) {
                break;
            }
            SortMode named = SortMode.named(words.get(w));
            if (named != null) {
                sort = named;
            }
            // any other word is a label, which only matters to sqllogictest's result hashing
        }
        return new SltRecord.Query(at, guard, words.get(1), sort, b.sql, b.results, null, retry);
    }

    /** {@code ... retry N backoff D} at the end of a header, or {@link Retry#NONE}. */
    private static Retry retry(List<String> words, Location at) {
        int r = words.indexOf("retry");
        if (r < 0) {
            return Retry.NONE;
        }
        try {
            int attempts = Integer.parseInt(words.get(r + 1));
            Duration backoff = Duration.ZERO;
            if (r + 3 < words.size() && words.get(r + 2).equals("backoff")) {
                backoff = duration(words.get(r + 3), at);
            }
            return new Retry(attempts, backoff);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new SltParseException(at + ": malformed retry clause");
        }
    }

    static Duration duration(String text, Location at) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new SltParseException(at + ": not a duration: " + text);
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return Duration.ofMillis((long) millis);
    }

    /** The files {@code include PATH} names: one file, or the matches of a glob in its last path element. */
    private List<Path> resolveInclude(Path including, String path, Location at) {
        Path dir = including.getParent();
        Path target = dir.resolve(path).normalize();
        String name = target.getFileName().toString();
        if (!name.contains("*") && !name.contains("?") && !name.contains("[") && !name.contains("{")) {
            if (!Files.isRegularFile(target)) {
                throw new SltParseException(at + ": included file not found: " + path);
            }
            return List.of(target);
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), name)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    matches.add(p);
                }
            }
        } catch (IOException e) {
            throw new SltParseException(at + ": cannot list files for include " + path + ": " + e.getMessage());
        }
        if (matches.isEmpty()) {
            throw new SltParseException(at + ": include pattern matches no file: " + path);
        }
        matches.sort(null);
        return matches;
    }

    private Path shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : abs;
    }

    /** A header line's words, up to the first word that starts a comment. */
    private static List<String> headerWords(String trimmed) {
        List<String> words = new ArrayList<>();
        for (String w : trimmed.split("\\s+")) {
            if (w.startsWith("#")) {
                break;
            }
            words.add(w);
        }
        return words;
    }

    /** The text of {@code header} after its first occurrence of {@code word}, trimmed. */
    private static String afterWord(String header, String word) {
        int at = header.indexOf(word);
        String rest = header.substring(at + word.length()).strip();
        Matcher retry = Pattern.compile("(^|\\s)retry\\s+\\d+(\\s+backoff\\s+\\S+)?\\s*$").matcher(rest);
        return retry.find() ? rest.substring(0, retry.start()).strip() : rest;
    }

    private static void requireWords(List<String> words, int n, Location at) {
        if (words.size() < n) {
            throw new SltParseException(at + ": incomplete record header '" + String.join(" ", words) + "'");
        }
    }

    private static void requireSql(Block b, Location at) {
        if (b.sql.isBlank()) {
            throw new SltParseException(at + ": record without SQL");
        }
    }

    /**
     * The lines after a header: the body up to a blank line or "----", then the results up to a
     * blank line; an expected error message (which may hold blank lines) ends at two blank lines.
     */
    private static Block readBlock(List<String> lines, int start, boolean errorMessage) {
        int i = start;
        StringBuilder body = new StringBuilder();
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).strip().equals("----")) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(lines.get(i));
            i++;
        }
        List<String> results = new ArrayList<>();
        if (i < lines.size() && lines.get(i).strip().equals("----")) {
            i++;
            while (i < lines.size()) {
                boolean blank = lines.get(i).isBlank();
                if (blank && (!errorMessage || i + 1 >= lines.size() || lines.get(i + 1).isBlank())) {
                    break;
                }
                results.add(lines.get(i));
                i++;
            }
        }
        return new Block(body.toString(), results, i);
    }

    private record Block(String sql, List<String> results, int next) {
    }

    /** A file that is not valid sqllogictest (or an include that cannot be resolved). */
    static final class SltParseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SltParseException(String message) {
            super(message);
        }
    }
}
