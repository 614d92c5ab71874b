package io.freshet.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --name value} (or {@code --name=value}) options of one benchmark run, checked
 * against the benchmark's {@link Spec}s: an unknown option or a missing value is an error.
 */
public final class Options {
    /** An option a benchmark accepts; a null default means "not set unless given". */
    public record Spec(String name, String defaultValue, String description) {
    }

    /** A bad command line, reported with the benchmark's usage. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code args} against {@code specs}. */
    public static Options parse(List<Spec> specs, String[] args) {
        Map<String, Spec> known = new HashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Spec s : specs) {
            known.put(s.name(), s);
            if (s.defaultValue() != null) {
                values.put(s.name(), s.defaultValue());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new UsageException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!known.containsKey(name)) {
                throw new UsageException("unknown option --" + name);
            }
            values.put(name, value);
        }
        return new Options(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String string(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return v;
    }

    public int integer(String name) {
        String v = string(name);
        try {
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a whole number, not " + v);
        }
    }

    /** A whole number that must be at least {@code min}. */
    public int integer(String name, int min) {
        int v = integer(name);
        if (v < min) {
            throw new UsageException("option --" + name + " must be at least " + min + ", not " + v);
        }
        return v;
    }

    public boolean bool(String name) {
        String v = string(name);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) {
            return false;
        }
        throw new UsageException("option --" + name + " needs true or false, not " + v);
    }
}
