package io.freshet.executor.codec;

import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * Encodes rows of a fixed schema as a null bitmap followed by each non-null field's
 * {@link ValueCodec} encoding. Thread-confined: it reuses a buffer.
 */
public final class RowCodec {
    private final DataType[] types;
    private final ByteWriter writer = new ByteWriter(128);

    public RowCodec(List<DataType> types) {
        this.types = types.toArray(new DataType[0]);
    }

    public RowCodec(DataType[] types) {
        this.types = types.clone();
    }

    public int width() {
        return types.length;
    }

    /** Encodes a row given as an array. */
    public byte[] encode(Object[] row) {
        writer.reset();
        write(writer, row);
        return writer.toByteArray();
    }

    /** Encodes a row view's first {@link #width()} fields. */
    public byte[] encode(RowView row) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return encode(values);
    }

    /** Appends the encoding of {@code row} to {@code w}. */
    public void write(ByteWriter w, Object[] row) {
        ValueCodec.writeNullBitmap(w, row);
        for (int i = 0; i < types.length; i++) {
            if (row[i] != null) {
                ValueCodec.write(w, types[i], row[i]);
            }
        }
    }

    /** Decodes a whole encoded row. */
    public Object[] decode(byte[] bytes) {
        return read(new ByteReader(bytes));
    }

    /** Reads one row from {@code r}. */
    public Object[] read(ByteReader r) {
        boolean[] present = ValueCodec.readNullBitmap(r, types.length);
        Object[] row = new Object[types.length];
        for (int i = 0; i < row.length; i++) {
            if (present[i]) {
                row[i] = ValueCodec.read(r, types[i]);
            }
        }
        return row;
    }
}
