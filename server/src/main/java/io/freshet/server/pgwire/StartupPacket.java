package io.freshet.server.pgwire;

import java.util.Map;

/**
 * A packet of the startup phase, which has no type byte: {@code int32 length, int32 code,
 * body}. The code tells the kind; {@link PgDecoder} turns each into one of these records.
 */
sealed interface StartupPacket {

    /** {@code SSLRequest} (code 80877103): the client asks for TLS; Freshet answers {@code 'N'}. */
    record SslRequest() implements StartupPacket {
    }

    /** {@code GSSENCRequest} (code 80877104): the client asks for GSSAPI encryption; answered {@code 'N'}. */
    record GssEncRequest() implements StartupPacket {
    }

    /**
     * {@code CancelRequest} (code 80877102, body {@code int32 processId, int32 secretKey}), sent
     * on a new connection to cancel the statement running in another; the server closes this
     * connection after passing it on, without an answer.
     */
    record CancelRequest(int processId, int secretKey) implements StartupPacket {
    }

    /**
     * {@code StartupMessage} (code {@code 3 << 16 | minor}, body: pairs of NUL-terminated name
     * and value, then a NUL).
     *
     * @param minorVersion the protocol's minor version (0 for 3.0; later ones are answered with
     *     NegotiateProtocolVersion)
     * @param parameters the name/value pairs in the order sent
     */
    record StartupMessage(int minorVersion, Map<String, String> parameters) implements StartupPacket {
    }
}
