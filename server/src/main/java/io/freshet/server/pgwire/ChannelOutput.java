package io.freshet.server.pgwire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;

/**
 * The outgoing side of one connection as the worker thread sees it: backend messages are
 * written into a batch buffer that goes to the socket when it is full or flushed, and the
 * writer waits while the channel is not writable, so a client that reads slowly slows the
 * statement down instead of making the server buffer its whole result.
 *
 * <p>Used by one thread at a time. {@link #awaitWritable()} blocks, so it does nothing on the
 * channel's event loop (where only single messages are written, never streams).
 */
final class ChannelOutput {
    /** A batch this large is sent without waiting for a flush. */
    static final int BATCH_BYTES = 32 * 1024;
    private static final long WRITABILITY_POLL_MILLIS = 100;

    private final Channel channel;
    private final Object writability = new Object();
    private ByteBuf batch;
    private ChannelFuture lastWrite;

    ChannelOutput(Channel channel) {
        this.channel = channel;
    }

    /** The buffer to append the next message to. */
    ByteBuf buffer() {
        if (batch == null) {
            batch = channel.alloc().buffer(1024);
        }
        return batch;
    }

    /**
     * Called after each message: sends the batch once it is large, then waits until the
     * channel is writable again.
     *
     * @throws ClientDisconnectedException if the connection has closed
     */
    void messageWritten() {
        if (batch != null && batch.readableBytes() >= BATCH_BYTES) {
            flush();
            awaitWritable();
        }
    }

    /** Sends what has been written so far to the client, without waiting. */
    void flush() {
        ByteBuf toSend = batch;
        batch = null;
        if (toSend == null) {
            return;
        }
        if (!toSend.isReadable() || !channel.isActive()) {
            toSend.release();
            return;
        }
        lastWrite = channel.writeAndFlush(toSend);
    }

    /** Sends what has been written so far, then closes the connection once all of it is sent. */
    void flushAndClose() {
        flush();
        if (lastWrite != null) {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    /**
     * Blocks until the channel accepts more output.
     *
     * @throws ClientDisconnectedException if the connection closes meanwhile
     */
    void awaitWritable() {
        if (channel.eventLoop().inEventLoop()) {
            return;
        }
        while (!channel.isWritable()) {
            if (!channel.isActive()) {
                throw new ClientDisconnectedException();
            }
            synchronized (writability) {
                try {
                    writability.wait(WRITABILITY_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClientDisconnectedException();
                }
            }
        }
    }

    /** Wakes a writer waiting in {@link #awaitWritable()}; called by the event loop when writability changes or the channel closes. */
    void writabilityChanged() {
        synchronized (writability) {
            writability.notifyAll();
        }
    }

    /** Drops what was not sent (the connection is gone). */
    void discard() {
        if (batch != null) {
            batch.release();
            batch = null;
        }
    }

    /** The channel this output writes to. */
    Channel channel() {
        return channel;
    }
}
