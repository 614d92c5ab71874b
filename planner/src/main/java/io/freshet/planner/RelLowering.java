package io.freshet.planner;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.expr.Literal;
import io.freshet.executor.plan.AggCall;
import io.freshet.executor.plan.AggregateNode;
import io.freshet.executor.plan.FilterNode;
import io.freshet.executor.plan.GenerateSeriesNode;
import io.freshet.executor.plan.TimeWindowNode;
import io.freshet.executor.plan.JoinKind;
import io.freshet.executor.plan.JoinNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.ProjectNode;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.ScanRange;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.plan.SortNode;
import io.freshet.executor.plan.TopNNode;
import io.freshet.executor.plan.UnionNode;
import io.freshet.executor.plan.ValuesNode;
import io.freshet.executor.plan.WindowCall;
import io.freshet.executor.plan.WindowNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalCorrelate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalIntersect;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalMinus;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.logical.LogicalUnion;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.logical.LogicalWindow;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Lowers an optimized Calcite plan into executor {@link PlanNode}s, one {@code RelNode} at a
 * time, children first. In {@link Mode#STREAM} it produces incremental plans and refuses (0A000,
 * naming the construct) what cannot be maintained incrementally; in {@link Mode#BATCH} it
 * produces one-shot plans and pushes primary-key predicates into table scans.
 */
final class RelLowering {
    /** What the plan is for. */
    enum Mode {
        BATCH,
        STREAM
    }

    private final Mode mode;
    private final RexLowering rex;
    private final RexBuilder rexBuilder;

    RelLowering(Mode mode, RexBuilder rexBuilder) {
        this.mode = mode;
        this.rexBuilder = rexBuilder;
        this.rex = new RexLowering(rexBuilder);
    }

    PlanNode lower(RelNode rel) {
        if (rel instanceof LogicalTableScan) {
            return scan((LogicalTableScan) rel);
        }
        if (rel instanceof LogicalValues) {
            return values((LogicalValues) rel);
        }
        if (rel instanceof LogicalFilter) {
            return filter((LogicalFilter) rel);
        }
        if (rel instanceof LogicalProject) {
            return project((LogicalProject) rel);
        }
        if (rel instanceof LogicalAggregate) {
            return aggregate((LogicalAggregate) rel);
        }
        if (rel instanceof LogicalJoin) {
            return join((LogicalJoin) rel);
        }
        if (rel instanceof LogicalUnion) {
            return union((LogicalUnion) rel);
        }
        if (rel instanceof LogicalSort) {
            return sort((LogicalSort) rel);
        }
        if (rel instanceof LogicalWindow) {
            return window((LogicalWindow) rel);
        }
        if (rel instanceof LogicalTableFunctionScan) {
            return tableFunction((LogicalTableFunctionScan) rel);
        }
        if (rel instanceof LogicalCorrelate) {
            throw FreshetException.notSupported("a correlated subquery that cannot be turned into a join");
        }
        if (rel instanceof LogicalIntersect || rel instanceof LogicalMinus) {
            throw FreshetException.notSupported((rel instanceof LogicalIntersect ? "INTERSECT" : "EXCEPT") + " ALL");
        }
        throw FreshetException.notSupported("the operator " + rel.getRelTypeName());
    }

    static List<Field> fields(RelNode rel) {
        List<Field> out = new ArrayList<>();
        for (RelDataTypeField f : rel.getRowType().getFieldList()) {
            out.add(new Field(f.getName(), TypeConverter.toDataType(f.getType())));
        }
        return out;
    }

    // ------------------------------------------------------------------ leaves

    private PlanNode scan(LogicalTableScan scan) {
        RelationTable t = scan.getTable().unwrap(RelationTable.class);
        if (t != null) {
            return new ScanNode(t.object().id(), t.object().name(), fields(scan), t.keyColumns(), null, t.withRowId());
        }
        SystemTable s = scan.getTable().unwrap(SystemTable.class);
        if (s != null) {
            if (mode == Mode.STREAM) {
                throw FreshetException.notSupported("a materialized view over the system table " + s.name());
            }
            List<List<Expr>> rows = new ArrayList<>();
            List<Field> cols = s.columns();
            for (Object[] r : s.rows()) {
                List<Expr> row = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    row.add(new Literal(r[i], cols.get(i).type()));
                }
                rows.add(row);
            }
            return new ValuesNode(fields(scan), rows);
        }
        throw FreshetException.notSupported("scanning " + scan.getTable().getQualifiedName());
    }

    private PlanNode values(LogicalValues values) {
        List<Field> schema = fields(values);
        List<List<Expr>> rows = new ArrayList<>();
        for (List<RexLiteral> tuple : values.getTuples()) {
            List<Expr> row = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) {
                row.add(RexLowering.castTo(RexLowering.literal(tuple.get(i)), schema.get(i).type()));
            }
            rows.add(row);
        }
        return new ValuesNode(schema, rows);
    }

    private PlanNode tableFunction(LogicalTableFunctionScan scan) {
        RexCall call = (RexCall) scan.getCall();
        if (call.getOperator() == SqlStdOperatorTable.TUMBLE || call.getOperator() == SqlStdOperatorTable.HOP) {
            return timeWindow(scan, call);
        }
        if (call.getOperator() == SqlStdOperatorTable.SESSION) {
            throw FreshetException.notSupported("SESSION windows");
        }
        if (call.getOperator() != GenerateSeriesFunction.INSTANCE || !scan.getInputs().isEmpty()) {
            throw FreshetException.notSupported("the table function " + call.getOperator().getName().toLowerCase(Locale.ROOT));
        }
        List<Field> schema = fields(scan);
        DataType type = schema.get(0).type();
        List<RexNode> args = call.getOperands();
        Expr start = RexLowering.castTo(rex.lower(args.get(0)), type);
        Expr stop = RexLowering.castTo(rex.lower(args.get(1)), type);
        Expr step = null;
        if (args.size() == 3) {
            Expr s = rex.lower(args.get(2));
            step = s.type().kind() == io.freshet.executor.type.TypeKind.INTERVAL ? s : RexLowering.castTo(s, type);
        }
        return new GenerateSeriesNode(schema, start, stop, step);
    }

    /** TUMBLE(t, ts, size [, offset]) and HOP(t, ts, slide, size [, offset]). */
    private PlanNode timeWindow(LogicalTableFunctionScan scan, RexCall call) {
        PlanNode input = lower(scan.getInputs().get(0));
        List<RexNode> ops = call.getOperands();
        RexNode descriptor = ops.get(0);
        RexNode column = descriptor instanceof RexCall ? ((RexCall) descriptor).getOperands().get(0) : descriptor;
        if (!(column instanceof RexInputRef)) {
            throw FreshetException.notSupported("a window time column that is not a column");
        }
        int timeColumn = ((RexInputRef) column).getIndex();
        io.freshet.executor.type.TypeKind timeKind = input.types().get(timeColumn).kind();
        if (timeKind != io.freshet.executor.type.TypeKind.TIMESTAMP
                && timeKind != io.freshet.executor.type.TypeKind.TIMESTAMPTZ) {
            throw new FreshetException(io.freshet.executor.error.SqlState.DATATYPE_MISMATCH,
                    "the time column of a window must be a timestamp or timestamptz, not " + input.types().get(timeColumn));
        }
        boolean hop = call.getOperator() == SqlStdOperatorTable.HOP;
        long slide = intervalMicros(ops.get(1));
        long size = hop ? intervalMicros(ops.get(2)) : slide;
        int offsetArg = hop ? 3 : 2;
        long offset = ops.size() > offsetArg ? intervalMicros(ops.get(offsetArg)) : 0;
        if (slide <= 0 || size <= 0) {
            throw new FreshetException(io.freshet.executor.error.SqlState.INVALID_PARAMETER_VALUE,
                    "window size and slide must be positive");
        }
        if (size % slide != 0) {
            throw FreshetException.notSupported("a HOP window whose size is not a multiple of its slide");
        }
        return new TimeWindowNode(List.of(input), fields(scan), timeColumn, slide, size, offset);
    }

    /** A constant day-time interval in microseconds; months are refused (windows need fixed lengths). */
    private long intervalMicros(RexNode e) {
        Expr x = rex.lower(e);
        Object v = x instanceof Literal ? ((Literal) x).value() : x.eval(null, io.freshet.executor.expr.EvalContext.UTC);
        if (!(v instanceof io.freshet.executor.value.Interval)) {
            throw FreshetException.notSupported("a window size that is not a constant interval");
        }
        io.freshet.executor.value.Interval i = (io.freshet.executor.value.Interval) v;
        if (i.months() != 0) {
            throw FreshetException.notSupported("windows measured in months or years");
        }
        return i.days() * io.freshet.executor.value.Interval.MICROS_PER_DAY + i.micros();
    }

    // ------------------------------------------------------------------ linear operators

    private PlanNode filter(LogicalFilter filter) {
        if (mode == Mode.STREAM) {
            PlanNode topN = topNFromRowNumber(filter);
            if (topN != null) {
                return topN;
            }
        }
        PlanNode input = lower(filter.getInput());
        Expr condition = rex.lower(filter.getCondition());
        checkDeterministic(condition, input);
        if (mode == Mode.BATCH && input instanceof ScanNode) {
            ScanRange range = KeyRangeExtractor.extract((ScanNode) input, filter.getCondition(), rex);
            if (range != null) {
                input = ((ScanNode) input).withRange(range);
            }
        }
        return new FilterNode(input, condition);
    }

    private PlanNode project(LogicalProject project) {
        PlanNode input = lower(project.getInput());
        List<Field> schema = new ArrayList<>(fields(project));
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < project.getProjects().size(); i++) {
            Expr e = rex.lower(project.getProjects().get(i));
            checkDeterministic(e, input);
            DataType declared = schema.get(i).type();
            if (e.type().kind() == declared.kind() && !(project.getProjects().get(i) instanceof RexInputRef)
                    && declared.kind() != io.freshet.executor.type.TypeKind.ARRAY
                    && declared.kind() != io.freshet.executor.type.TypeKind.STRUCT) {
                // a computed value has PostgreSQL's unconstrained type (text, numeric), not the
                // length or precision Calcite derived
                schema.set(i, new Field(schema.get(i).name(), e.type()));
                exprs.add(e);
            } else {
                exprs.add(RexLowering.castTo(e, declared));
            }
        }
        if (isIdentity(exprs, input)) {
            return input;
        }
        return new ProjectNode(input, schema, exprs);
    }

    private static boolean isIdentity(List<Expr> exprs, PlanNode input) {
        if (exprs.size() != input.width()) {
            return false;
        }
        for (int i = 0; i < exprs.size(); i++) {
            if (!(exprs.get(i) instanceof InputRef) || ((InputRef) exprs.get(i)).index() != i) {
                return false;
            }
        }
        return true;
    }

    /** A view may use random() or now() only over constant input (VALUES), evaluated once. */
    private void checkDeterministic(Expr e, PlanNode input) {
        if (mode == Mode.STREAM && !e.isDeterministic() && !isConstant(input)) {
            throw FreshetException.notSupported("a non-deterministic function (" + e
                    + ") in a materialized view over changing data");
        }
    }

    private static boolean isConstant(PlanNode node) {
        if (node instanceof ValuesNode || node instanceof GenerateSeriesNode) {
            return true;
        }
        if (node instanceof ScanNode) {
            return false;
        }
        for (PlanNode in : node.inputs()) {
            if (!isConstant(in)) {
                return false;
            }
        }
        return !node.inputs().isEmpty();
    }

    private PlanNode union(LogicalUnion union) {
        if (!union.all) {
            throw FreshetException.notSupported("UNION without ALL here");
        }
        List<PlanNode> inputs = new ArrayList<>();
        List<Field> schema = fields(union);
        for (RelNode in : union.getInputs()) {
            PlanNode p = lower(in);
            inputs.add(castColumns(p, schema));
        }
        return new UnionNode(inputs, schema);
    }

    /** {@code input} with its columns cast to the types of {@code schema}, if any differ. */
    private static PlanNode castColumns(PlanNode input, List<Field> schema) {
        boolean same = true;
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < schema.size(); i++) {
            DataType from = input.types().get(i);
            DataType to = schema.get(i).type();
            Expr e = new InputRef(i, from);
            Expr cast = RexLowering.castTo(e, to);
            same &= cast == e;
            exprs.add(cast);
        }
        return same ? input : new ProjectNode(input, schema, exprs);
    }

    // ------------------------------------------------------------------ aggregate

    private PlanNode aggregate(LogicalAggregate agg) {
        if (agg.getGroupType() != org.apache.calcite.rel.core.Aggregate.Group.SIMPLE) {
            throw FreshetException.notSupported("GROUPING SETS, ROLLUP and CUBE");
        }
        PlanNode input = lower(agg.getInput());
        List<Integer> groupKeys = agg.getGroupSet().asList();
        List<AggCall> calls = new ArrayList<>();
        for (AggregateCall call : agg.getAggCallList()) {
            calls.add(aggCall(call, input));
        }
        return new AggregateNode(input, fields(agg), groupKeys, calls);
    }

    private AggCall aggCall(AggregateCall call, PlanNode input) {
        String name = call.getAggregation().getName().toUpperCase(Locale.ROOT);
        List<Integer> args = call.getArgList();
        String fn;
        switch (name) {
            case "COUNT":
                fn = args.isEmpty() ? "count_star" : "count";
                break;
            case "SUM":
                fn = "sum";
                break;
            case "$SUM0":
                fn = "sum0";
                break;
            case "AVG":
                fn = "avg";
                break;
            case "MIN":
                fn = "min";
                break;
            case "MAX":
                fn = "max";
                break;
            case "BOOL_AND":
            case "EVERY":
                fn = "bool_and";
                break;
            case "BOOL_OR":
            case "SOME":
                fn = "bool_or";
                break;
            case "STRING_AGG":
            case "LISTAGG":
                fn = "string_agg";
                break;
            case "ARRAY_AGG":
                fn = "array_agg";
                break;
            default:
                throw FreshetException.notSupported("the aggregate function " + name.toLowerCase(Locale.ROOT));
        }
        List<SortKey> order = new ArrayList<>();
        for (RelFieldCollation fc : call.getCollation().getFieldCollations()) {
            order.add(sortKey(fc));
        }
        if (fn.equals("string_agg") && args.size() == 1) {
            throw FreshetException.notSupported("string_agg without a delimiter");
        }
        return new AggCall(fn, args, call.isDistinct(), call.filterArg, order, TypeConverter.toDataType(call.getType()));
    }

    private static SortKey sortKey(RelFieldCollation fc) {
        boolean desc = fc.getDirection().isDescending();
        boolean nullsFirst;
        switch (fc.nullDirection) {
            case FIRST:
                nullsFirst = true;
                break;
            case LAST:
                nullsFirst = false;
                break;
            default:
                nullsFirst = desc;
        }
        return new SortKey(fc.getFieldIndex(), desc, nullsFirst);
    }

    private static List<SortKey> sortKeys(RelCollation collation) {
        List<SortKey> keys = new ArrayList<>();
        for (RelFieldCollation fc : collation.getFieldCollations()) {
            keys.add(sortKey(fc));
        }
        return keys;
    }

    // ------------------------------------------------------------------ join

    private PlanNode join(LogicalJoin join) {
        PlanNode left = lower(join.getLeft());
        PlanNode right = lower(join.getRight());
        JoinKind kind = joinKind(join.getJoinType());
        List<Integer> leftKeys = new ArrayList<>();
        List<Integer> rightKeys = new ArrayList<>();
        List<Boolean> filterNulls = new ArrayList<>();
        RexNode residualRex = org.apache.calcite.plan.RelOptUtil.splitJoinCondition(join.getLeft(), join.getRight(),
                join.getCondition(), leftKeys, rightKeys, filterNulls);
        // keys of different types get cast columns appended to the inputs
        int leftWidth = left.width();
        int rightWidth = right.width();
        List<Expr> leftExtra = new ArrayList<>();
        List<Expr> rightExtra = new ArrayList<>();
        for (int i = 0; i < leftKeys.size(); i++) {
            DataType lt = left.types().get(leftKeys.get(i));
            DataType rt = right.types().get(rightKeys.get(i));
            if (lt.withoutModifiers().equals(rt.withoutModifiers())) {
                continue;
            }
            DataType common = RexLowering.common(lt, rt);
            if (!lt.withoutModifiers().equals(common)) {
                leftExtra.add(RexLowering.castTo(new InputRef(leftKeys.get(i), lt), common));
                leftKeys.set(i, leftWidth + leftExtra.size() - 1);
            }
            if (!rt.withoutModifiers().equals(common)) {
                rightExtra.add(RexLowering.castTo(new InputRef(rightKeys.get(i), rt), common));
                rightKeys.set(i, rightWidth + rightExtra.size() - 1);
            }
        }
        if (!leftExtra.isEmpty() || !rightExtra.isEmpty()) {
            if (residualRex != null && !residualRex.isAlwaysTrue()) {
                // the residual refers to right fields by position; shift them past left's extra columns
                residualRex = RexUtil.shift(residualRex, leftWidth, leftExtra.size());
            }
            left = appendColumns(left, leftExtra);
            right = appendColumns(right, rightExtra);
        }
        Expr residual = residualRex == null || residualRex.isAlwaysTrue() ? null : rex.lower(residualRex);
        List<Boolean> nullSafe = new ArrayList<>();
        for (boolean fn : filterNulls) {
            nullSafe.add(!fn);
        }
        List<Field> schema = new ArrayList<>(left.schema());
        if (kind.projectsRight()) {
            schema.addAll(right.schema());
        }
        PlanNode joined = new JoinNode(left, right, schema, kind, leftKeys, rightKeys, nullSafe, residual);
        if (leftExtra.isEmpty() && rightExtra.isEmpty()) {
            return joined;
        }
        // drop the appended key columns again
        List<Field> outSchema = fields(join);
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < leftWidth; i++) {
            exprs.add(new InputRef(i, joined.types().get(i)));
        }
        if (kind.projectsRight()) {
            int rightStart = leftWidth + leftExtra.size();
            for (int i = 0; i < rightWidth; i++) {
                exprs.add(new InputRef(rightStart + i, joined.types().get(rightStart + i)));
            }
        }
        return new ProjectNode(joined, outSchema, exprs);
    }

    private static PlanNode appendColumns(PlanNode input, List<Expr> extra) {
        if (extra.isEmpty()) {
            return input;
        }
        List<Field> schema = new ArrayList<>(input.schema());
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < input.width(); i++) {
            exprs.add(new InputRef(i, input.types().get(i)));
        }
        for (int i = 0; i < extra.size(); i++) {
            schema.add(new Field("$key" + i, extra.get(i).type()));
            exprs.add(extra.get(i));
        }
        return new ProjectNode(input, schema, exprs);
    }

    private static JoinKind joinKind(JoinRelType t) {
        switch (t) {
            case INNER:
                return JoinKind.INNER;
            case LEFT:
                return JoinKind.LEFT;
            case RIGHT:
                return JoinKind.RIGHT;
            case FULL:
                return JoinKind.FULL;
            case SEMI:
                return JoinKind.SEMI;
            case ANTI:
                return JoinKind.ANTI;
            default:
                throw FreshetException.notSupported("join type " + t);
        }
    }

    // ------------------------------------------------------------------ sort, window

    private PlanNode sort(LogicalSort sort) {
        PlanNode input = lower(sort.getInput());
        List<SortKey> keys = sortKeys(sort.getCollation());
        long offset = sort.offset == null ? 0 : constantLong(sort.offset, "OFFSET");
        long limit = sort.fetch == null ? SortNode.NO_LIMIT : constantLong(sort.fetch, "LIMIT");
        if (mode == Mode.BATCH) {
            return new SortNode(input, keys, offset, limit);
        }
        if (limit == SortNode.NO_LIMIT) {
            if (offset > 0) {
                throw FreshetException.notSupported("OFFSET without LIMIT in a materialized view");
            }
            return input;
        }
        return new TopNNode(List.of(input), input.schema(), List.of(), keys, offset, limit, false, 0);
    }

    private static long constantLong(RexNode e, String what) {
        BigDecimal v = numericConstant(e);
        if (v != null) {
            return v.longValue();
        }
        throw FreshetException.notSupported(what + " with a value that is not a constant");
    }

    /** The value of a numeric literal, possibly under casts (which the planner keeps unfolded); else null. */
    static BigDecimal numericConstant(RexNode e) {
        RexNode n = e;
        while (n.getKind() == SqlKind.CAST) {
            n = ((RexCall) n).getOperands().get(0);
        }
        return n instanceof RexLiteral ? ((RexLiteral) n).getValueAs(BigDecimal.class) : null;
    }

    private PlanNode window(LogicalWindow window) {
        if (mode == Mode.STREAM) {
            throw FreshetException.notSupported(
                    "window functions in a materialized view, except ROW_NUMBER() OVER (...) <= N (top-N)");
        }
        PlanNode input = lower(window.getInput());
        int inWidth = input.width();
        // constants the window calls refer to become extra input columns
        List<RexLiteral> constants = window.getConstants();
        if (!constants.isEmpty()) {
            List<Expr> extra = new ArrayList<>();
            for (RexLiteral c : constants) {
                extra.add(RexLowering.literal(c));
            }
            input = appendColumns(input, extra);
        }
        List<Field> outFields = fields(window);
        PlanNode current = input;
        int produced = 0;
        List<Integer> outputPositions = new ArrayList<>();
        for (Window.Group group : window.groups) {
            List<Integer> partition = group.keys.asList();
            List<SortKey> order = sortKeys(group.orderKeys);
            List<WindowCall> calls = new ArrayList<>();
            List<Field> schema = new ArrayList<>(current.schema());
            for (Window.RexWinAggCall call : group.aggCalls) {
                String fn = call.getOperator().getName().toLowerCase(Locale.ROOT);
                if (fn.equals("count") && call.getOperands().isEmpty()) {
                    fn = "count_star";
                } else if (fn.equals("$sum0")) {
                    fn = "sum0";
                }
                List<Integer> args = new ArrayList<>();
                for (RexNode o : call.getOperands()) {
                    if (!(o instanceof RexInputRef)) {
                        throw FreshetException.notSupported("window function argument " + o);
                    }
                    args.add(((RexInputRef) o).getIndex());
                }
                calls.add(new WindowCall(fn, args, TypeConverter.toDataType(call.getType()), group.isRows,
                        bound(group.lowerBound), bound(group.upperBound)));
                schema.add(new Field("w" + produced, TypeConverter.toDataType(call.getType())));
                outputPositions.add(current.width() + calls.size() - 1);
                produced++;
            }
            current = new WindowNode(List.of(current), schema, partition, order, calls);
        }
        // output: the original input columns, then the window results, without the constants
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < inWidth; i++) {
            exprs.add(new InputRef(i, current.types().get(i)));
        }
        for (int p : outputPositions) {
            exprs.add(new InputRef(p, current.types().get(p)));
        }
        return new ProjectNode(current, outFields, exprs);
    }

    private static long bound(RexWindowBound b) {
        if (b.isUnbounded()) {
            return b.isPreceding() ? WindowCall.UNBOUNDED_PRECEDING : WindowCall.UNBOUNDED_FOLLOWING;
        }
        if (b.isCurrentRow()) {
            return 0;
        }
        BigDecimal value = numericConstant(b.getOffset());
        if (value == null) {
            throw FreshetException.notSupported("a window frame bound that is not a constant");
        }
        long n = value.longValue();
        return b.isPreceding() ? -n : n;
    }

    /**
     * {@code Filter(rn <= N)} over {@code Window(ROW_NUMBER() OVER (PARTITION BY p ORDER BY o))}
     * (with an optional projection between) as a per-group top-N; null if the filter is not
     * of that shape.
     */
    private PlanNode topNFromRowNumber(LogicalFilter filter) {
        RelNode below = filter.getInput();
        LogicalProject between = null;
        if (below instanceof LogicalProject) {
            between = (LogicalProject) below;
            below = between.getInput();
        }
        if (!(below instanceof LogicalWindow)) {
            return null;
        }
        LogicalWindow window = (LogicalWindow) below;
        if (window.groups.size() != 1 || window.groups.get(0).aggCalls.size() != 1) {
            return null;
        }
        Window.Group group = window.groups.get(0);
        Window.RexWinAggCall call = group.aggCalls.get(0);
        String rankFunction;
        switch (call.getOperator().getKind()) {
            case ROW_NUMBER:
                rankFunction = "row_number";
                break;
            case RANK:
                rankFunction = "rank";
                break;
            case DENSE_RANK:
                rankFunction = "dense_rank";
                break;
            default:
                return null;
        }
        int rnIndex = window.getInput().getRowType().getFieldCount();
        int rnAbove = rnIndex;
        if (between != null) {
            rnAbove = -1;
            for (int i = 0; i < between.getProjects().size(); i++) {
                RexNode p = between.getProjects().get(i);
                if (p instanceof RexInputRef && ((RexInputRef) p).getIndex() == rnIndex) {
                    rnAbove = i;
                }
            }
            if (rnAbove < 0) {
                return null;
            }
        }
        long[] bounds = {1, Long.MAX_VALUE};
        List<RexNode> rest = new ArrayList<>();
        for (RexNode c : RexUtil.flattenAnd(List.of(filter.getCondition()))) {
            if (!narrowRankBounds(c, rnAbove, bounds)) {
                rest.add(c);
            }
        }
        if (bounds[1] == Long.MAX_VALUE) {
            return null;
        }
        long offset = bounds[0] - 1;
        long limit = Math.max(0, bounds[1] - bounds[0] + 1);
        PlanNode input = lower(window.getInput());
        List<Field> schema = new ArrayList<>(input.schema());
        schema.add(new Field(window.getRowType().getFieldList().get(rnIndex).getName(), DataType.BIGINT));
        PlanNode result = new TopNNode(List.of(input), schema, group.keys.asList(), sortKeys(group.orderKeys), offset,
                limit, true, rankFunction, 0);
        if (between != null) {
            List<Expr> exprs = new ArrayList<>();
            List<Field> pschema = fields(between);
            for (int i = 0; i < between.getProjects().size(); i++) {
                exprs.add(RexLowering.castTo(rex.lower(between.getProjects().get(i)), pschema.get(i).type()));
            }
            result = new ProjectNode(result, pschema, exprs);
        }
        if (!rest.isEmpty()) {
            result = new FilterNode(result, rex.lower(RexUtil.composeConjunction(rexBuilder, rest)));
        }
        return result;
    }

    /**
     * Narrows {@code bounds} (inclusive [low, high] of the rank) by a conjunct that compares the
     * rank column {@code rn} with a constant; false if the conjunct is not of that shape.
     */
    private static boolean narrowRankBounds(RexNode c, int rn, long[] bounds) {
        if (!(c instanceof RexCall) || ((RexCall) c).getOperands().size() != 2) {
            return false;
        }
        RexCall call = (RexCall) c;
        RexNode a = call.getOperands().get(0);
        RexNode b = call.getOperands().get(1);
        SqlKind kind = call.getKind();
        if (b instanceof RexInputRef && numericConstant(a) != null) {
            RexNode t = a;
            a = b;
            b = t;
            kind = kind.reverse();
        }
        if (!(a instanceof RexInputRef) || ((RexInputRef) a).getIndex() != rn) {
            return false;
        }
        BigDecimal v = numericConstant(b);
        if (v == null) {
            return false;
        }
        long n = v.setScale(0, java.math.RoundingMode.FLOOR).longValue();
        boolean integral = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        switch (kind) {
            case LESS_THAN_OR_EQUAL:
                bounds[1] = Math.min(bounds[1], n);
                return true;
            case LESS_THAN:
                bounds[1] = Math.min(bounds[1], integral ? n - 1 : n);
                return true;
            case GREATER_THAN_OR_EQUAL:
                bounds[0] = Math.max(bounds[0], integral ? n : n + 1);
                return true;
            case GREATER_THAN:
                bounds[0] = Math.max(bounds[0], n + 1);
                return true;
            case EQUALS:
                if (!integral) {
                    bounds[0] = 1;
                    bounds[1] = 0;
                } else {
                    bounds[0] = Math.max(bounds[0], n);
                    bounds[1] = Math.min(bounds[1], n);
                }
                return true;
            default:
                return false;
        }
    }
}
