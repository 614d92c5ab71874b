/**
 * How PostgreSQL's expression syntax is represented in Calcite's parse trees: the
 * {@code ::} cast ({@link io.freshet.sql.parser.expr.DoubleColonCastOperator}, which builds
 * a standard CAST), interval text
 * ({@link io.freshet.sql.parser.expr.PostgresIntervalParser}), type names
 * ({@link io.freshet.sql.parser.expr.PostgresTypes},
 * {@link io.freshet.sql.parser.expr.SerialTypeNameSpec}) and SELECT DISTINCT ON
 * ({@link io.freshet.sql.parser.expr.DistinctOnQuantifier}).
 */
package io.freshet.sql.parser.expr;
