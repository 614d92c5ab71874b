/**
 * {@link io.freshet.jdbc.FreshetDriver}: the {@code jdbc:freshet:} JDBC driver, a thin layer
 * over pgjdbc (Freshet speaks the PostgreSQL wire protocol).
 */
package io.freshet.jdbc;
