package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only {@link Session} that answers a fixed repertoire of statements, enough to exercise
 * the wire protocol without the SQL engine:
 * <ul>
 *   <li>{@code SELECT item, ...} echoing items: {@code $n}, {@code $n::type}, {@code 'text'},
 *       {@code 'text'::type}, integers, decimals, {@code NULL}, each optionally {@code AS name};</li>
 *   <li>{@code SELECT * FROM all_types}: one row of {@link SampleValues} and one of NULLs;</li>
 *   <li>{@code SELECT * FROM generate_series(a, b)} and {@code SELECT * FROM wide_series(n)}
 *       (rows of 100 characters), produced lazily and counted;</li>
 *   <li>{@code SELECT raise('SQLSTATE', 'message', position)}: fails at execution;</li>
 *   <li>{@code SELECT sleep(ms)}: sleeps unless cancelled (57014);</li>
 *   <li>{@code SELECT notice('text')}: sends a notice; {@code SELECT internal_bug()}: throws a
 *       non-SQL exception;</li>
 *   <li>{@code INSERT INTO t VALUES (items)}, {@code SELECT count(*) FROM t},
 *       {@code DELETE FROM t};</li>
 *   <li>{@code BEGIN}, {@code COMMIT}, {@code ROLLBACK} with PostgreSQL's transaction states,
 *       and {@code SET name = value} of a reported parameter.</li>
 * </ul>
 * Anything else is a syntax error at position 1.
 */
final class ScriptedSession implements Session {
    private static final EvalContext CONTEXT = EvalContext.UTC;
    private static final Pattern SET = Pattern.compile("(?is)SET\\s+(\\w+)\\s*(?:=|TO)\\s*'?([^']*)'?");
    private static final Pattern SERIES = Pattern.compile("(?is)SELECT \\* FROM generate_series\\((\\d+),\\s*(\\d+)\\)");
    private static final Pattern WIDE_SERIES = Pattern.compile("(?is)SELECT \\* FROM wide_series\\((\\d+)\\)");
    private static final Pattern RAISE = Pattern.compile("(?is)SELECT raise\\('(\\w{5})',\\s*'([^']*)'(?:,\\s*(\\d+))?\\)");
    private static final Pattern SLEEP = Pattern.compile("(?is)SELECT sleep\\((\\d+)\\)");
    private static final Pattern NOTICE = Pattern.compile("(?is)SELECT notice\\('([^']*)'\\)");
    private static final Pattern INSERT = Pattern.compile("(?is)INSERT INTO t VALUES\\s*\\((.*)\\)");
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+)(?:::(.+))?");
    private static final Pattern LITERAL = Pattern.compile("(?s)'((?:[^']|'')*)'(?:::(.+))?");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:::(.+))?");
    private static final Pattern NULL = Pattern.compile("(?i)NULL(?:::(.+))?");
    private static final Pattern ALIAS = Pattern.compile("(?is)(.*?)\\s+AS\\s+\"?(\\w+)\"?");
    private static final String WIDE_TEXT = "x".repeat(100);

    private final ScriptedSessionFactory factory;
    private final int processId;
    private final int secretKey;
    private final NoticeSink notices;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private volatile boolean cancelRequested;
    private char transactionStatus = 'I';

    ScriptedSession(ScriptedSessionFactory factory, int processId, int secretKey, Map<String, String> startup,
            NoticeSink notices) {
        this.factory = factory;
        this.processId = processId;
        this.secretKey = secretKey;
        this.notices = notices;
        parameters.put("server_version", "15.0");
        parameters.put("server_encoding", "UTF8");
        parameters.put("client_encoding", "UTF8");
        parameters.put("DateStyle", "ISO, MDY");
        parameters.put("TimeZone", "UTC");
        parameters.put("integer_datetimes", "on");
        parameters.put("standard_conforming_strings", "on");
        parameters.put("IntervalStyle", "postgres");
        parameters.put("application_name", startup.getOrDefault("application_name", ""));
        parameters.put("is_superuser", "on");
        parameters.put("session_authorization", startup.getOrDefault("user", "freshet"));
    }

    @Override
    public int processId() {
        return processId;
    }

    @Override
    public int secretKey() {
        return secretKey;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    @Override
    public Map<String, String> reportedParameters() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public EvalContext formatContext() {
        return CONTEXT;
    }

    @Override
    public List<PreparedQuery> prepareScript(String sql) {
        List<PreparedQuery> queries = new ArrayList<>();
        for (String statement : splitStatements(sql)) {
            queries.add(prepare(statement, List.of()));
        }
        return queries;
    }

    @Override
    public PreparedQuery prepare(String sql, List<DataType> declaredParameterTypes) {
        String s = sql.trim();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Statement.empty();
        }
        switch (upper) {
            case "BEGIN":
            case "START TRANSACTION":
                return command(params -> {
                    if (transactionStatus != 'I') {
                        notices.send(Notice.warning("there is already a transaction in progress"));
                    } else {
                        transactionStatus = 'T';
                    }
                    return "BEGIN";
                });
            case "COMMIT":
            case "END":
                return command(params -> {
                    String tag = transactionStatus == 'E' ? "ROLLBACK" : "COMMIT";
                    transactionStatus = 'I';
                    return tag;
                });
            case "ROLLBACK":
                return command(params -> {
                    transactionStatus = 'I';
                    return "ROLLBACK";
                });
            case "SELECT * FROM ALL_TYPES":
                return allTypes();
            case "SELECT COUNT(*) FROM T":
                return new Statement(List.of(), List.of(ResultColumn.of("count", DataType.BIGINT)), params -> {
                    synchronized (factory.table) {
                        return Execution.rows(List.<Object[]>of(new Object[] {(long) factory.table.size()}).iterator(), "SELECT");
                    }
                });
            case "DELETE FROM T":
                return command(params -> {
                    synchronized (factory.table) {
                        int n = factory.table.size();
                        factory.table.clear();
                        return "DELETE " + n;
                    }
                });
            case "SELECT INTERNAL_BUG()":
                return new Statement(List.of(), List.of(ResultColumn.of("internal_bug", DataType.INTEGER)), params -> {
                    throw new IllegalStateException("boom: a bug, not an SQL error");
                });
            default:
                break;
        }
        Matcher m;
        if ((m = SET.matcher(s)).matches()) {
            String name = m.group(1);
            String value = m.group(2);
            return command(params -> {
                String key = parameters.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
                parameters.put(key, value);
                return "SET";
            });
        }
        if ((m = SERIES.matcher(s)).matches()) {
            long from = Long.parseLong(m.group(1));
            long to = Long.parseLong(m.group(2));
            return new Statement(List.of(), List.of(ResultColumn.of("generate_series", DataType.INTEGER)),
                    params -> Execution.rows(new Series(from, to, i -> new Object[] {(int) (long) i}), "SELECT"));
        }
        if ((m = WIDE_SERIES.matcher(s)).matches()) {
            long count = Long.parseLong(m.group(1));
            return new Statement(List.of(), List.of(ResultColumn.of("n", DataType.BIGINT), ResultColumn.of("filler", DataType.TEXT)),
                    params -> Execution.rows(new Series(1, count, i -> new Object[] {i, WIDE_TEXT}), "SELECT"));
        }
        if ((m = RAISE.matcher(s)).matches()) {
            String code = m.group(1);
            SqlState state = Arrays.stream(SqlState.values()).filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            String message = m.group(2);
            int position = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new Statement(List.of(), List.of(ResultColumn.of("raise", DataType.INTEGER)), params -> {
                throw new FreshetException(state, message, "some detail", "some hint", position, null);
            });
        }
        if ((m = SLEEP.matcher(s)).matches()) {
            long millis = Long.parseLong(m.group(1));
            return new Statement(List.of(), List.of(ResultColumn.of("sleep", DataType.INTEGER)), params -> {
                sleepUnlessCancelled(millis);
                return Execution.rows(List.<Object[]>of(new Object[] {1}).iterator(), "SELECT");
            });
        }
        if ((m = NOTICE.matcher(s)).matches()) {
            String text = m.group(1);
            return new Statement(List.of(), List.of(ResultColumn.of("notice", DataType.INTEGER)), params -> {
                notices.send(Notice.notice(text));
                return Execution.rows(List.<Object[]>of(new Object[] {1}).iterator(), "SELECT");
            });
        }
        if ((m = INSERT.matcher(s)).matches()) {
            Echo echo = new Echo(m.group(1), declaredParameterTypes);
            return new Statement(echo.parameterTypes(), null, params -> {
                Object[] row = echo.evaluate(params);
                synchronized (factory.table) {
                    factory.table.add(row);
                }
                return Execution.command("INSERT 0 1");
            });
        }
        if (upper.startsWith("SELECT ")) {
            Echo echo = new Echo(s.substring("SELECT ".length()), declaredParameterTypes);
            return new Statement(echo.parameterTypes(), echo.columns(),
                    params -> Execution.rows(List.<Object[]>of(echo.evaluate(params)).iterator(), "SELECT"));
        }
        String firstWord = s.split("\\s+")[0];
        throw new FreshetException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + firstWord + "\"", null, null, 1, null);
    }

    @Override
    public Portal bind(PreparedQuery query, Object[] parameters) {
        return new ScriptedPortal((Statement) query, parameters);
    }

    @Override
    public void errorReported(FreshetException error) {
        if (transactionStatus == 'T') {
            transactionStatus = 'E';
        }
    }

    @Override
    public char transactionStatus() {
        return transactionStatus;
    }

    @Override
    public void close() {
        factory.closed(this);
    }

    private Statement command(Function<Object[], String> action) {
        return new Statement(List.of(), null, params -> Execution.command(action.apply(params)));
    }

    private Statement allTypes() {
        List<ResultColumn> columns = new ArrayList<>();
        Object[] values = new Object[SampleValues.ALL.size()];
        for (int i = 0; i < values.length; i++) {
            SampleValues.Sample sample = SampleValues.ALL.get(i);
            columns.add(ResultColumn.of(sample.column(), sample.type()));
            values[i] = SampleValues.valueOf(sample);
        }
        Object[] nulls = new Object[values.length];
        return new Statement(List.of(), columns, params -> Execution.rows(List.of(values, nulls).iterator(), "SELECT"));
    }

    private void sleepUnlessCancelled(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        factory.sleeping.incrementAndGet();
        try {
            while (System.nanoTime() < end) {
                checkCancelled();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FreshetException(SqlState.QUERY_CANCELED, "canceling statement due to interrupt");
                }
            }
        } finally {
            factory.sleeping.decrementAndGet();
        }
    }

    private void checkCancelled() {
        if (cancelRequested) {
            cancelRequested = false;
            throw new FreshetException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    /** Splits a script at semicolons outside quotes. */
    private static List<String> splitStatements(String sql) {
        List<String> statements = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                statements.add(sql.substring(start, i));
                start = i + 1;
            }
        }
        statements.add(sql.substring(start));
        if (statements.stream().allMatch(x -> x.trim().isEmpty())) {
            return List.of();
        }
        return statements;
    }

    /** Splits a list at commas outside quotes and brackets. */
    private static List<String> splitItems(String list) {
        List<String> items = new ArrayList<>();
        boolean quoted = false;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '<' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '>' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        items.add(list.substring(start).trim());
        return items;
    }

    /** Index of the parenthesis that closes the one at index 0, outside quotes; -1 if none. */
    private static int matchingParenthesis(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A type name as SQL spells it, read into a DataType. */
    static DataType typeNamed(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // a chained cast (pgjdbc's simple mode adds its own: '\\x..'::bytea::bytea) ends in its last type
        if (n.contains("::")) {
            n = n.substring(n.lastIndexOf("::") + 2).trim();
        }
        String arraySuffix = "";
        while (n.endsWith("[]")) {
            arraySuffix += "[]";
            n = n.substring(0, n.length() - 2).trim();
        }
        switch (n) {
            case "integer": case "int": n = "int4"; break;
            case "bigint": n = "int8"; break;
            case "smallint": n = "int2"; break;
            case "boolean": n = "bool"; break;
            case "real": n = "float4"; break;
            case "double precision": n = "float8"; break;
            case "character varying": n = "varchar"; break;
            case "timestamp with time zone": n = "timestamptz"; break;
            case "timestamp without time zone": n = "timestamp"; break;
            default: break;
        }
        return DataType.parse(n + arraySuffix);
    }

    /** Converts a value between types through its text, as a cast would. */
    private static Object convert(Object value, DataType from, DataType to) {
        if (value == null || to == null || to.equals(from)) {
            return value;
        }
        String text = from == null || from.kind() == TypeKind.NULL
                ? (String) value : ValueText.format(value, from, CONTEXT);
        return ValueText.parse(text, to, CONTEXT);
    }

    /** The select list of an echo statement: each item's type and how to compute it from the parameters. */
    private static final class Echo {
        private final List<ResultColumn> columns = new ArrayList<>();
        private final List<Function<Object[], Object>> items = new ArrayList<>();
        private final List<DataType> parameterTypes = new ArrayList<>();

        Echo(String selectList, List<DataType> declared) {
            parameterTypes.addAll(declared);
            for (String raw : splitItems(selectList)) {
                String item = raw;
                String alias = null;
                Matcher a = ALIAS.matcher(item);
                if (a.matches()) {
                    item = a.group(1).trim();
                    alias = a.group(2);
                }
                Item parsed = parseItem(item);
                DataType cast = parsed.cast();
                DataType type = parsed.type();
                Function<Object[], Object> compute = parsed.compute();
                String name = alias != null ? alias : cast != null ? pgTypeName(cast) : "?column?";
                columns.add(ResultColumn.of(name, type));
                items.add(compute);
            }
        }

        /** One select-list item: its type, the cast that ends it (or null), and how to compute it. */
        private record Item(DataType type, DataType cast, Function<Object[], Object> compute) {
        }

        private Item parseItem(String item) {
            Matcher m;
            int close = item.startsWith("(") ? matchingParenthesis(item) : -1;
            if (close > 0 && (close == item.length() - 1 || item.startsWith("::", close + 1))) {
                Item inner = parseItem(item.substring(1, close).trim());
                if (close == item.length() - 1) {
                    return inner;
                }
                DataType cast = typeNamed(item.substring(close + 3));
                return new Item(cast, cast, params -> convert(inner.compute().apply(params), inner.type(), cast));
            }
            if ((m = PARAM.matcher(item)).matches()) {
                int index = Integer.parseInt(m.group(1)) - 1;
                DataType cast = m.group(2) == null ? null : typeNamed(m.group(2));
                while (parameterTypes.size() <= index) {
                    parameterTypes.add(null);
                }
                if (parameterTypes.get(index) == null && cast != null) {
                    parameterTypes.set(index, cast);
                }
                DataType from = parameterTypes.get(index);
                DataType type = cast != null ? cast : from != null ? from : DataType.TEXT;
                return new Item(type, cast, params -> convert(params[index], from, cast));
            }
            if ((m = LITERAL.matcher(item)).matches()) {
                String text = m.group(1).replace("''", "'");
                DataType cast = m.group(2) == null ? null : typeNamed(m.group(2));
                return new Item(cast != null ? cast : DataType.TEXT, cast, params -> convert(text, null, cast));
            }
            if ((m = NUMBER.matcher(item)).matches()) {
                String text = m.group(1);
                DataType cast = m.group(2) == null ? null : typeNamed(m.group(2));
                boolean decimal = text.contains(".");
                long integer = decimal ? 0 : Long.parseLong(text);
                DataType literalType = decimal ? DataType.NUMERIC : integer == (int) integer ? DataType.INTEGER : DataType.BIGINT;
                Object literal = decimal ? new BigDecimal(text) : literalType == DataType.INTEGER ? (Object) (int) integer : (Object) integer;
                return new Item(cast != null ? cast : literalType, cast, params -> convert(literal, literalType, cast));
            }
            if ((m = NULL.matcher(item)).matches()) {
                DataType cast = m.group(1) == null ? null : typeNamed(m.group(1));
                return new Item(cast != null ? cast : DataType.TEXT, cast, params -> null);
            }
            throw new FreshetException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + item + "\"", null, null, 1, null);
        }

        List<DataType> parameterTypes() {
            return parameterTypes;
        }

        List<ResultColumn> columns() {
            return columns;
        }

        Object[] evaluate(Object[] params) {
            Object[] row = new Object[items.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = items.get(i).apply(params);
            }
            return row;
        }

        private static String pgTypeName(DataType type) {
            return type.kind() == TypeKind.ARRAY ? pgTypeName(type.elementType())
                    : type.kind() == TypeKind.STRUCT ? "row" : type.kind().pgName();
        }
    }

    /** A prepared statement of this session. */
    private static final class Statement implements PreparedQuery {
        private final List<DataType> parameterTypes;
        private final List<ResultColumn> columns;
        private final Function<Object[], Execution> run;
        private final boolean empty;

        Statement(List<DataType> parameterTypes, List<ResultColumn> columns, Function<Object[], Execution> run) {
            this(parameterTypes, columns, run, false);
        }

        private Statement(List<DataType> parameterTypes, List<ResultColumn> columns, Function<Object[], Execution> run,
                boolean empty) {
            this.parameterTypes = parameterTypes;
            this.columns = columns;
            this.run = run;
            this.empty = empty;
        }

        static Statement empty() {
            return new Statement(List.of(), null, null, true);
        }

        @Override
        public List<DataType> parameterTypes() {
            return parameterTypes;
        }

        @Override
        public List<ResultColumn> resultColumns() {
            return columns;
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }
    }

    /** What running a statement gives: rows (maybe none) and a command tag. */
    private static final class Execution {
        final Iterator<Object[]> rows;
        final String tagPrefix;

        private Execution(Iterator<Object[]> rows, String tagPrefix) {
            this.rows = rows;
            this.tagPrefix = tagPrefix;
        }

        static Execution rows(Iterator<Object[]> rows, String verb) {
            return new Execution(rows, verb);
        }

        static Execution command(String tag) {
            return new Execution(Collections.emptyIterator(), tag);
        }
    }

    /** Lazily produced rows for the numbers from..to, counted in the factory as they are produced. */
    private final class Series implements Iterator<Object[]> {
        private final long to;
        private final Function<Long, Object[]> row;
        private long next;

        Series(long from, long to, Function<Long, Object[]> row) {
            this.next = from;
            this.to = to;
            this.row = row;
        }

        @Override
        public boolean hasNext() {
            return next <= to;
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            factory.rowsProduced.incrementAndGet();
            return row.apply(next++);
        }
    }

    /** A bound statement, run in steps of at most maxRows rows. */
    private final class ScriptedPortal implements Portal {
        private final Statement statement;
        private final Object[] parameters;
        private Execution execution;
        private long rowCount;
        private boolean closed;

        ScriptedPortal(Statement statement, Object[] parameters) {
            this.statement = statement;
            this.parameters = parameters;
        }

        @Override
        public List<ResultColumn> resultColumns() {
            return statement.resultColumns();
        }

        @Override
        public boolean execute(int maxRows, RowSink sink) {
            if (closed) {
                throw new IllegalStateException("portal closed");
            }
            if (transactionStatus == 'E' && statement.columns != null) {
                throw new FreshetException(SqlState.IN_FAILED_SQL_TRANSACTION,
                        "current transaction is aborted, commands ignored until end of transaction block");
            }
            if (maxRows > 0) {
                factory.limitedExecutions.incrementAndGet();
            }
            if (execution == null) {
                cancelRequested = false;
                execution = statement.run.apply(parameters);
            }
            int sent = 0;
            while (execution.rows.hasNext()) {
                if (maxRows > 0 && sent == maxRows) {
                    return false;
                }
                checkCancelled();
                sink.accept(execution.rows.next());
                sent++;
                rowCount++;
            }
            return true;
        }

        @Override
        public String commandTag() {
            return statement.columns == null ? execution.tagPrefix : execution.tagPrefix + " " + rowCount;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
