package io.freshet.planner;

import io.freshet.executor.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Parameter types of a statement: those the client declared (Parse message) are imposed by
 * wrapping the parameter in a CAST before validation; the rest are read from the validator
 * afterwards (text when nothing determines them).
 */
final class ParameterTypes {
    private ParameterTypes() {
    }

    /** {@code node} with every parameter of a declared type wrapped in a cast to it. */
    static SqlNode declare(SqlNode node, List<DataType> declared, RelDataTypeFactory f) {
        if (declared == null || declared.isEmpty()) {
            return node;
        }
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlDynamicParam param) {
                int i = param.getIndex();
                if (i < declared.size() && declared.get(i) != null) {
                    return cast(param, declared.get(i), f);
                }
                return param;
            }
        });
    }

    /** {@code CAST(e AS type)}. */
    static SqlNode cast(SqlNode e, DataType type, RelDataTypeFactory f) {
        SqlDataTypeSpec spec;
        if (type.kind() == io.freshet.executor.type.TypeKind.INTERVAL) {
            // Calcite cannot derive a type back from its own spec of an interval type; use the name
            spec = new SqlDataTypeSpec(new SqlUserDefinedTypeNameSpec("interval", SqlParserPos.ZERO), SqlParserPos.ZERO);
        } else {
            spec = SqlTypeUtil.convertTypeToSpec(TypeConverter.toRelType(type, f, true));
        }
        return SqlStdOperatorTable.CAST.createCall(e.getParserPosition(), e, spec);
    }

    /** Types of parameters 0..n-1 after validation (declared ones win). */
    static List<DataType> collect(SqlNode validated, SqlValidator validator, List<DataType> declared) {
        List<DataType> types = new ArrayList<>();
        validated.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                int i = param.getIndex();
                while (types.size() <= i) {
                    types.add(null);
                }
                if (types.get(i) == null) {
                    types.set(i, TypeConverter.toDataType(validator.getValidatedNodeType(param)));
                }
                return null;
            }

            @Override
            public Void visit(SqlCall call) {
                for (SqlNode operand : call.getOperandList()) {
                    if (operand != null) {
                        operand.accept(this);
                    }
                }
                return null;
            }
        });
        if (declared != null) {
            for (int i = 0; i < declared.size(); i++) {
                while (types.size() <= i) {
                    types.add(null);
                }
                if (declared.get(i) != null) {
                    types.set(i, declared.get(i));
                }
            }
        }
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null || types.get(i).kind() == io.freshet.executor.type.TypeKind.NULL) {
                types.set(i, DataType.TEXT);
            }
        }
        return types;
    }
}
