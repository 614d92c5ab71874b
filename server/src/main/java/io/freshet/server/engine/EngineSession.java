package io.freshet.server.engine;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.catalog.ViewDef;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.runtime.DmlPlan;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.planner.PlannedDml;
import io.freshet.planner.PlannedQuery;
import io.freshet.planner.QueryPlanner;
import io.freshet.server.pgwire.Notice;
import io.freshet.server.pgwire.NoticeSink;
import io.freshet.server.pgwire.Portal;
import io.freshet.server.pgwire.PreparedQuery;
import io.freshet.server.pgwire.ResultColumn;
import io.freshet.server.pgwire.Session;
import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.FreshetSqlParser;
import io.freshet.sql.parser.command.SqlBeginTransaction;
import io.freshet.sql.parser.command.SqlCommitTransaction;
import io.freshet.sql.parser.command.SqlDeallocate;
import io.freshet.sql.parser.command.SqlDiscard;
import io.freshet.sql.parser.command.SqlExplainStatement;
import io.freshet.sql.parser.command.SqlFlush;
import io.freshet.sql.parser.command.SqlListen;
import io.freshet.sql.parser.command.SqlResetVariable;
import io.freshet.sql.parser.command.SqlRollbackTransaction;
import io.freshet.sql.parser.command.SqlSetTransaction;
import io.freshet.sql.parser.command.SqlSetVariable;
import io.freshet.sql.parser.command.SqlShowCreate;
import io.freshet.sql.parser.command.SqlShowObjects;
import io.freshet.sql.parser.command.SqlShowVariable;
import io.freshet.sql.parser.command.SqlUnlisten;
import io.freshet.sql.parser.ddl.CatalogObjectType;
import io.freshet.sql.parser.ddl.SqlCreateMaterializedView;
import io.freshet.sql.parser.ddl.SqlCreateSink;
import io.freshet.sql.parser.ddl.SqlCreateSource;
import io.freshet.sql.parser.ddl.SqlCreateTable;
import io.freshet.sql.parser.ddl.SqlCreateView;
import io.freshet.sql.parser.ddl.SqlDropObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * One client's SQL session: its settings, its transaction block state, and the dispatch of
 * each statement kind to the planner and the runtime.
 *
 * <p>Every statement is its own atomic transaction, committed (and visible in every view) when
 * it returns. BEGIN, COMMIT and ROLLBACK are accepted so that clients work unchanged; inside a
 * block, statements still commit one by one, so ROLLBACK cannot undo them (it warns when it
 * would have to). After an error inside a block, statements are refused until the block ends,
 * as PostgreSQL does.
 */
final class EngineSession implements Session {
    private final FreshetEngine engine;
    private final int processId;
    private final int secretKey;
    private final NoticeSink notices;
    private final Runnable onClose;
    private final SessionSettings settings = new SessionSettings();
    private final AtomicBoolean canceled = new AtomicBoolean();
    private char transactionStatus = 'I';
    private boolean changedInBlock;

    EngineSession(FreshetEngine engine, int processId, int secretKey, Map<String, String> startup, NoticeSink notices,
            Runnable onClose) {
        this.engine = engine;
        this.processId = processId;
        this.secretKey = secretKey;
        this.notices = notices;
        this.onClose = onClose;
        settings.applyStartup(startup);
    }

    @Override
    public int processId() {
        return processId;
    }

    @Override
    public int secretKey() {
        return secretKey;
    }

    void cancel() {
        canceled.set(true);
    }

    @Override
    public Map<String, String> reportedParameters() {
        return settings.reported();
    }

    @Override
    public EvalContext formatContext() {
        return new EvalContext(settings.zone(), Long.MIN_VALUE, new Object[0]);
    }

    @Override
    public char transactionStatus() {
        return transactionStatus;
    }

    @Override
    public void errorReported(FreshetException error) {
        if (transactionStatus == 'T') {
            transactionStatus = 'E';
        }
    }

    // ------------------------------------------------------------------ Parse

    @Override
    public List<PreparedQuery> prepareScript(String sql) {
        List<SqlNode> nodes = parse(sql);
        List<PreparedQuery> out = new ArrayList<>(nodes.size());
        for (SqlNode n : nodes) {
            out.add(new LazyStatement(n, sql));
        }
        return out;
    }

    @Override
    public PreparedQuery prepare(String sql, List<DataType> declaredParameterTypes) {
        List<SqlNode> nodes = parse(sql);
        if (nodes.size() > 1) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        if (nodes.isEmpty()) {
            return EmptyStatement.INSTANCE;
        }
        return prepare(nodes.get(0), sql, declaredParameterTypes);
    }

    private static List<SqlNode> parse(String sql) {
        try {
            return FreshetSqlParser.parseStatements(sql);
        } catch (FreshetParseException e) {
            throw new FreshetException(SqlState.fromCode(e.sqlState(), SqlState.SYNTAX_ERROR), e.getMessage(), null,
                    null, e.position(), e);
        }
    }

    /**
     * A statement of a simple-query script, planned only when it runs: a script's later
     * statements may use objects its earlier ones create.
     */
    private final class LazyStatement implements PreparedQuery {
        private final SqlNode node;
        private final String sql;
        private EngineStatement prepared;

        LazyStatement(SqlNode node, String sql) {
            this.node = node;
            this.sql = sql;
        }

        EngineStatement get() {
            if (prepared == null) {
                prepared = prepare(node, sql, List.of());
            }
            return prepared;
        }

        @Override
        public List<DataType> parameterTypes() {
            return List.of();
        }

        @Override
        public List<ResultColumn> resultColumns() {
            return get().resultColumns();
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /** The statement of an empty query string. */
    private static final class EmptyStatement implements PreparedQuery {
        static final EmptyStatement INSTANCE = new EmptyStatement();

        @Override
        public List<DataType> parameterTypes() {
            return List.of();
        }

        @Override
        public List<ResultColumn> resultColumns() {
            return null;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    }

    // ------------------------------------------------------------------ Bind

    @Override
    public Portal bind(PreparedQuery query, Object[] parameters) {
        EngineStatement s = query instanceof LazyStatement ? ((LazyStatement) query).get() : (EngineStatement) query;
        if (transactionStatus == 'E' && !s.endsTransaction()) {
            throw new FreshetException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
        canceled.set(false);
        return s.bind(parameters);
    }

    @Override
    public void close() {
        onClose.run();
    }

    private EvalContext evalContext(Object[] parameters) {
        return new EvalContext(settings.zone(), EvalContext.currentTimeMicros(), parameters);
    }

    private QueryPlanner planner() {
        return new QueryPlanner(engine.runtime().catalog());
    }

    /** Waits for a runtime operation; its client error comes back as thrown. */
    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FreshetException(SqlState.QUERY_CANCELED, "canceling statement due to interrupt");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FreshetException) {
                throw (FreshetException) cause;
            }
            throw new FreshetException(SqlState.INTERNAL_ERROR, String.valueOf(cause), cause);
        }
    }

    private void notice(String message) {
        notices.send(Notice.notice(message));
    }

    private void notice(SqlState state, String message, String detail) {
        notices.send(new Notice(Notice.Severity.NOTICE, state, message, detail, null));
    }

    private void warning(SqlState state, String message) {
        notices.send(new Notice(Notice.Severity.WARNING, state, message, null, null));
    }

    // ------------------------------------------------------------------ dispatch

    private EngineStatement prepare(SqlNode node, String sql, List<DataType> declared) {
        if (node instanceof SqlCreateTable) {
            return createTable((SqlCreateTable) node, sql);
        }
        if (node instanceof SqlCreateMaterializedView) {
            return createMaterializedView((SqlCreateMaterializedView) node, sql);
        }
        if (node instanceof SqlCreateView) {
            return createView((SqlCreateView) node, sql);
        }
        if (node instanceof SqlCreateSource) {
            throw FreshetException.notSupported("CREATE SOURCE (Kafka and generator sources are not built yet)");
        }
        if (node instanceof SqlCreateSink) {
            throw FreshetException.notSupported("CREATE SINK (Kafka sinks are not built yet)");
        }
        if (node instanceof SqlDropObjects) {
            return drop((SqlDropObjects) node);
        }
        if (node instanceof SqlShowObjects) {
            return showObjects(((SqlShowObjects) node).getObjectType());
        }
        if (node instanceof SqlShowVariable) {
            return showVariable((SqlShowVariable) node);
        }
        if (node instanceof SqlShowCreate) {
            return showCreate((SqlShowCreate) node);
        }
        if (node instanceof SqlSetVariable) {
            SqlSetVariable set = (SqlSetVariable) node;
            return EngineStatement.command(p -> new CommandPortal(() -> {
                if (set.isDefault()) {
                    settings.reset(set.getName());
                } else {
                    settings.set(set.getName(), String.join(", ", set.getValues()));
                }
                return "SET";
            }));
        }
        if (node instanceof SqlResetVariable) {
            SqlResetVariable reset = (SqlResetVariable) node;
            return EngineStatement.command(p -> new CommandPortal(() -> {
                settings.reset(reset.isAll() ? null : reset.getName());
                return "RESET";
            }));
        }
        if (node instanceof SqlSetTransaction) {
            return EngineStatement.command(p -> new CommandPortal(() -> "SET"));
        }
        if (node instanceof SqlBeginTransaction) {
            return EngineStatement.command(p -> new CommandPortal(this::begin));
        }
        if (node instanceof SqlCommitTransaction) {
            return new EngineStatement(List.of(), null, p -> new CommandPortal(this::commit), true);
        }
        if (node instanceof SqlRollbackTransaction) {
            return new EngineStatement(List.of(), null, p -> new CommandPortal(this::rollback), true);
        }
        if (node instanceof SqlFlush) {
            return EngineStatement.command(p -> new CommandPortal(() -> {
                await(engine.runtime().flush());
                return "FLUSH";
            }));
        }
        if (node instanceof SqlExplainStatement) {
            return explain(((SqlExplainStatement) node).getStatement(), sql);
        }
        if (node instanceof SqlExplain) {
            return explain(((SqlExplain) node).getExplicandum(), sql);
        }
        if (node instanceof SqlDiscard) {
            return EngineStatement.command(p -> new CommandPortal(() -> "DISCARD ALL"));
        }
        if (node instanceof SqlDeallocate) {
            return EngineStatement.command(p -> new CommandPortal(() -> "DEALLOCATE"));
        }
        if (node instanceof SqlListen) {
            return EngineStatement.command(p -> new CommandPortal(() -> "LISTEN"));
        }
        if (node instanceof SqlUnlisten) {
            return EngineStatement.command(p -> new CommandPortal(() -> "UNLISTEN"));
        }
        SqlKind kind = node.getKind();
        if (kind == SqlKind.INSERT || kind == SqlKind.UPDATE || kind == SqlKind.DELETE) {
            return dml(node, sql, declared);
        }
        if (kind.belongsTo(SqlKind.QUERY)) {
            return query(node, sql, declared);
        }
        throw FreshetException.notSupported("the statement " + kind);
    }

    // ------------------------------------------------------------------ queries and DML

    private EngineStatement query(SqlNode node, String sql, List<DataType> declared) {
        CatalogSnapshot catalog = engine.runtime().catalog();
        PlannedQuery planned = new QueryPlanner(catalog).planQuery(node, sql, declared);
        List<ResultColumn> columns = columns(planned.columns());
        CurrentPlan<PlannedQuery> current = new CurrentPlan<>(catalog, planned);
        return new EngineStatement(planned.parameterTypes(), columns, params -> {
            CatalogSnapshot now = engine.runtime().catalog();
            PlannedQuery q = current.forCatalog(now, c -> new QueryPlanner(c)
                    .planQuery(FreshetSqlParserBridge.reparse(sql, node), sql, declared));
            return new QueryPortal(engine.runtime(), now, q.plan(), columns, evalContext(params), canceled);
        }, false);
    }

    private static List<ResultColumn> columns(List<Field> fields) {
        List<ResultColumn> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            out.add(ResultColumn.of(f.name(), f.type()));
        }
        return out;
    }

    private EngineStatement dml(SqlNode node, String sql, List<DataType> declared) {
        CatalogSnapshot catalog = engine.runtime().catalog();
        PlannedDml planned = new QueryPlanner(catalog).planDml(node, sql, declared);
        CurrentPlan<PlannedDml> current = new CurrentPlan<>(catalog, planned);
        return new EngineStatement(planned.parameterTypes(), null, params -> new CommandPortal(() -> {
            PlannedDml d = current.forCatalog(engine.runtime().catalog(), c -> new QueryPlanner(c)
                    .planDml(FreshetSqlParserBridge.reparse(sql, node), sql, declared));
            long n = await(engine.runtime().executeDml(d.plan(), evalContext(params)));
            changedInBlock |= transactionStatus == 'T';
            DmlPlan.Kind k = d.plan().kind();
            return (k == DmlPlan.Kind.INSERT ? "INSERT 0 " : k == DmlPlan.Kind.UPDATE ? "UPDATE " : "DELETE ") + n;
        }), false);
    }

    private EngineStatement explain(SqlNode statement, String sql) {
        List<ResultColumn> columns = List.of(ResultColumn.of("QUERY PLAN", DataType.TEXT));
        return new EngineStatement(List.of(), columns, params -> {
            QueryPlanner p = planner();
            String text;
            if (statement instanceof SqlCreateMaterializedView) {
                text = p.explainMaterializedView((SqlCreateMaterializedView) statement, sql);
            } else if (statement.getKind() == SqlKind.INSERT || statement.getKind() == SqlKind.UPDATE
                    || statement.getKind() == SqlKind.DELETE) {
                DmlPlan d = p.planDml(statement, sql, List.of()).plan();
                text = d.kind() + " " + p.catalog().get(d.tableId()).name() + "\n"
                        + io.freshet.executor.plan.PlanPrinter.explain(d.source(), false);
            } else if (statement.getKind().belongsTo(SqlKind.QUERY)) {
                text = p.explainQuery(statement, sql);
            } else {
                throw FreshetException.notSupported("EXPLAIN of this statement");
            }
            List<Object[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                rows.add(new Object[] {line});
            }
            return new RowsPortal(columns, rows, "EXPLAIN");
        }, false);
    }

    // ------------------------------------------------------------------ DDL

    private boolean skipIfExists(boolean ifNotExists, String name) {
        CatalogObject existing = engine.runtime().catalog().byName(name);
        if (existing != null && ifNotExists) {
            notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping", null);
            return true;
        }
        return false;
    }

    private EngineStatement createTable(SqlCreateTable ddl, String sql) {
        return EngineStatement.command(p -> new CommandPortal(() -> {
            if (!skipIfExists(ddl.isIfNotExists(), ddl.getName().getSimple())) {
                TableDef def = planner().planCreateTable(ddl, statementText(sql, ddl), engine.ids());
                await(engine.runtime().createTable(def));
                changedInBlock |= transactionStatus == 'T';
            }
            return "CREATE TABLE";
        }));
    }

    private EngineStatement createMaterializedView(SqlCreateMaterializedView ddl, String sql) {
        return EngineStatement.command(p -> new CommandPortal(() -> {
            if (!skipIfExists(ddl.isIfNotExists(), ddl.getName().getSimple())) {
                MaterializedViewDef def = planner().planMaterializedView(ddl, statementText(sql, ddl), engine.ids());
                await(engine.runtime().createMaterializedView(def));
                changedInBlock |= transactionStatus == 'T';
            }
            return "CREATE MATERIALIZED VIEW";
        }));
    }

    private EngineStatement createView(SqlCreateView ddl, String sql) {
        if (ddl.isOrReplace()) {
            throw FreshetException.notSupported("CREATE OR REPLACE VIEW");
        }
        return EngineStatement.command(p -> new CommandPortal(() -> {
            if (!skipIfExists(ddl.isIfNotExists(), ddl.getName().getSimple())) {
                ViewDef def = planner().planView(ddl, statementText(sql, ddl), engine.ids());
                await(engine.runtime().createView(def));
            }
            return "CREATE VIEW";
        }));
    }

    /** The text of one statement of a script, for the catalog's record of its definition. */
    private static String statementText(String script, SqlNode node) {
        return FreshetSqlParserBridge.text(script, node);
    }

    private EngineStatement drop(SqlDropObjects ddl) {
        CatalogObjectType type = ddl.getObjectType();
        Class<? extends CatalogObject> kind;
        String kindName;
        switch (type) {
            case TABLE:
                kind = TableDef.class;
                kindName = "table";
                break;
            case MATERIALIZED_VIEW:
                kind = MaterializedViewDef.class;
                kindName = "materialized view";
                break;
            case VIEW:
                kind = ViewDef.class;
                kindName = "view";
                break;
            default:
                throw FreshetException.notSupported("DROP " + type.keyword());
        }
        List<String> names = new ArrayList<>();
        ddl.getNames().forEach(n -> names.add(n.names.get(n.names.size() - 1)));
        return EngineStatement.command(p -> new CommandPortal(() -> {
            List<String> skipped = new ArrayList<>();
            CatalogSnapshot catalog = engine.runtime().catalog();
            List<Long> ids = new QueryPlanner(catalog).planDrop(names, kind, kindName, ddl.isIfExists(), ddl.isCascade(),
                    skipped);
            skipped.forEach(this::notice);
            List<String> cascaded = new ArrayList<>();
            for (long id : ids) {
                CatalogObject o = catalog.get(id);
                if (!names.contains(o.name())) {
                    cascaded.add(o.kindName() + " " + o.name());
                }
            }
            if (!ids.isEmpty()) {
                await(engine.runtime().drop(ids));
            }
            if (cascaded.size() == 1) {
                notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + cascaded.get(0), null);
            } else if (cascaded.size() > 1) {
                List<String> lines = new ArrayList<>();
                for (String c : cascaded) {
                    lines.add("drop cascades to " + c);
                }
                notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + cascaded.size() + " other objects",
                        String.join("\n", lines));
            }
            return "DROP " + type.keyword();
        }));
    }

    // ------------------------------------------------------------------ SHOW

    private EngineStatement showObjects(CatalogObjectType type) {
        List<ResultColumn> columns = List.of(ResultColumn.of("Name", DataType.TEXT));
        return new EngineStatement(List.of(), columns, p -> {
            List<Object[]> rows = new ArrayList<>();
            for (CatalogObject o : engine.runtime().catalog().all()) {
                boolean match;
                switch (type) {
                    case TABLE:
                        match = o instanceof TableDef;
                        break;
                    case MATERIALIZED_VIEW:
                        match = o instanceof MaterializedViewDef;
                        break;
                    case VIEW:
                        match = o instanceof ViewDef;
                        break;
                    default:
                        match = false;
                }
                if (match) {
                    rows.add(new Object[] {o.name()});
                }
            }
            rows.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
            return new RowsPortal(columns, rows, "SHOW");
        }, false);
    }

    private EngineStatement showVariable(SqlShowVariable show) {
        if (show.isAll()) {
            List<ResultColumn> columns = List.of(ResultColumn.of("name", DataType.TEXT),
                    ResultColumn.of("setting", DataType.TEXT), ResultColumn.of("description", DataType.TEXT));
            return new EngineStatement(List.of(), columns, p -> {
                List<Object[]> rows = new ArrayList<>();
                settings.all().forEach((k, v) -> rows.add(new Object[] {k, v, ""}));
                return new RowsPortal(columns, rows, "SHOW");
            }, false);
        }
        String name = show.getName();
        String canonical = SessionSettings.canonical(name);
        List<ResultColumn> columns = List.of(ResultColumn.of(canonical == null ? name : canonical.toLowerCase(),
                DataType.TEXT));
        return new EngineStatement(List.of(), columns,
                p -> new RowsPortal(columns, List.<Object[]>of(new Object[] {settings.get(name)}), "SHOW"), false);
    }

    private EngineStatement showCreate(SqlShowCreate show) {
        List<ResultColumn> columns = List.of(ResultColumn.of("Name", DataType.TEXT),
                ResultColumn.of("Create Sql", DataType.TEXT));
        String name = show.getName().names.get(show.getName().names.size() - 1);
        return new EngineStatement(List.of(), columns, p -> {
            CatalogObject o = engine.runtime().catalog().byName(name);
            if (o == null) {
                throw new FreshetException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
            }
            return new RowsPortal(columns, List.<Object[]>of(new Object[] {o.name(), o.definition()}), "SHOW");
        }, false);
    }

    // ------------------------------------------------------------------ transaction control

    private String begin() {
        if (transactionStatus != 'I') {
            warning(SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress");
        }
        transactionStatus = 'T';
        changedInBlock = false;
        return "BEGIN";
    }

    private String commit() {
        if (transactionStatus == 'I') {
            warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
            return "COMMIT";
        }
        boolean failed = transactionStatus == 'E';
        transactionStatus = 'I';
        return failed ? "ROLLBACK" : "COMMIT";
    }

    private String rollback() {
        if (transactionStatus == 'I') {
            warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
        } else if (changedInBlock) {
            notices.send(Notice.warning("statements of this transaction block were already committed one by one; "
                    + "Freshet cannot roll them back"));
        }
        transactionStatus = 'I';
        return "ROLLBACK";
    }
}
