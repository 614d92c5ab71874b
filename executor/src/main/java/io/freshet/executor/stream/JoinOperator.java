package io.freshet.executor.stream;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.chunk.JoinedRow;
import io.freshet.executor.codec.ByteReader;
import io.freshet.executor.codec.ByteWriter;
import io.freshet.executor.codec.KeyCodec;
import io.freshet.executor.codec.RowCodec;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.plan.JoinKind;
import io.freshet.executor.plan.JoinNode;
import io.freshet.executor.type.DataType;
import io.freshet.storage.StateIterator;
import io.freshet.storage.StateTable;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Incremental equi-join of two inputs, for every {@link JoinKind}. Each side's rows live in its
 * state table keyed by (join key, row), with a count of copies and the row's degree: how many
 * rows of the other side it matches (residual condition included). A change on one side is
 * joined with the other side's current state and then applied to its own side's state, which
 * makes any interleaving of the two inputs' changes correct
 * ({@code Δ(A⋈B) = ΔA⋈B + A'⋈ΔB}).
 *
 * <p>Degrees drive everything that depends on "has a match": the NULL-padded row of an outer
 * join appears when a row's degree is 0 and is retracted when it becomes positive, a semi join
 * passes a row while its degree is positive, an anti join while it is 0. Rows whose key has a
 * NULL (and is not null-safe) match nothing and are not stored.
 */
public final class JoinOperator extends StreamOperator {
    private final JoinNode node;
    private final JoinKind kind;
    private final Side left;
    private final Side right;
    private final Expr residual;
    private final JoinedRow joined;
    private final ArrayRow leftView = new ArrayRow(null);
    private final ArrayRow rightView = new ArrayRow(null);
    private final KeyWriter keyWriter = new KeyWriter();
    private final ByteWriter valueWriter = new ByteWriter();

    /** One input: its state table, key fields, and row encoding. */
    private final class Side {
        final StateTable table;
        final List<Integer> keys;
        final List<DataType> types;
        final RowCodec codec;
        final int width;
        final boolean tracksDegree;

        Side(StateTable table, List<Integer> keys, List<DataType> types, boolean tracksDegree) {
            this.table = table;
            this.keys = keys;
            this.types = types;
            this.codec = new RowCodec(types);
            this.width = types.size();
            this.tracksDegree = tracksDegree;
        }

        /** Encoded join key, or null if it has a NULL that cannot match. */
        byte[] joinKey(Object[] row) {
            keyWriter.reset();
            for (int i = 0; i < keys.size(); i++) {
                Object v = row[keys.get(i)];
                if (v == null && !node.nullSafe().get(i)) {
                    return null;
                }
                KeyCodec.write(keyWriter, v, types.get(keys.get(i)), SortOrder.ASC);
            }
            return keyWriter.toByteArray();
        }

        byte[] entryKey(byte[] joinKey, Object[] row) {
            keyWriter.reset();
            keyWriter.writeEncoded(joinKey);
            for (int c = 0; c < width; c++) {
                KeyCodec.write(keyWriter, row[c], types.get(c), SortOrder.ASC);
            }
            return keyWriter.toByteArray();
        }

        byte[] entryValue(long count, long degree, Object[] row) {
            valueWriter.reset();
            valueWriter.writeVarInt(count);
            valueWriter.writeSignedVarInt(degree);
            codec.write(valueWriter, row);
            return valueWriter.toByteArray();
        }
    }

    public JoinOperator(JoinNode node, IntFunction<StateTable> tables) {
        super("Join(" + node.kind().name().toLowerCase() + ")");
        this.node = node;
        this.kind = node.kind();
        boolean leftDegree = kind.padsLeft() || kind == JoinKind.SEMI || kind == JoinKind.ANTI;
        this.left = new Side(tables.apply(node.leftStateTableId()), node.leftKeys(), node.left().types(), leftDegree);
        this.right = new Side(tables.apply(node.rightStateTableId()), node.rightKeys(), node.right().types(),
                kind.padsRight());
        this.residual = node.residual();
        this.joined = new JoinedRow(left.width, right.width);
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        ChunkBuilder out = new ChunkBuilder(node.width(), chunk.size());
        boolean fromLeft = input == 0;
        Side mine = fromLeft ? left : right;
        Side other = fromLeft ? right : left;
        for (int i = 0; i < chunk.size(); i++) {
            Object[] row = chunk.row(i);
            int w = chunk.weight(i);
            byte[] joinKey = mine.joinKey(row);
            long degree = 0;
            if (joinKey != null) {
                degree = probe(row, w, joinKey, fromLeft, other, out);
                applyToOwnSide(mine, joinKey, row, w, degree);
            }
            emitUnmatched(row, w, degree, fromLeft, out);
        }
        emit(out.build());
    }

    /**
     * Joins {@code w} copies of {@code row} with the matching rows of {@code other}; updates
     * their degrees and the outer/semi/anti rows that depend on them. Returns the row's degree.
     */
    private long probe(Object[] row, int w, byte[] joinKey, boolean fromLeft, Side other, ChunkBuilder out) {
        long degree = 0;
        List<byte[]> updatedKeys = new ArrayList<>();
        List<byte[]> updatedValues = new ArrayList<>();
        try (StateIterator it = other.table.scanPrefix(joinKey)) {
            while (it.next()) {
                ByteReader r = new ByteReader(it.value());
                long count = r.readVarInt();
                long otherDegree = r.readSignedVarInt();
                Object[] otherRow = other.codec.read(r);
                Object[] l = fromLeft ? row : otherRow;
                Object[] rr = fromLeft ? otherRow : row;
                if (residual != null
                        && !Boolean.TRUE.equals(SafeEval.value(residual, joined.set(leftView.set(l), rightView.set(rr))))) {
                    continue;
                }
                degree += count;
                if (kind.projectsRight()) {
                    out.add(concat(l, rr), (int) (count * w));
                }
                if (other.tracksDegree) {
                    long newDegree = otherDegree + w;
                    transition(otherRow, count, otherDegree, newDegree, !fromLeft, out);
                    updatedKeys.add(it.key());
                    updatedValues.add(other.entryValue(count, newDegree, otherRow));
                }
            }
        }
        for (int k = 0; k < updatedKeys.size(); k++) {
            other.table.put(updatedKeys.get(k), updatedValues.get(k));
        }
        return degree;
    }

    /**
     * Output changes when a stored row's degree moves between zero and positive: its padded
     * row (outer joins) or the row itself (semi/anti joins, left side only).
     */
    private void transition(Object[] row, long copies, long before, long after, boolean isLeft, ChunkBuilder out) {
        boolean wasMatched = before > 0;
        boolean isMatched = after > 0;
        if (wasMatched == isMatched) {
            return;
        }
        int sign = isMatched ? 1 : -1;
        if (isLeft) {
            if (kind.padsLeft()) {
                out.add(concat(row, null), (int) (-sign * copies));
            } else if (kind == JoinKind.SEMI) {
                out.add(row, (int) (sign * copies));
            } else if (kind == JoinKind.ANTI) {
                out.add(row, (int) (-sign * copies));
            }
        } else if (kind.padsRight()) {
            out.add(concat(null, row), (int) (-sign * copies));
        }
    }

    /** Changes the count of {@code row} in its own side's state by {@code w}. */
    private void applyToOwnSide(Side mine, byte[] joinKey, Object[] row, int w, long degree) {
        byte[] key = mine.entryKey(joinKey, row);
        byte[] stored = mine.table.get(key);
        long count = stored == null ? 0 : new ByteReader(stored).readVarInt();
        long after = count + w;
        if (after <= 0) {
            mine.table.delete(key);
        } else {
            mine.table.put(key, mine.entryValue(after, degree, row));
        }
    }

    /** Output for {@code w} copies of a new or deleted row with {@code degree} matches. */
    private void emitUnmatched(Object[] row, int w, long degree, boolean fromLeft, ChunkBuilder out) {
        if (degree != 0) {
            if (fromLeft && kind == JoinKind.SEMI) {
                out.add(row, w);
            }
            return;
        }
        if (fromLeft) {
            if (kind.padsLeft()) {
                out.add(concat(row, null), w);
            } else if (kind == JoinKind.ANTI) {
                out.add(row, w);
            }
        } else if (kind.padsRight()) {
            out.add(concat(null, row), w);
        }
    }

    private Object[] concat(Object[] l, Object[] r) {
        Object[] row = new Object[left.width + right.width];
        if (l != null) {
            System.arraycopy(l, 0, row, 0, left.width);
        }
        if (r != null) {
            System.arraycopy(r, 0, row, left.width, right.width);
        }
        return row;
    }

    @Override
    public List<StateTable> stateTables() {
        return List.of(left.table, right.table);
    }
}
