package io.freshet.planner;

import io.freshet.executor.expr.Expr;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.ScanRange;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Finds the part of a filter that a table scan can answer from its primary key: equalities on
 * a prefix of the key columns, then a range on the next one. The filter itself stays in the
 * plan, so the range only has to be a superset of the matching rows; a bound whose type would
 * need a lossy cast to the key's type is not used.
 */
final class KeyRangeExtractor {
    private KeyRangeExtractor() {
    }

    /** The key range implied by {@code condition} over {@code scan}, or null when there is none. */
    static ScanRange extract(ScanNode scan, RexNode condition, RexLowering rex) {
        List<Integer> key = scan.keyColumns();
        if (key == null || key.isEmpty()) {
            return null;
        }
        List<RexNode> conjuncts = RexUtil.flattenAnd(List.of(condition));
        List<Expr> prefix = new ArrayList<>();
        for (int k : key) {
            Expr eq = bound(conjuncts, k, SqlKind.EQUALS, scan, rex);
            if (eq == null) {
                break;
            }
            prefix.add(eq);
        }
        if (prefix.size() == key.size()) {
            return new ScanRange(prefix, null, false, null, false);
        }
        int next = key.get(prefix.size());
        Expr lower = bound(conjuncts, next, SqlKind.GREATER_THAN_OR_EQUAL, scan, rex);
        boolean lowerInclusive = lower != null;
        if (lower == null) {
            lower = bound(conjuncts, next, SqlKind.GREATER_THAN, scan, rex);
        }
        Expr upper = bound(conjuncts, next, SqlKind.LESS_THAN_OR_EQUAL, scan, rex);
        boolean upperInclusive = upper != null;
        if (upper == null) {
            upper = bound(conjuncts, next, SqlKind.LESS_THAN, scan, rex);
        }
        if (prefix.isEmpty() && lower == null && upper == null) {
            return null;
        }
        return new ScanRange(prefix, lower, lowerInclusive, upper, upperInclusive);
    }

    /** A constant {@code c} such that some conjunct says {@code column <kind> c}, of the column's type. */
    private static Expr bound(List<RexNode> conjuncts, int column, SqlKind kind, ScanNode scan, RexLowering rex) {
        DataType columnType = scan.types().get(column);
        for (RexNode c : conjuncts) {
            if (!(c instanceof RexCall) || ((RexCall) c).getOperands().size() != 2) {
                continue;
            }
            RexCall call = (RexCall) c;
            RexNode a = call.getOperands().get(0);
            RexNode b = call.getOperands().get(1);
            SqlKind k = call.getKind();
            if (isColumn(b, column) && isConstant(a)) {
                RexNode t = a;
                a = b;
                b = t;
                k = k.reverse();
            }
            if (k != kind || !isColumn(a, column) || !isConstant(b)) {
                continue;
            }
            Expr value = rex.lower(b);
            if (value.type().withoutModifiers().equals(columnType.withoutModifiers())) {
                return value;
            }
            if (value.type().kind().isInteger() && columnType.kind().isInteger()
                    && width(value.type().kind()) <= width(columnType.kind())) {
                return RexLowering.castTo(value, columnType);
            }
        }
        return null;
    }

    private static int width(TypeKind k) {
        return k == TypeKind.SMALLINT ? 2 : k == TypeKind.INTEGER ? 4 : 8;
    }

    private static boolean isColumn(RexNode e, int column) {
        return e instanceof RexInputRef && ((RexInputRef) e).getIndex() == column;
    }

    private static boolean isConstant(RexNode e) {
        return RexUtil.isConstant(e) && RexUtil.isDeterministic(e);
    }
}
