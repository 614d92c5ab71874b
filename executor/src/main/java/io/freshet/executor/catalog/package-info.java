/**
 * The catalog: definitions of tables and views, persisted as JSON through the storage
 * module's catalog store and held in memory as an immutable
 * {@link io.freshet.executor.catalog.CatalogSnapshot} that sessions read while the runtime
 * replaces it after each committed DDL statement.
 */
package io.freshet.executor.catalog;
