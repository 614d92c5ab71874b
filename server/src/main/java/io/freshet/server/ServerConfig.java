package io.freshet.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The server's settings. Each comes from, in this order of precedence: a command-line flag,
 * an environment variable ({@code FRESHET_} + the name in upper case with {@code _} for
 * {@code -}), a properties file ({@code --config FILE} or {@code FRESHET_CONFIG}; key = the
 * flag's name without dashes), or the default.
 */
public record ServerConfig(String host, int port, Path dataDir, int maxConnections, int maxMessageBytes,
        long blockCacheBytes, boolean syncWrites) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5433;
    public static final String DEFAULT_DATA_DIR = "./freshet-data";

    /** Where a setting's value is looked up after the command line. */
    public static final class Sources {
        private final Map<String, String> env;
        private final Properties file;

        public Sources(Map<String, String> env, Properties file) {
            this.env = env;
            this.file = file;
        }

        /** The environment and the properties file at {@code configFile} (if given). */
        public static Sources load(Map<String, String> env, Path configFile) {
            Properties p = new Properties();
            Path file = configFile;
            if (file == null && env.get("FRESHET_CONFIG") != null) {
                file = Path.of(env.get("FRESHET_CONFIG"));
            }
            if (file != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(in);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage(), e);
                }
            }
            return new Sources(env, p);
        }

        /** The value of setting {@code name} (e.g. "data-dir") from the environment or the file, or null. */
        public String get(String name) {
            String envName = "FRESHET_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
            String v = env.get(envName);
            if (v != null && !v.isEmpty()) {
                return v;
            }
            v = file.getProperty(name);
            if (v == null) {
                v = file.getProperty(name.replace("-", "."));
            }
            return v;
        }
    }
}
