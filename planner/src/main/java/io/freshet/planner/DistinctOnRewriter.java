package io.freshet.planner;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.type.Field;
import io.freshet.sql.parser.expr.DistinctOnQuantifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites PostgreSQL's {@code SELECT DISTINCT ON (keys) items FROM ... ORDER BY order} into
 * what it means, the first row of each group of equal keys in ORDER BY order:
 * <pre>
 * SELECT $c0 AS item0, ... FROM (
 *   SELECT item0 AS $c0, ..., order0 AS $o0, ...,
 *          ROW_NUMBER() OVER (PARTITION BY keys ORDER BY order) AS $rn
 *   FROM ...) AS $distinct_on
 * WHERE $rn = 1 ORDER BY $o0, ...
 * </pre>
 * which a view maintains as a per-group top-1. ORDER BY items given by position or by output
 * name are replaced by the select items they name; {@code *} is expanded from the catalog when
 * FROM is a single relation.
 */
final class DistinctOnRewriter extends SqlShuttle {
    private static final SqlParserPos POS = SqlParserPos.ZERO;

    private final CatalogSnapshot catalog;

    private DistinctOnRewriter(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    static SqlNode rewrite(SqlNode node, CatalogSnapshot catalog) {
        SqlNode r = node.accept(new DistinctOnRewriter(catalog));
        return r == null ? node : r;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof SqlOrderBy) {
            SqlOrderBy ob = (SqlOrderBy) call;
            if (ob.query instanceof SqlSelect && DistinctOnQuantifier.of((SqlSelect) ob.query).isPresent()) {
                SqlNode inner = rewrite((SqlSelect) visitChildren(ob.query), ob.orderList);
                return new SqlOrderBy(ob.getParserPosition(), inner, outerOrder(ob.orderList), ob.offset, ob.fetch);
            }
        }
        if (call instanceof SqlSelect && DistinctOnQuantifier.of((SqlSelect) call).isPresent()) {
            return rewrite((SqlSelect) visitChildren(call), SqlNodeList.EMPTY);
        }
        return super.visit(call);
    }

    private SqlNode visitChildren(SqlNode select) {
        SqlSelect s = (SqlSelect) select;
        if (s.getFrom() != null) {
            s.setFrom(s.getFrom().accept(this));
        }
        if (s.getWhere() != null) {
            s.setWhere(s.getWhere().accept(this));
        }
        return s;
    }

    /** The outer ORDER BY: the order items exposed by the inner query as $o0, $o1, ... */
    private static SqlNodeList outerOrder(SqlNodeList order) {
        List<SqlNode> out = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            out.add(withDirection(order.get(j), new SqlIdentifier("$o" + j, POS)));
        }
        return new SqlNodeList(out, POS);
    }

    /** {@code replacement} with the DESC / NULLS FIRST / NULLS LAST wrappers of {@code item}. */
    private static SqlNode withDirection(SqlNode item, SqlNode replacement) {
        if (item.getKind() == SqlKind.DESCENDING || item.getKind() == SqlKind.NULLS_FIRST
                || item.getKind() == SqlKind.NULLS_LAST) {
            SqlCall c = (SqlCall) item;
            return c.getOperator().createCall(POS, withDirection(c.operand(0), replacement));
        }
        return replacement;
    }

    private static SqlNode bare(SqlNode item) {
        SqlNode n = item;
        while (n.getKind() == SqlKind.DESCENDING || n.getKind() == SqlKind.NULLS_FIRST
                || n.getKind() == SqlKind.NULLS_LAST) {
            n = ((SqlCall) n).operand(0);
        }
        return n;
    }

    private SqlNode rewrite(SqlSelect select, SqlNodeList order) {
        Optional<DistinctOnQuantifier> q = DistinctOnQuantifier.of(select);
        SqlNodeList keys = q.get().getKeys();
        List<SqlNode> keywords = new ArrayList<>();
        for (SqlNode k : (SqlNodeList) select.getOperandList().get(0)) {
            if (!(k instanceof DistinctOnQuantifier)) {
                keywords.add(k);
            }
        }
        List<SqlNode> items = expandStars(select);
        List<String> names = new ArrayList<>();
        List<SqlNode> bareItems = new ArrayList<>();
        for (SqlNode item : items) {
            names.add(ColumnNamer.name(item));
            bareItems.add(item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item);
        }
        // inner select: the items as $c<i>, the order expressions as $o<j>, and the row number
        List<SqlNode> inner = new ArrayList<>();
        for (int i = 0; i < bareItems.size(); i++) {
            inner.add(as(bareItems.get(i), "$c" + i));
        }
        List<SqlNode> windowOrder = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            SqlNode expr = resolve(bare(order.get(j)), bareItems, names);
            inner.add(as(expr, "$o" + j));
            windowOrder.add(withDirection(order.get(j), expr));
        }
        SqlWindow window = SqlWindow.create(null, null, new SqlNodeList(keys.getList(), POS),
                new SqlNodeList(windowOrder, POS), SqlLiteral.createBoolean(true, POS), null, null, null, POS);
        SqlNode rowNumber = SqlStdOperatorTable.OVER.createCall(POS,
                SqlStdOperatorTable.ROW_NUMBER.createCall(POS), window);
        inner.add(as(rowNumber, "$rn"));
        select.setOperand(0, new SqlNodeList(keywords, POS));
        select.setSelectList(new SqlNodeList(inner, POS));
        List<SqlNode> outerItems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            outerItems.add(as(new SqlIdentifier("$c" + i, POS), names.get(i)));
        }
        SqlNode from = as(select, "$distinct_on");
        SqlNode where = SqlStdOperatorTable.EQUALS.createCall(POS, new SqlIdentifier("$rn", POS),
                SqlLiteral.createExactNumeric("1", POS));
        return new SqlSelect(POS, null, new SqlNodeList(outerItems, POS), from, where, null, null, null, null, null,
                null, null, null);
    }

    /** An ORDER BY item given by position or output name, as the select item it names. */
    private static SqlNode resolve(SqlNode item, List<SqlNode> items, List<String> names) {
        if (item instanceof SqlNumericLiteral) {
            int i = ((BigDecimal) ((SqlNumericLiteral) item).getValue()).intValue() - 1;
            if (i >= 0 && i < items.size()) {
                return items.get(i);
            }
        }
        if (item instanceof SqlIdentifier && ((SqlIdentifier) item).isSimple()) {
            int i = names.indexOf(((SqlIdentifier) item).getSimple());
            if (i >= 0 && !(items.get(i) instanceof SqlIdentifier && ((SqlIdentifier) items.get(i)).getSimple()
                    .equals(((SqlIdentifier) item).getSimple()))) {
                return items.get(i);
            }
        }
        return item;
    }

    private List<SqlNode> expandStars(SqlSelect select) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlIdentifier && ((SqlIdentifier) item).isStar()) {
                CatalogObject relation = singleRelation(select.getFrom());
                if (relation == null) {
                    throw FreshetException.notSupported("DISTINCT ON with * over anything but a single table or view");
                }
                for (Field f : relation.schema()) {
                    out.add(new SqlIdentifier(f.name(), POS));
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private CatalogObject singleRelation(SqlNode from) {
        SqlNode f = from;
        if (f != null && f.getKind() == SqlKind.AS) {
            f = ((SqlCall) f).operand(0);
        }
        if (f instanceof SqlIdentifier) {
            SqlIdentifier id = (SqlIdentifier) f;
            return catalog.byName(id.names.get(id.names.size() - 1));
        }
        return null;
    }

    private static SqlNode as(SqlNode e, String alias) {
        return SqlStdOperatorTable.AS.createCall(POS, e, new SqlIdentifier(alias, POS));
    }

}
