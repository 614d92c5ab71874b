/**
 * The parser JavaCC generates from Calcite's Parser.jj template and Freshet's additions
 * ({@code FreshetSqlParserImpl}, its token manager and JavaCC's support classes). Use
 * {@link io.freshet.sql.parser.FreshetSqlParser} rather than these classes.
 */
package io.freshet.sql.parser.impl;
