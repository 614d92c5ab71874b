package io.freshet.server.slt;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes SQL that is about RisingWave's internals rather than SQL behaviour, which the
 * runner skips (and counts): its planner and runtime knobs ({@code SET RW_*},
 * {@code SET streaming_*}, two-phase aggregation, implicit flush), {@code ALTER ... SET
 * PARALLELISM} and rate limits, {@code RECOVER}, and queries of its own catalog
 * ({@code rw_catalog}, internal state tables) or hidden columns ({@code _rw_timestamp}, and
 * {@code _row_id}, the row id of a table without a primary key).
 *
 * <p>Skipping {@code SET RW_IMPLICIT_FLUSH} changes nothing: Freshet always lets a session
 * read its own writes in every view when a DML statement returns. Session settings with a
 * user-visible meaning (for example {@code upsert_dml}) are not skipped: they run, and fail if
 * Freshet lacks them.
 */
final class RisingWaveInternals {
    private static final Pattern SET_OR_SHOW = Pattern.compile(
            "^(?:set|show|reset)\\s+(?:session\\s+|local\\s+)?\"?([a-z_][a-z0-9_]*)\"?", Pattern.CASE_INSENSITIVE);
    private static final List<String> KNOB_PREFIXES = List.of("rw_", "streaming_");
    private static final List<String> KNOBS = List.of("implicit_flush", "enable_two_phase_agg",
            "enable_share_plan", "background_ddl", "query_mode", "visibility_mode", "batch_parallelism",
            "sink_decouple", "synchronize_seqscan");
    private static final Pattern ALTER_KNOB = Pattern.compile(
            "^alter\\s+.*\\bset\\s+(parallelism|streaming_rate_limit|source_rate_limit|backfill_rate_limit"
                    + "|dml_rate_limit|sink_rate_limit|resource_group|config)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RECOVER = Pattern.compile("^(recover|wait)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATALOG = Pattern.compile(
            "\\brw_catalog\\b|\\brw_(?:internal_table_info|hummock_\\w+|fragments|actors|relations|tables"
                    + "|materialized_views|streaming_jobs|ddl_progress|worker_nodes)\\b|\\b__internal_\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_COLUMN = Pattern.compile("\\b(_rw_timestamp|_row_id)\\b", Pattern.CASE_INSENSITIVE);

    private RisingWaveInternals() {
    }

    /** Why {@code sql} is RisingWave-internal, or null when it is ordinary SQL the runner must run. */
    static String reasonToSkip(String sql) {
        String s = withoutLeadingComments(sql).strip();
        Matcher setting = SET_OR_SHOW.matcher(s);
        if (setting.find()) {
            String name = setting.group(1).toLowerCase(Locale.ROOT);
            if (KNOBS.contains(name) || KNOB_PREFIXES.stream().anyMatch(name::startsWith)) {
                return "RisingWave setting " + name;
            }
        }
        Matcher alter = ALTER_KNOB.matcher(s);
        if (alter.find()) {
            return "RisingWave ALTER ... SET " + alter.group(1).toUpperCase(Locale.ROOT);
        }
        if (RECOVER.matcher(s).matches()) {
            return "RisingWave " + s.replace(";", "").strip().toUpperCase(Locale.ROOT) + " statement";
        }
        if (CATALOG.matcher(s).find()) {
            return "reads RisingWave's internal catalog or state tables";
        }
        Matcher hidden = HIDDEN_COLUMN.matcher(s);
        if (hidden.find()) {
            return "RisingWave hidden column " + hidden.group(1).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static String withoutLeadingComments(String sql) {
        String s = sql.strip();
        while (s.startsWith("--")) {
            int nl = s.indexOf('\n');
            s = nl < 0 ? "" : s.substring(nl + 1).strip();
        }
        return s;
    }
}
