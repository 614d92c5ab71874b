package io.freshet.server.pgwire;

import io.freshet.executor.type.DataType;
import java.util.Objects;

/**
 * Description of one result column, as RowDescription sends it: the column's name and type,
 * and, for a column taken straight from a table, the table's OID and the column's number in it
 * (0 when not from a table; clients use them only for metadata such as
 * {@code ResultSetMetaData.getTableName}).
 *
 * @param name column label shown to the client ({@code ?column?} when the query gave none)
 * @param type the column's type; its modifiers become the type modifier (varchar length,
 *     numeric precision and scale)
 * @param tableOid OID of the source table, or 0
 * @param columnNumber 1-based attribute number in the source table, or 0
 */
public record ResultColumn(String name, DataType type, int tableOid, short columnNumber) {

    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A computed column (not from a table). */
    public static ResultColumn of(String name, DataType type) {
        return new ResultColumn(name, type, 0, (short) 0);
    }
}
