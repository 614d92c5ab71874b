package io.freshet.executor.batch;

import io.freshet.executor.aggregate.AggregateFunction;
import io.freshet.executor.aggregate.AggregateFunctions;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.plan.AggCall;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.plan.WindowCall;
import io.freshet.executor.plan.WindowNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.GroupKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch window functions: partitions the input, sorts each partition by the window order, and
 * appends one value per {@link WindowCall} to every row. Rows come out partition by partition,
 * each partition in window order.
 */
final class WindowOperator implements BatchOperator {
    private final BatchOperator input;
    private final WindowNode node;
    private final BatchContext ctx;
    private final List<DataType> inputTypes;
    private MaterializedRows result;

    WindowOperator(BatchOperator input, WindowNode node, BatchContext ctx) {
        this.input = input;
        this.node = node;
        this.ctx = ctx;
        this.inputTypes = node.input().types();
    }

    @Override
    public Chunk next() {
        if (result == null) {
            result = new MaterializedRows(compute(), node.width());
        }
        return result.next();
    }

    private List<Object[]> compute() {
        DataType[] keyTypes = node.partitionKeys().stream().map(inputTypes::get).toArray(DataType[]::new);
        Map<GroupKey, List<Object[]>> partitions = new LinkedHashMap<>();
        for (Object[] row : MaterializedRows.drain(input, ctx)) {
            Object[] key = new Object[keyTypes.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = row[node.partitionKeys().get(i)];
            }
            partitions.computeIfAbsent(new GroupKey(key, keyTypes), k -> new ArrayList<>()).add(row);
        }
        Comparator<Object[]> order = HashAggregateOperator.rowComparator(node.order(), inputTypes);
        int inWidth = inputTypes.size();
        List<Object[]> out = new ArrayList<>();
        for (List<Object[]> part : partitions.values()) {
            part.sort(order);
            int n = part.size();
            // peers[i] = [first index, last index] of row i's peer group under the window order
            int[] peerStart = new int[n];
            int[] peerEnd = new int[n];
            for (int i = 0; i < n; i++) {
                peerStart[i] = i > 0 && order.compare(part.get(i - 1), part.get(i)) == 0 ? peerStart[i - 1] : i;
            }
            for (int i = n - 1; i >= 0; i--) {
                peerEnd[i] = i < n - 1 && order.compare(part.get(i + 1), part.get(i)) == 0 ? peerEnd[i + 1] : i;
            }
            Object[][] values = new Object[node.calls().size()][];
            for (int c = 0; c < values.length; c++) {
                values[c] = evaluate(node.calls().get(c), part, peerStart, peerEnd);
            }
            for (int i = 0; i < n; i++) {
                Object[] row = new Object[node.width()];
                System.arraycopy(part.get(i), 0, row, 0, inWidth);
                for (int c = 0; c < values.length; c++) {
                    row[inWidth + c] = values[c][i];
                }
                out.add(row);
            }
        }
        return out;
    }

    private Object[] evaluate(WindowCall call, List<Object[]> part, int[] peerStart, int[] peerEnd) {
        int n = part.size();
        Object[] out = new Object[n];
        List<Integer> args = call.args();
        switch (call.function()) {
            case "row_number":
                for (int i = 0; i < n; i++) {
                    out[i] = (long) (i + 1);
                }
                return out;
            case "rank":
                for (int i = 0; i < n; i++) {
                    out[i] = (long) (peerStart[i] + 1);
                }
                return out;
            case "dense_rank": {
                long rank = 0;
                for (int i = 0; i < n; i++) {
                    if (peerStart[i] == i) {
                        rank++;
                    }
                    out[i] = rank;
                }
                return out;
            }
            case "percent_rank":
                for (int i = 0; i < n; i++) {
                    out[i] = n <= 1 ? 0.0 : (double) peerStart[i] / (n - 1);
                }
                return out;
            case "cume_dist":
                for (int i = 0; i < n; i++) {
                    out[i] = (double) (peerEnd[i] + 1) / n;
                }
                return out;
            case "ntile": {
                for (int i = 0; i < n; i++) {
                    Object b = part.get(i)[args.get(0)];
                    if (b == null) {
                        out[i] = null;
                        continue;
                    }
                    long buckets = ((Number) b).longValue();
                    if (buckets <= 0) {
                        throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                                "argument of ntile must be greater than zero");
                    }
                    long per = n / buckets;
                    long extra = n % buckets;
                    long bigRows = extra * (per + 1);
                    out[i] = i < bigRows ? 1 + i / (per + 1) : 1 + extra + (i - bigRows) / Math.max(per, 1);
                }
                return out;
            }
            case "lag":
            case "lead": {
                boolean lag = call.function().equals("lag");
                for (int i = 0; i < n; i++) {
                    long offset = 1;
                    if (args.size() > 1) {
                        Object o = part.get(i)[args.get(1)];
                        if (o == null) {
                            out[i] = null;
                            continue;
                        }
                        offset = ((Number) o).longValue();
                    }
                    long j = lag ? i - offset : i + offset;
                    if (j >= 0 && j < n) {
                        out[i] = part.get((int) j)[args.get(0)];
                    } else {
                        out[i] = args.size() > 2 ? part.get(i)[args.get(2)] : null;
                    }
                }
                return out;
            }
            default:
                return frameValues(call, part, peerStart, peerEnd);
        }
    }

    /** first_value / last_value / nth_value and aggregates, over each row's frame. */
    private Object[] frameValues(WindowCall call, List<Object[]> part, int[] peerStart, int[] peerEnd) {
        int n = part.size();
        Object[] out = new Object[n];
        boolean hasOrder = !node.order().isEmpty();
        AggregateFunction agg = null;
        int[] argFields = call.args().stream().mapToInt(Integer::intValue).toArray();
        String fn = call.function();
        boolean positional = fn.equals("first_value") || fn.equals("last_value") || fn.equals("nth_value");
        if (!positional) {
            agg = AggregateFunctions.create(new AggCall(fn, call.args(), false, -1, List.<SortKey>of(), call.type()),
                    inputTypes);
        }
        for (int i = 0; i < n; i++) {
            int lo;
            int hi;
            if (call.rows()) {
                lo = bound(call.lower(), i, n, true);
                hi = bound(call.upper(), i, n, false);
            } else {
                // RANGE: unbounded ends or the current row's peer group
                lo = call.lower() == WindowCall.UNBOUNDED_PRECEDING ? 0 : (hasOrder ? peerStart[i] : 0);
                hi = call.upper() == WindowCall.UNBOUNDED_FOLLOWING ? n - 1 : (hasOrder ? peerEnd[i] : n - 1);
                if (call.lower() != WindowCall.UNBOUNDED_PRECEDING && call.lower() != 0
                        || call.upper() != WindowCall.UNBOUNDED_FOLLOWING && call.upper() != 0) {
                    throw FreshetException.notSupported("RANGE frames with offsets");
                }
            }
            if (positional) {
                int idx;
                if (fn.equals("first_value")) {
                    idx = lo;
                } else if (fn.equals("last_value")) {
                    idx = hi;
                } else {
                    Object nth = part.get(i)[argFields[1]];
                    idx = nth == null ? -1 : lo + ((Number) nth).intValue() - 1;
                }
                out[i] = idx >= lo && idx <= hi && lo <= hi ? part.get(idx)[argFields[0]] : null;
                continue;
            }
            Object[] state = new Object[agg.stateTypes().size()];
            agg.init(state, 0);
            for (int j = lo; j <= hi; j++) {
                Object[] a = new Object[argFields.length];
                for (int k = 0; k < a.length; k++) {
                    a[k] = part.get(j)[argFields[k]];
                }
                agg.add(state, 0, a, 1);
            }
            out[i] = agg.result(state, 0);
        }
        return out;
    }

    private static int bound(long b, int i, int n, boolean lower) {
        if (b == WindowCall.UNBOUNDED_PRECEDING) {
            return 0;
        }
        if (b == WindowCall.UNBOUNDED_FOLLOWING) {
            return n - 1;
        }
        long v = i + b;
        if (lower) {
            return (int) Math.max(0, Math.min(v, n));
        }
        return (int) Math.min(n - 1, Math.max(v, -1));
    }

    @Override
    public void close() {
        input.close();
    }
}
