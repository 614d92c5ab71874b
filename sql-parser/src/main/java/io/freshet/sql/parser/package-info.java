/**
 * Freshet's SQL parser: Calcite's parser extended, through Calcite's FMPP and JavaCC
 * templates, with PostgreSQL's syntax and Freshet's streaming DDL.
 *
 * <p>{@link io.freshet.sql.parser.FreshetSqlParser} is the entry point: it parses
 * statements into Calcite {@link org.apache.calcite.sql.SqlNode} trees, reports errors as
 * {@link io.freshet.sql.parser.FreshetParseException} with PostgreSQL's wording and
 * positions, and exposes the parser configuration
 * ({@link io.freshet.sql.parser.FreshetSqlParser#config()}, with
 * {@link io.freshet.sql.parser.FreshetSqlConformance}) for the planner. The grammar
 * additions are in {@code src/main/codegen}; the parse trees they build are in the
 * {@code ddl}, {@code command} and {@code expr} subpackages.
 */
package io.freshet.sql.parser;
