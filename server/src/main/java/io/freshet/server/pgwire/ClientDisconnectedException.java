package io.freshet.server.pgwire;

/**
 * The client's connection closed while the server was sending to it: thrown out of row
 * streaming (through the engine's portal) to stop the statement; never reported to anyone.
 */
final class ClientDisconnectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientDisconnectedException() {
        super("client connection closed", null, false, false);
    }
}
