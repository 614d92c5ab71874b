/**
 * PostgreSQL's identity and encodings of Freshet's data types on the wire: type OIDs, type
 * lengths and modifiers ({@link io.freshet.server.pgwire.types.PgType}), the text format
 * ({@link io.freshet.server.pgwire.types.TextValueCodec}, through the executor's
 * {@code ValueText}) and the binary format
 * ({@link io.freshet.server.pgwire.types.BinaryValueCodec}), byte for byte what PostgreSQL 15's
 * {@code typsend}/{@code typreceive} functions produce and accept.
 */
package io.freshet.server.pgwire.types;
