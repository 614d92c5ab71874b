package io.freshet.server.pgwire;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.server.pgwire.types.PgType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A prepared statement of the extended protocol as the connection keeps it: the engine's
 * {@link PreparedQuery} and the parameter types that Bind decodes with (the client's declared
 * type where it gave one, since it encodes values in that type; the engine's otherwise).
 */
final class ParsedStatement {
    private final String name;
    private final PreparedQuery query;
    private final List<DataType> parameterTypes;
    private final List<Integer> parameterTypeOids;

    ParsedStatement(String name, PreparedQuery query, int[] declaredOids, List<DataType> declaredTypes) {
        this.name = name;
        this.query = query;
        List<DataType> resolved = query.parameterTypes();
        int count = Math.max(declaredTypes.size(), resolved.size());
        List<DataType> types = new ArrayList<>(count);
        List<Integer> oids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DataType declared = i < declaredTypes.size() ? declaredTypes.get(i) : null;
            DataType type = declared != null ? declared : i < resolved.size() ? resolved.get(i) : null;
            types.add(type);
            if (declared != null) {
                oids.add(declaredOids[i]);
            } else if (type == null || type.kind() == TypeKind.NULL) {
                // Undetermined: the value arrives as text, so tell the client it is text.
                oids.add(PgType.TEXT.oid());
            } else {
                oids.add(PgType.oidOf(type));
            }
        }
        this.parameterTypes = Collections.unmodifiableList(types);
        this.parameterTypeOids = Collections.unmodifiableList(oids);
    }

    String name() {
        return name;
    }

    PreparedQuery query() {
        return query;
    }

    /** Types Bind decodes the parameters with; {@code null} for unknown (text). */
    List<DataType> parameterTypes() {
        return parameterTypes;
    }

    /** OIDs for ParameterDescription. */
    List<Integer> parameterTypeOids() {
        return parameterTypeOids;
    }
}
