package io.freshet.planner;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutor;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A RexBuilder that keeps casts of constants as casts instead of folding them with Calcite's
 * semantics (which would, for instance, round {@code 1.5::numeric} to an integer, Calcite's
 * DECIMAL defaulting to scale 0). {@link RexLowering} folds such casts with Freshet's own,
 * PostgreSQL-exact casts.
 */
final class NonFoldingRexBuilder extends RexBuilder {
    /** An executor that reduces nothing, so Calcite's simplifier cannot fold constants either. */
    static final RexExecutor NO_REDUCTION = (rexBuilder, constExps, reducedValues) -> reducedValues.addAll(constExps);

    NonFoldingRexBuilder(RelDataTypeFactory typeFactory) {
        super(typeFactory);
    }

    @Override
    public RexNode makeCast(SqlParserPos pos, RelDataType type, RexNode exp, boolean matchNullability, boolean safe,
            RexLiteral format) {
        if (exp instanceof RexLiteral && !((RexLiteral) exp).isNull() && !type.equals(exp.getType())) {
            return makeAbstractCast(pos, type, exp, safe, format);
        }
        return super.makeCast(pos, type, exp, matchNullability, safe, format);
    }

}
