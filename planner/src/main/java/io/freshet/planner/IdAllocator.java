package io.freshet.planner;

/** Hands out fresh catalog object ids and state table ids (the runtime's, durable). */
public interface IdAllocator {
    long objectId();

    int stateTableId();
}
