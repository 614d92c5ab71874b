package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import java.util.List;

/** Batch UNION ALL: the rows of each input in turn. */
final class UnionOperator implements BatchOperator {
    private final List<BatchOperator> inputs;
    private int current;

    UnionOperator(List<BatchOperator> inputs) {
        this.inputs = inputs;
    }

    @Override
    public Chunk next() {
        while (current < inputs.size()) {
            Chunk c = inputs.get(current).next();
            if (c != null) {
                return c;
            }
            current++;
        }
        return null;
    }

    @Override
    public void close() {
        for (BatchOperator in : inputs) {
            in.close();
        }
    }
}
