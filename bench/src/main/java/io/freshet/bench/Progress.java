package io.freshet.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress messages on standard error, so that standard output holds only result lines. */
public final class Progress {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Progress() {
    }

    public static void say(String message) {
        System.err.println("[" + LocalTime.now().format(TIME) + "] " + message);
        System.err.flush();
    }
}
