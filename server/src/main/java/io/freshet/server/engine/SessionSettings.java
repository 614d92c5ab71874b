package io.freshet.server.engine;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A session's run-time parameters (PostgreSQL's GUCs) with their defaults: the ones clients
 * read or set on connect, the ones that change Freshet's behaviour (TimeZone), and the ones
 * reported to the client whenever they change.
 */
final class SessionSettings {
    /** Parameters sent to the client in ParameterStatus, as PostgreSQL's GUC_REPORT ones. */
    static final Set<String> REPORTED = Set.of("server_version", "server_encoding", "client_encoding",
            "application_name", "DateStyle", "IntervalStyle", "TimeZone", "integer_datetimes",
            "standard_conforming_strings", "is_superuser", "session_authorization", "default_transaction_read_only",
            "in_hot_standby");

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("server_version", "15.0");
        DEFAULTS.put("server_version_num", "150000");
        DEFAULTS.put("server_encoding", "UTF8");
        DEFAULTS.put("client_encoding", "UTF8");
        DEFAULTS.put("application_name", "");
        DEFAULTS.put("DateStyle", "ISO, MDY");
        DEFAULTS.put("IntervalStyle", "postgres");
        DEFAULTS.put("TimeZone", "UTC");
        DEFAULTS.put("integer_datetimes", "on");
        DEFAULTS.put("standard_conforming_strings", "on");
        DEFAULTS.put("is_superuser", "on");
        DEFAULTS.put("session_authorization", "freshet");
        DEFAULTS.put("default_transaction_read_only", "off");
        DEFAULTS.put("in_hot_standby", "off");
        DEFAULTS.put("search_path", "\"$user\", public");
        DEFAULTS.put("extra_float_digits", "1");
        DEFAULTS.put("transaction_isolation", "read committed");
        DEFAULTS.put("default_transaction_isolation", "read committed");
        DEFAULTS.put("transaction_read_only", "off");
        DEFAULTS.put("max_identifier_length", "63");
        DEFAULTS.put("statement_timeout", "0");
        DEFAULTS.put("lock_timeout", "0");
        DEFAULTS.put("idle_in_transaction_session_timeout", "0");
        DEFAULTS.put("client_min_messages", "notice");
        DEFAULTS.put("lc_messages", "C");
        DEFAULTS.put("lc_monetary", "C");
        DEFAULTS.put("lc_numeric", "C");
        DEFAULTS.put("lc_time", "C");
        DEFAULTS.put("lc_collate", "C");
        DEFAULTS.put("lc_ctype", "C");
        DEFAULTS.put("bytea_output", "hex");
        DEFAULTS.put("datestyle", "ISO, MDY");
        DEFAULTS.put("synchronous_commit", "on");
        DEFAULTS.put("max_connections", "100");
        DEFAULTS.put("row_security", "on");
        DEFAULTS.put("check_function_bodies", "on");
        DEFAULTS.put("xmloption", "content");
        DEFAULTS.put("geqo", "on");
        DEFAULTS.put("jit", "off");
        DEFAULTS.put("work_mem", "4MB");
        DEFAULTS.put("enable_seqscan", "on");
        DEFAULTS.put("streaming_parallelism", "1");
    }

    private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    private ZoneId zone = ZoneOffset.UTC;

    /** Applies the startup packet's parameters (options other than user and database). */
    void applyStartup(Map<String, String> startup) {
        for (Map.Entry<String, String> e : startup.entrySet()) {
            String name = e.getKey();
            if (name.equals("user")) {
                values.put("session_authorization", e.getValue());
            } else if (name.equals("database") || name.equals("options") || name.equals("replication")) {
                continue;
            } else if (canonical(name) != null) {
                set(name, e.getValue());
            }
        }
    }

    /** The parameter's canonical name, or null if it is unknown. */
    static String canonical(String name) {
        for (String k : DEFAULTS.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k.equals("datestyle") ? "DateStyle" : k;
            }
        }
        if (name.equalsIgnoreCase("timezone") || name.equalsIgnoreCase("time zone")) {
            return "TimeZone";
        }
        return null;
    }

    /** Sets a parameter (SET); 42704 for an unknown one, 22023 for a bad value. */
    void set(String name, String value) {
        String key = canonical(name);
        if (key == null) {
            if (name.contains(".")) {
                // custom (extension-style) parameters are accepted as PostgreSQL does
                values.put(name.toLowerCase(Locale.ROOT), value);
                return;
            }
            throw new FreshetException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        switch (key) {
            case "TimeZone":
                zone = parseZone(value);
                values.put(key, value.equalsIgnoreCase("local") || value.equalsIgnoreCase("default") ? "UTC" : value);
                return;
            case "client_encoding":
                if (!value.equalsIgnoreCase("utf8") && !value.equalsIgnoreCase("utf-8") && !value.equalsIgnoreCase("unicode")) {
                    throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "client encoding \"" + value
                            + "\" is not supported; Freshet speaks UTF8");
                }
                values.put(key, "UTF8");
                return;
            case "server_version":
            case "server_version_num":
            case "server_encoding":
            case "integer_datetimes":
            case "max_identifier_length":
            case "lc_collate":
            case "lc_ctype":
            case "is_superuser":
            case "in_hot_standby":
                throw new FreshetException(SqlState.CANT_CHANGE_RUNTIME_PARAM,
                        "parameter \"" + key + "\" cannot be changed");
            case "DateStyle":
                if (!value.toUpperCase(Locale.ROOT).contains("ISO")) {
                    throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "only DateStyle ISO is supported");
                }
                values.put(key, "ISO, MDY");
                return;
            default:
                values.put(key, value);
        }
    }

    /** Restores a parameter's default (RESET); {@code null} resets all. */
    void reset(String name) {
        if (name == null) {
            values.clear();
            values.putAll(DEFAULTS);
            zone = ZoneOffset.UTC;
            return;
        }
        String key = canonical(name);
        if (key == null) {
            throw new FreshetException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        values.put(key, DEFAULTS.get(key));
        if (key.equals("TimeZone")) {
            zone = ZoneOffset.UTC;
        }
    }

    /** The value for SHOW; 42704 for an unknown parameter. */
    String get(String name) {
        String key = canonical(name);
        if (key == null) {
            String custom = values.get(name.toLowerCase(Locale.ROOT));
            if (custom != null) {
                return custom;
            }
            throw new FreshetException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        return values.get(key);
    }

    /** All parameters, for SHOW ALL. */
    Map<String, String> all() {
        return values;
    }

    /** The reported parameters and their current values. */
    Map<String, String> reported() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : REPORTED) {
            out.put(k, values.get(k));
        }
        return out;
    }

    ZoneId zone() {
        return zone;
    }

    /** PostgreSQL time zone names: IANA names, UTC/GMT/Z, and POSIX-style offsets ({@code +02} is east). */
    static ZoneId parseZone(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("local") || v.equalsIgnoreCase("default") || v.equalsIgnoreCase("utc")
                || v.equalsIgnoreCase("gmt") || v.equalsIgnoreCase("z") || v.equalsIgnoreCase("zulu")) {
            return ZoneOffset.UTC;
        }
        try {
            if (v.matches("[+-]?\\d{1,2}(:\\d{2})?")) {
                // SET TIME ZONE '+2' means two hours east of UTC in PostgreSQL's numeric form
                String s = v.startsWith("+") || v.startsWith("-") ? v : "+" + v;
                if (s.length() == 2) {
                    s = s.charAt(0) + "0" + s.charAt(1);
                }
                return ZoneOffset.of(s);
            }
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"TimeZone\": \"" + value + "\"");
        }
    }
}
