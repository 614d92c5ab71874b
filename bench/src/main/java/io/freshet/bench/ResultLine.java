package io.freshet.bench;

import java.util.Locale;

/**
 * One result line: {@code key=value} pairs separated by spaces, in the order they were added.
 * Values never contain spaces.
 */
public final class ResultLine {
    private final StringBuilder text = new StringBuilder();

    public static ResultLine of(String benchmark) {
        return new ResultLine().add("benchmark", benchmark);
    }

    public ResultLine add(String key, String value) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(key).append('=').append(value.replace(' ', '_'));
        return this;
    }

    public ResultLine add(String key, long value) {
        return add(key, Long.toString(value));
    }

    public ResultLine add(String key, boolean value) {
        return add(key, Boolean.toString(value));
    }

    /** A figure with {@code decimals} digits after the point. */
    public ResultLine add(String key, double value, int decimals) {
        return add(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /** Prints the line to standard output. */
    public void print() {
        System.out.println(text);
        System.out.flush();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
