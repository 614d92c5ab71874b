package io.freshet.planner;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.catalog.ColumnDef;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.catalog.ViewDef;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.expr.Literal;
import io.freshet.executor.plan.MaterializeNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.PlanPrinter;
import io.freshet.executor.plan.PlanRewriter;
import io.freshet.executor.plan.ProjectNode;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.StateTableAssigner;
import io.freshet.executor.plan.StreamKeys;
import io.freshet.executor.plan.ValuesNode;
import io.freshet.executor.runtime.DmlPlan;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.type.TypeKind;
import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.FreshetSqlParser;
import io.freshet.sql.parser.ddl.SqlColumnDeclaration;
import io.freshet.sql.parser.ddl.SqlCreateMaterializedView;
import io.freshet.sql.parser.ddl.SqlCreateTable;
import io.freshet.sql.parser.ddl.SqlCreateView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Plans statements over one catalog snapshot: queries (batch plans), INSERT/UPDATE/DELETE
 * (plans the runtime applies), and the definitions of tables and views (a view's stream plan,
 * with keys and state tables, ready to persist). Not thread-safe; make one per statement.
 */
public final class QueryPlanner {
    private final CatalogSnapshot catalog;

    public QueryPlanner(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    // ------------------------------------------------------------------ queries

    /** Plans a query (SELECT, VALUES, WITH ...) for one-shot execution. */
    public PlannedQuery planQuery(SqlNode query, String sql, List<DataType> declaredParameters) {
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, false);
        List<String> written = ColumnNamer.names(query);
        SqlNode typed = ParameterTypes.declare(DistinctOnRewriter.rewrite(query, catalog), declaredParameters,
                fe.typeFactory());
        SqlNode validated = fe.validate(typed);
        List<DataType> params = ParameterTypes.collect(validated, fe.validator(), declaredParameters);
        RelRoot root = fe.toRel(validated);
        RelNode rel = RelOptimizer.optimize(root.project());
        PlanNode plan = new RelLowering(RelLowering.Mode.BATCH, fe.cluster().getRexBuilder()).lower(rel);
        return new PlannedQuery(plan, outputColumns(plan, written, validated), params);
    }

    /**
     * Result names as PostgreSQL gives them, with the plan's types: from the select list as written
     * ({@code written}, before validation rewrote it), except the columns a {@code *} stands for,
     * which are named as the validated query names them.
     */
    private static List<Field> outputColumns(PlanNode plan, List<String> written, SqlNode validated) {
        List<String> expanded = ColumnNamer.names(validated);
        List<String> names = written;
        if (written != null && written.contains(ColumnNamer.STAR)) {
            long stars = written.stream().filter(ColumnNamer.STAR::equals).count();
            int starWidth = plan.width() - (written.size() - (int) stars);
            if (stars == 1 && expanded != null && expanded.size() == plan.width()) {
                names = new ArrayList<>();
                int at = 0;
                for (String w : written) {
                    if (w.equals(ColumnNamer.STAR)) {
                        for (int k = 0; k < starWidth; k++) {
                            names.add(expanded.get(at++));
                        }
                    } else {
                        names.add(w);
                        at++;
                    }
                }
            } else {
                names = expanded;
            }
        }
        List<Field> out = new ArrayList<>();
        boolean isValues = validated.getKind() == SqlKind.VALUES;
        for (int i = 0; i < plan.width(); i++) {
            String name = names != null && i < names.size() ? names.get(i) : plan.schema().get(i).name();
            if (name.startsWith("EXPR$")) {
                name = isValues ? "column" + (i + 1) : "?column?";
            }
            out.add(new Field(name, plan.types().get(i)));
        }
        return out;
    }

    /** EXPLAIN of a query: its batch plan. */
    public String explainQuery(SqlNode query, String sql) {
        return PlanPrinter.explain(planQuery(query, sql, List.of()).plan(), false);
    }

    // ------------------------------------------------------------------ materialized views

    /** The stream plan of a view's query (without its Materialize root) and its column names. */
    private PlanNode planStream(SqlNode query, String sql) {
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, false);
        List<String> written = ColumnNamer.names(query);
        SqlNode validated = fe.validate(DistinctOnRewriter.rewrite(query, catalog));
        if (hasParameters(validated)) {
            throw new FreshetException(SqlState.UNDEFINED_PARAMETER, "a view's query cannot have parameters");
        }
        RelRoot root = fe.toRel(validated);
        RelNode rel = RelOptimizer.optimize(root.project());
        PlanNode plan = new RelLowering(RelLowering.Mode.STREAM, fe.cluster().getRexBuilder()).lower(rel);
        List<Field> columns = outputColumns(plan, written, validated);
        return rename(plan, columns);
    }

    private static boolean hasParameters(SqlNode node) {
        boolean[] found = {false};
        node.accept(new org.apache.calcite.sql.util.SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                found[0] = true;
                return null;
            }
        });
        return found[0];
    }

    /** A plan whose output fields have these names (through a projection if needed). */
    private static PlanNode rename(PlanNode plan, List<Field> columns) {
        if (plan.schema().equals(columns)) {
            return plan;
        }
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            exprs.add(new InputRef(i, plan.types().get(i)));
        }
        if (plan instanceof ProjectNode) {
            return new ProjectNode(plan.input(), columns, ((ProjectNode) plan).exprs());
        }
        return new ProjectNode(plan, columns, exprs);
    }

    /** Defines a materialized view: its stream plan with key and state tables, ready to create. */
    public MaterializedViewDef planMaterializedView(SqlCreateMaterializedView ddl, String sql, IdAllocator ids) {
        String name = ddl.getName().getSimple();
        if (ddl.isEmitOnWindowClose()) {
            throw FreshetException.notSupported("EMIT ON WINDOW CLOSE (it needs watermarks, which are not built yet)");
        }
        PlanNode plan = planStream(ddl.getQuery(), sql);
        List<String> aliases = ddl.getColumnNames();
        plan = applyColumnAliases(plan, aliases, "materialized view");
        checkUniqueColumns(plan.schema());
        long id = ids.objectId();
        PlanNode root = new MaterializeNode(List.of(plan), id, StreamKeys.derive(plan), 0);
        root = StateTableAssigner.assign(root, ids::stateTableId);
        return new MaterializedViewDef(id, name, sql, root, dependencies(root));
    }

    /** The stream plan of a view, printed with each operator's key (EXPLAIN CREATE MATERIALIZED VIEW). */
    public String explainMaterializedView(SqlCreateMaterializedView ddl, String sql) {
        PlanNode plan = planStream(ddl.getQuery(), sql);
        plan = applyColumnAliases(plan, ddl.getColumnNames(), "materialized view");
        PlanNode root = new MaterializeNode(List.of(plan), 0, StreamKeys.derive(plan), 0);
        return PlanPrinter.explain(root, true);
    }

    private static PlanNode applyColumnAliases(PlanNode plan, List<String> aliases, String what) {
        if (aliases == null || aliases.isEmpty()) {
            return plan;
        }
        if (aliases.size() != plan.width()) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, "CREATE " + what.toUpperCase() + " specifies "
                    + aliases.size() + " column names, but the query has " + plan.width() + " columns");
        }
        List<Field> renamed = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            renamed.add(new Field(aliases.get(i), plan.types().get(i)));
        }
        return rename(plan, renamed);
    }

    private static void checkUniqueColumns(List<Field> fields) {
        Set<String> seen = new HashSet<>();
        for (Field f : fields) {
            if (!seen.add(f.name())) {
                throw new FreshetException(SqlState.DUPLICATE_COLUMN, "column \"" + f.name() + "\" specified more than once");
            }
        }
    }

    private static List<Long> dependencies(PlanNode plan) {
        Set<Long> deps = new LinkedHashSet<>();
        PlanRewriter.bottomUp(plan, n -> {
            if (n instanceof ScanNode) {
                deps.add(((ScanNode) n).objectId());
            }
            return n;
        });
        return new ArrayList<>(deps);
    }

    /** Defines a plain view: validates the query now and stores its text. */
    public ViewDef planView(SqlCreateView ddl, String sql, IdAllocator ids) {
        PlannedQuery q = planQuery(ddl.getQuery(), sql, List.of());
        List<Field> columns = q.columns();
        List<String> aliases = ddl.getColumnNames();
        if (aliases != null && !aliases.isEmpty()) {
            if (aliases.size() > columns.size()) {
                throw new FreshetException(SqlState.SYNTAX_ERROR, "CREATE VIEW specifies more column names than columns");
            }
            List<Field> renamed = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                renamed.add(new Field(i < aliases.size() ? aliases.get(i) : columns.get(i).name(), columns.get(i).type()));
            }
            columns = renamed;
        }
        checkUniqueColumns(columns);
        StringBuilder query = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            query.append(i > 0 ? ", " : "").append("\"").append(q.columns().get(i).name().replace("\"", "\"\""))
                    .append("\" AS \"").append(columns.get(i).name().replace("\"", "\"\"")).append('"');
        }
        String body = ddl.getQuery().toSqlString(io.freshet.sql.parser.FreshetSqlDialect.DEFAULT).getSql();
        query.append(" FROM (").append(body).append(") AS \"$view\"");
        return new ViewDef(ids.objectId(), ddl.getName().getSimple(), sql, query.toString(), columns,
                dependencies(q.plan()));
    }

    // ------------------------------------------------------------------ tables

    /** Defines a table from CREATE TABLE. */
    public TableDef planCreateTable(SqlCreateTable ddl, String sql, IdAllocator ids) {
        if (ddl.isCreateTableAs()) {
            throw FreshetException.notSupported("CREATE TABLE ... AS");
        }
        if (!ddl.getOptions().isEmpty() || ddl.getFormatEncode() != null) {
            throw FreshetException.notSupported("CREATE TABLE with connector options (WITH / FORMAT)");
        }
        if (!ddl.getWatermarks().isEmpty()) {
            throw FreshetException.notSupported("WATERMARK on a table");
        }
        String name = ddl.getName().getSimple();
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, false);
        List<ColumnDef> columns = new ArrayList<>();
        List<Integer> pk = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SqlColumnDeclaration c : ddl.getColumns()) {
            if (!names.add(c.getName())) {
                throw new FreshetException(SqlState.DUPLICATE_COLUMN, "column \"" + c.getName() + "\" specified more than once");
            }
            if (c.isSerial()) {
                throw FreshetException.notSupported("serial columns");
            }
            DataType type = TypeConverter.toDataType(c.getType().deriveType(fe.validator()));
            Expr defaultValue = null;
            String defaultSql = null;
            if (c.getDefaultValue() != null) {
                defaultSql = c.getDefaultValue().toSqlString(io.freshet.sql.parser.FreshetSqlDialect.DEFAULT).getSql();
                defaultValue = constantExpression(defaultSql, type);
            }
            columns.add(new ColumnDef(c.getName(), type, !c.isNullable(), defaultValue, defaultSql));
        }
        // the parser gathers column-level and table-level PRIMARY KEY declarations into one list
        List<String> tablePk = ddl.getPrimaryKey();
        if (tablePk != null) {
            for (String k : tablePk) {
                int idx = -1;
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).name().equals(k)) {
                        idx = i;
                    }
                }
                if (idx < 0) {
                    throw new FreshetException(SqlState.UNDEFINED_COLUMN, "column \"" + k + "\" named in key does not exist");
                }
                pk.add(idx);
            }
        }
        for (int k : pk) {
            TypeKind kind = columns.get(k).type().kind();
            if (kind == TypeKind.JSONB || kind == TypeKind.ARRAY || kind == TypeKind.STRUCT) {
                throw FreshetException.notSupported("a primary key column of type " + columns.get(k).type());
            }
        }
        return new TableDef(ids.objectId(), name, sql, columns, pk, ids.stateTableId());
    }

    /** A constant expression (a DEFAULT) planned and cast to {@code type}. */
    private Expr constantExpression(String exprSql, DataType type) {
        String q = "SELECT " + exprSql;
        SqlNode node;
        try {
            node = FreshetSqlParser.parseStatement(q);
        } catch (FreshetParseException e) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, "invalid DEFAULT expression: " + e.getMessage());
        }
        PlanNode plan = planQuery(node, q, List.of()).plan();
        Expr e;
        if (plan instanceof ValuesNode && ((ValuesNode) plan).rows().size() == 1) {
            e = ((ValuesNode) plan).rows().get(0).get(0);
        } else if (plan instanceof ProjectNode && plan.input() instanceof ValuesNode
                && ((ValuesNode) plan.input()).rows().size() == 1) {
            e = ((ProjectNode) plan).exprs().get(0);
            if (usesInput(e)) {
                throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "DEFAULT must be a constant expression");
            }
        } else {
            throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "DEFAULT must be a constant expression");
        }
        return RexLowering.castTo(e, type.kind() == TypeKind.VARCHAR ? DataType.TEXT : type);
    }

    private static boolean usesInput(Expr e) {
        return e.accept(new io.freshet.executor.expr.ExprVisitor<Boolean>() {
            @Override
            public Boolean visitInputRef(InputRef r) {
                return true;
            }

            @Override
            public Boolean visitLiteral(Literal l) {
                return false;
            }

            @Override
            public Boolean visitParam(io.freshet.executor.expr.Param p) {
                return false;
            }

            @Override
            public Boolean visitCall(io.freshet.executor.expr.Call c) {
                return c.args().stream().anyMatch(a -> a.accept(this));
            }

            @Override
            public Boolean visitAnd(io.freshet.executor.expr.And a) {
                return a.operands().stream().anyMatch(o -> o.accept(this));
            }

            @Override
            public Boolean visitOr(io.freshet.executor.expr.Or o) {
                return o.operands().stream().anyMatch(x -> x.accept(this));
            }

            @Override
            public Boolean visitCase(io.freshet.executor.expr.Case c) {
                return c.conditions().stream().anyMatch(x -> x.accept(this))
                        || c.results().stream().anyMatch(x -> x.accept(this)) || c.otherwise().accept(this);
            }

            @Override
            public Boolean visitCoalesce(io.freshet.executor.expr.Coalesce c) {
                return c.operands().stream().anyMatch(x -> x.accept(this));
            }

            @Override
            public Boolean visitFieldAccess(io.freshet.executor.expr.FieldAccess f) {
                return f.struct().accept(this);
            }
        });
    }

    // ------------------------------------------------------------------ DML

    /** Plans INSERT, UPDATE or DELETE. */
    public PlannedDml planDml(SqlNode dml, String sql, List<DataType> declaredParameters) {
        if (dml instanceof SqlInsert) {
            return planInsert((SqlInsert) dml, sql, declaredParameters);
        }
        if (dml instanceof SqlUpdate) {
            return planUpdate((SqlUpdate) dml, sql, declaredParameters);
        }
        if (dml instanceof SqlDelete) {
            return planDelete((SqlDelete) dml, sql, declaredParameters);
        }
        throw FreshetException.notSupported("statement " + dml.getKind());
    }

    private TableDef targetTable(SqlNode target, String sql, String verb) {
        if (!(target instanceof SqlIdentifier)) {
            throw FreshetException.notSupported(verb + " into this target");
        }
        SqlIdentifier id = (SqlIdentifier) target;
        String name = id.names.get(id.names.size() - 1);
        if (id.names.size() > 1 && !id.names.get(0).equals(CatalogSchema.NAME)) {
            throw new FreshetException(SqlState.UNDEFINED_TABLE, "relation \"" + id + "\" does not exist", null, null,
                    CalciteErrors.position(sql, id.getParserPosition()), null);
        }
        CatalogObject o = catalog.byName(name);
        if (o == null) {
            throw new FreshetException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist", null, null,
                    CalciteErrors.position(sql, id.getParserPosition()), null);
        }
        if (!(o instanceof TableDef)) {
            throw new FreshetException(SqlState.WRONG_OBJECT_TYPE, "cannot " + verb + " " + o.kindName() + " \""
                    + name + "\"");
        }
        return (TableDef) o;
    }

    private PlannedDml planInsert(SqlInsert insert, String sql, List<DataType> declared) {
        TableDef table = targetTable(insert.getTargetTable(), sql, "insert into");
        List<ColumnDef> cols = table.columns();
        List<Integer> targets = new ArrayList<>();
        SqlNodeList targetList = insert.getTargetColumnList();
        if (targetList == null || targetList.isEmpty()) {
            for (int i = 0; i < cols.size(); i++) {
                targets.add(i);
            }
        } else {
            for (SqlNode n : targetList) {
                String cname = ((SqlIdentifier) n).getSimple();
                int idx = columnIndex(table, cname);
                if (idx < 0) {
                    throw new FreshetException(SqlState.UNDEFINED_COLUMN, "column \"" + cname + "\" of relation \""
                            + table.name() + "\" does not exist", null, null,
                            CalciteErrors.position(sql, n.getParserPosition()), null);
                }
                if (targets.contains(idx)) {
                    throw new FreshetException(SqlState.DUPLICATE_COLUMN, "column \"" + cname + "\" specified more than once");
                }
                targets.add(idx);
            }
        }
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, false);
        SqlNode source = insert.getSource();
        if (source.getKind() == SqlKind.VALUES) {
            source = typedValues((SqlCall) source, table, targets, fe, sql);
        }
        SqlNode typed = ParameterTypes.declare(source, declared, fe.typeFactory());
        SqlNode validated = fe.validate(typed);
        List<DataType> params = ParameterTypes.collect(validated, fe.validator(), declared);
        RelNode rel = RelOptimizer.optimize(fe.toRel(validated).project());
        PlanNode plan = new RelLowering(RelLowering.Mode.BATCH, fe.cluster().getRexBuilder()).lower(rel);
        if (plan.width() > targets.size()) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
        }
        if (plan.width() < targets.size()) {
            if (targetList != null && !targetList.isEmpty()) {
                throw new FreshetException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
            }
            // without a column list, the first columns get the values and the rest their defaults
            targets = targets.subList(0, plan.width());
        }
        List<Expr> exprs = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            int pos = targets.indexOf(c);
            DataType target = storageCast(cols.get(c).type());
            if (pos >= 0) {
                exprs.add(RexLowering.castTo(new InputRef(pos, plan.types().get(pos)), target));
            } else if (cols.get(c).defaultValue() != null) {
                exprs.add(cols.get(c).defaultValue());
            } else {
                exprs.add(Literal.nullOf(target));
            }
        }
        PlanNode source2 = new ProjectNode(plan, table.schema(), exprs);
        return new PlannedDml(new DmlPlan(DmlPlan.Kind.INSERT, table.id(), source2), params);
    }

    /** The type a value is cast to before it is stored: VARCHAR(n) lengths are checked, not cut. */
    private static DataType storageCast(DataType column) {
        return column.kind() == TypeKind.VARCHAR ? DataType.TEXT : column;
    }

    /**
     * VALUES rows of an INSERT, typed for their target columns: DEFAULT becomes the column's
     * default, and a column whose items need the column's type to be typed at all (a parameter, a
     * DEFAULT, or only NULLs) is cast to it in every row. Other columns stay as written, so a VALUES
     * of literals remains one constant relation for Calcite (a cast in every row would make it a
     * union of one projection per row); the projection onto the table's columns casts them.
     */
    private SqlNode typedValues(SqlCall values, TableDef table, List<Integer> targets, CalciteFrontend fe, String sql) {
        List<List<SqlNode>> rows = new ArrayList<>();
        for (SqlNode row : values.getOperandList()) {
            List<SqlNode> operands = new ArrayList<>(((SqlCall) row).getOperandList());
            if (operands.size() > targets.size()) {
                throw new FreshetException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns", null,
                        null, CalciteErrors.position(sql, operands.get(targets.size()).getParserPosition()), null);
            }
            rows.add(operands);
        }
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        boolean[] castColumn = new boolean[width];
        for (int i = 0; i < width; i++) {
            boolean allNull = true;
            for (List<SqlNode> r : rows) {
                SqlNode item = i < r.size() ? r.get(i) : null;
                if (item instanceof SqlDynamicParam || item != null && item.getKind() == SqlKind.DEFAULT) {
                    castColumn[i] = true;
                }
                allNull &= item != null && SqlUtil.isNullLiteral(item, false);
            }
            castColumn[i] |= allNull;
        }
        List<SqlNode> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<SqlNode> items = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                ColumnDef col = table.columns().get(targets.get(i));
                SqlNode item = rows.get(r).get(i);
                if (item.getKind() == SqlKind.DEFAULT) {
                    item = col.defaultSql() == null ? SqlLiteral.createNull(item.getParserPosition())
                            : parseExpression(col.defaultSql());
                }
                items.add(castColumn[i] ? ParameterTypes.cast(item, storageCast(col.type()), fe.typeFactory()) : item);
            }
            out.add(SqlStdOperatorTable.ROW.createCall(values.getOperandList().get(r).getParserPosition(), items));
        }
        return SqlStdOperatorTable.VALUES.createCall(values.getParserPosition(), out);
    }

    private static SqlNode parseExpression(String exprSql) {
        try {
            SqlSelect s = (SqlSelect) FreshetSqlParser.parseStatement("SELECT " + exprSql);
            return s.getSelectList().get(0);
        } catch (FreshetParseException e) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, e.getMessage());
        }
    }

    private static int columnIndex(TableDef t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private PlannedDml planDelete(SqlDelete delete, String sql, List<DataType> declared) {
        TableDef table = targetTable(delete.getTargetTable(), sql, "delete from");
        SqlNodeList select = SqlNodeList.of(SqlIdentifier.star(SqlParserPos.ZERO));
        PlannedQuery q = planRowSelection(table, delete.getTargetTable(), delete.getAlias(), select,
                delete.getCondition(), sql, declared);
        return new PlannedDml(new DmlPlan(DmlPlan.Kind.DELETE, table.id(), q.plan()), q.parameterTypes());
    }

    private PlannedDml planUpdate(SqlUpdate update, String sql, List<DataType> declared) {
        TableDef table = targetTable(update.getTargetTable(), sql, "update");
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, true);
        List<Integer> targets = new ArrayList<>();
        List<SqlNode> selectItems = new ArrayList<>();
        selectItems.add(SqlIdentifier.star(SqlParserPos.ZERO));
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            SqlIdentifier col = (SqlIdentifier) update.getTargetColumnList().get(i);
            String cname = col.names.get(col.names.size() - 1);
            int idx = columnIndex(table, cname);
            if (idx < 0) {
                throw new FreshetException(SqlState.UNDEFINED_COLUMN, "column \"" + cname + "\" of relation \""
                        + table.name() + "\" does not exist", null, null, CalciteErrors.position(sql, col.getParserPosition()),
                        null);
            }
            if (targets.contains(idx)) {
                throw new FreshetException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"" + cname + "\"");
            }
            targets.add(idx);
            SqlNode source = update.getSourceExpressionList().get(i);
            if (source.getKind() == SqlKind.DEFAULT) {
                ColumnDef c = table.columns().get(idx);
                source = c.defaultSql() == null ? SqlLiteral.createNull(source.getParserPosition())
                        : parseExpression(c.defaultSql());
            }
            selectItems.add(ParameterTypes.cast(source, storageCast(table.columns().get(idx).type()), fe.typeFactory()));
        }
        PlannedQuery q = planRowSelection(table, update.getTargetTable(), update.getAlias(),
                new SqlNodeList(selectItems, SqlParserPos.ZERO), update.getCondition(), sql, declared);
        PlanNode plan = q.plan();
        int width = table.columns().size();
        int oldWidth = table.hasPrimaryKey() ? width : width + 1;
        List<Expr> exprs = new ArrayList<>();
        List<Field> schema = new ArrayList<>();
        for (int i = 0; i < oldWidth; i++) {
            exprs.add(new InputRef(i, plan.types().get(i)));
            schema.add(plan.schema().get(i));
        }
        for (int c = 0; c < width; c++) {
            int pos = targets.indexOf(c);
            DataType t = storageCast(table.columns().get(c).type());
            Expr e = pos >= 0 ? new InputRef(oldWidth + pos, plan.types().get(oldWidth + pos)) : new InputRef(c, plan.types().get(c));
            exprs.add(RexLowering.castTo(e, t));
            schema.add(new Field(table.columns().get(c).name() + "$new", t));
        }
        PlanNode source = new ProjectNode(plan, schema, exprs);
        return new PlannedDml(new DmlPlan(DmlPlan.Kind.UPDATE, table.id(), source), q.parameterTypes());
    }

    /**
     * {@code SELECT <items> FROM table [alias] [WHERE condition]} planned with the table's row id
     * visible (as its last column) when it has no primary key.
     */
    private PlannedQuery planRowSelection(TableDef table, SqlNode target, SqlIdentifier alias, SqlNodeList items,
            SqlNode condition, String sql, List<DataType> declared) {
        CalciteFrontend fe = new CalciteFrontend(catalog, sql, true);
        SqlNode from = alias == null ? target
                : SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, target, alias);
        SqlSelect select = new SqlSelect(SqlParserPos.ZERO, null, items, from, condition, null, null, null, null, null,
                null, null, null);
        SqlNode typed = ParameterTypes.declare(select, declared, fe.typeFactory());
        SqlNode validated = fe.validate(typed);
        List<DataType> params = ParameterTypes.collect(validated, fe.validator(), declared);
        RelNode rel = RelOptimizer.optimize(fe.toRel(validated).project());
        PlanNode plan = new RelLowering(RelLowering.Mode.BATCH, fe.cluster().getRexBuilder()).lower(rel);
        return new PlannedQuery(plan, plan.schema(), params);
    }

    // ------------------------------------------------------------------ DROP

    /**
     * The ids to drop for {@code names} of {@code kind}, dependents first when cascading;
     * missing names are skipped with {@code ifExists}, else an error.
     */
    public List<Long> planDrop(List<String> names, Class<? extends CatalogObject> kind, String kindName,
            boolean ifExists, boolean cascade, List<String> notices) {
        List<Long> order = new ArrayList<>();
        for (String name : names) {
            CatalogObject o = catalog.byName(name);
            if (o == null) {
                if (ifExists) {
                    notices.add(kindName + " \"" + name + "\" does not exist, skipping");
                    continue;
                }
                throw new FreshetException(SqlState.UNDEFINED_TABLE, kindName + " \"" + name + "\" does not exist");
            }
            if (!kind.isInstance(o)) {
                String hint = "Use DROP " + o.kindName().toUpperCase() + " to remove a " + o.kindName() + ".";
                throw new FreshetException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a " + kindName)
                        .withHint(hint);
            }
            if (cascade) {
                addWithDependents(o, order);
            } else if (!order.contains(o.id())) {
                order.add(o.id());
            }
        }
        return order;
    }

    private void addWithDependents(CatalogObject o, List<Long> order) {
        for (CatalogObject d : catalog.dependents(o.id())) {
            addWithDependents(d, order);
        }
        if (!order.contains(o.id())) {
            order.add(o.id());
        }
    }
}
