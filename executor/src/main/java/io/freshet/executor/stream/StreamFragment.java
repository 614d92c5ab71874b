package io.freshet.executor.stream;

import java.util.List;

/**
 * The operators of one view's dataflow: all of them in topological order (inputs before
 * consumers), the entry points that read stored relations, and the root whose output is the
 * view's changes.
 */
public final class StreamFragment {
    private final List<StreamOperator> operators;
    private final List<RelationInputOperator> inputs;
    private final StreamOperator root;

    public StreamFragment(List<StreamOperator> operators, List<RelationInputOperator> inputs, StreamOperator root) {
        this.operators = List.copyOf(operators);
        this.inputs = List.copyOf(inputs);
        this.root = root;
    }

    public List<StreamOperator> operators() {
        return operators;
    }

    public List<RelationInputOperator> inputs() {
        return inputs;
    }

    public StreamOperator root() {
        return root;
    }
}
