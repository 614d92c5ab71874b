/**
 * Parse trees for Freshet's DDL: CREATE TABLE, CREATE SOURCE, CREATE MATERIALIZED VIEW,
 * CREATE VIEW, CREATE SINK and DROP, with their parts (column declarations, watermarks,
 * INCLUDE clauses, {@code WITH (...)} options, FORMAT ... ENCODE).
 *
 * <p>Each node has getters for the planner and unparses to SQL that parses back to an
 * equal tree ({@link io.freshet.sql.parser.FreshetSqlParser#unparse}).
 */
package io.freshet.sql.parser.ddl;
