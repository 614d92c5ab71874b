package io.freshet.executor.state;

import io.freshet.executor.codec.ByteReader;
import io.freshet.executor.codec.ByteWriter;
import io.freshet.executor.codec.KeyCodec;
import io.freshet.executor.codec.RowCodec;
import io.freshet.executor.type.DataType;
import io.freshet.storage.keys.KeyReader;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * How a stored relation (table or materialized view) keeps its rows in its state table:
 * <ul>
 *   <li>{@link Kind#KEYED}: key = the unique key columns, value = the row;</li>
 *   <li>{@link Kind#ROW_ID}: key = a hidden BIGINT row id (tables without a primary key),
 *       value = the row;</li>
 *   <li>{@link Kind#COUNTED}: key = the whole row, value = a count of copies and the row
 *       (views whose rows have no known unique key).</li>
 * </ul>
 * Not thread-safe (it reuses buffers); each user makes its own.
 */
public final class RelationLayout {
    /** Storage scheme of a relation. */
    public enum Kind {
        KEYED,
        ROW_ID,
        COUNTED
    }

    private final Kind kind;
    private final List<DataType> types;
    private final List<Integer> keyColumns;
    private final RowCodec rowCodec;
    private final KeyWriter keyWriter = new KeyWriter();
    private final ByteWriter valueWriter = new ByteWriter(128);

    private RelationLayout(Kind kind, List<DataType> types, List<Integer> keyColumns) {
        this.kind = kind;
        this.types = List.copyOf(types);
        this.keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
        this.rowCodec = new RowCodec(types);
    }

    public static RelationLayout keyed(List<DataType> types, List<Integer> keyColumns) {
        return new RelationLayout(Kind.KEYED, types, keyColumns);
    }

    public static RelationLayout rowId(List<DataType> types) {
        return new RelationLayout(Kind.ROW_ID, types, null);
    }

    public static RelationLayout counted(List<DataType> types) {
        return new RelationLayout(Kind.COUNTED, types, null);
    }

    /** Keyed by {@code keyColumns} if non-null, else counted. */
    public static RelationLayout forKey(List<DataType> types, List<Integer> keyColumns) {
        return keyColumns == null ? counted(types) : keyed(types, keyColumns);
    }

    public Kind kind() {
        return kind;
    }

    public List<DataType> types() {
        return types;
    }

    public List<Integer> keyColumns() {
        return keyColumns;
    }

    /** Storage key of a row: its key columns (KEYED) or all its fields (COUNTED). */
    public byte[] keyOf(Object[] row) {
        if (kind == Kind.KEYED) {
            return KeyCodec.encode(keyWriter, row, keyColumns, types);
        }
        if (kind == Kind.COUNTED) {
            return KeyCodec.encodeAll(keyWriter, row, types);
        }
        throw new IllegalStateException("a row-id relation's key is its row id");
    }

    /** Storage key for key-column values given on their own (a point lookup). */
    public byte[] keyOfValues(Object[] keyValues) {
        keyWriter.reset();
        for (int i = 0; i < keyValues.length; i++) {
            KeyCodec.write(keyWriter, keyValues[i], types.get(keyColumns.get(i)), SortOrder.ASC);
        }
        return keyWriter.toByteArray();
    }

    /** Storage key of a row id. */
    public byte[] keyOfRowId(long rowId) {
        keyWriter.reset();
        keyWriter.writeLong(rowId, SortOrder.ASC);
        return keyWriter.toByteArray();
    }

    /** Row id from a ROW_ID relation's storage key. */
    public long rowIdOf(byte[] key) {
        return new KeyReader(key).readLong(SortOrder.ASC);
    }

    /** Stored value of a row in a KEYED or ROW_ID relation. */
    public byte[] valueOf(Object[] row) {
        return rowCodec.encode(row);
    }

    /** Stored value of a COUNTED relation's row with its count. */
    public byte[] countedValueOf(long count, Object[] row) {
        valueWriter.reset();
        valueWriter.writeVarInt(count);
        rowCodec.write(valueWriter, row);
        return valueWriter.toByteArray();
    }

    /** The row in a stored value. */
    public Object[] rowOf(byte[] value) {
        if (kind != Kind.COUNTED) {
            return rowCodec.decode(value);
        }
        ByteReader r = new ByteReader(value);
        r.readVarInt();
        return rowCodec.read(r);
    }

    /** The number of copies a stored value stands for (1 unless COUNTED). */
    public long countOf(byte[] value) {
        if (kind != Kind.COUNTED) {
            return 1;
        }
        return new ByteReader(value).readVarInt();
    }

    /** Rows a stored entry stands for, one array per copy. */
    public List<Object[]> expand(byte[] value) {
        long n = countOf(value);
        Object[] row = rowOf(value);
        if (n == 1) {
            return java.util.Collections.singletonList(row);
        }
        List<Object[]> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(i == 0 ? row : row.clone());
        }
        return out;
    }
}
