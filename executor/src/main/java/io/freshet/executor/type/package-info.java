/**
 * SQL data types as the executor sees them, and the Java representation of each type's values.
 *
 * <p>Values are plain Java objects chosen per {@link io.freshet.executor.type.TypeKind}; see
 * {@link io.freshet.executor.type.TypeKind} for the mapping. {@code null} is SQL NULL for
 * every type.
 */
package io.freshet.executor.type;
