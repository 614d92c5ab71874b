package io.freshet.executor.expr.function;

import io.freshet.executor.type.DataType;
import java.util.List;

/** Makes a {@link ScalarImpl} for the concrete argument and result types of one call. */
@FunctionalInterface
public interface ImplFactory {
    ScalarImpl create(List<DataType> argTypes, DataType returnType);
}
