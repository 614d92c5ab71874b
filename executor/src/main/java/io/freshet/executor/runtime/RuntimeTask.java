package io.freshet.executor.runtime;

/**
 * Work the runtime runs on its thread inside an epoch. It must check everything that can fail
 * before it changes state: a {@link io.freshet.executor.error.FreshetException} thrown then
 * fails only this task; any other exception aborts the epoch and the runtime rebuilds its
 * dataflow from the last committed state.
 */
@FunctionalInterface
interface RuntimeTask<T> {
    T run(StepContext step);
}
