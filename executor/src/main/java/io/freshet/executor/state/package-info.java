/** Helpers for operators that keep state in the storage module's state tables. */
package io.freshet.executor.state;
