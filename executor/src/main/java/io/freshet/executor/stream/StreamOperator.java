package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.storage.StateTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator of a dataflow: receives chunks of changes on numbered inputs and emits chunks of
 * changes to the operators connected to its output. Runs on the runtime's thread only.
 */
public abstract class StreamOperator {
    private final String name;
    private final List<StreamOperator> consumers = new ArrayList<>();
    private final List<Integer> consumerInputs = new ArrayList<>();

    protected StreamOperator(String name) {
        this.name = name;
    }

    /** Short description for logs and EXPLAIN-like dumps. */
    public String name() {
        return name;
    }

    /** Sends this operator's output to input {@code inputIndex} of {@code consumer}. */
    public final void connect(StreamOperator consumer, int inputIndex) {
        consumers.add(consumer);
        consumerInputs.add(inputIndex);
    }

    /** Stops sending output to {@code consumer}. */
    public final void disconnect(StreamOperator consumer) {
        for (int i = consumers.size() - 1; i >= 0; i--) {
            if (consumers.get(i) == consumer) {
                consumers.remove(i);
                consumerInputs.remove(i);
            }
        }
    }

    public final boolean hasConsumers() {
        return !consumers.isEmpty();
    }

    /** Passes a chunk of output changes to every consumer. Empty chunks are dropped. */
    protected final void emit(Chunk chunk) {
        if (chunk == null || chunk.isEmpty()) {
            return;
        }
        for (int i = 0; i < consumers.size(); i++) {
            consumers.get(i).onChunk(consumerInputs.get(i), chunk);
        }
    }

    /** Processes a chunk of changes arriving on input {@code input}. */
    public abstract void onChunk(int input, Chunk chunk);

    /**
     * End of the epoch's input: emit whatever was collected. Called once per epoch in
     * topological order.
     */
    public void onStepEnd() {
    }

    /**
     * The view this operator belongs to is being created: an operator whose output does not
     * depend on any input (VALUES) emits it now, once.
     */
    public void onBackfill() {
    }

    /** State tables this operator writes, for the epoch commit. */
    public List<StateTable> stateTables() {
        return List.of();
    }

    @Override
    public String toString() {
        return name;
    }
}
