package io.freshet.server.pgwire;

import io.freshet.executor.error.SqlState;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event-loop side of one client connection: takes what {@link PgDecoder} framed, answers
 * the requests that need no session (SSL and GSS encryption are refused with {@code 'N'},
 * cancel requests are passed to the {@link SessionFactory}), and queues everything else for
 * the connection's {@link PgProtocolHandler} on a worker thread. It never blocks: it stops
 * reading from a client whose queue of unprocessed messages grows long and resumes when the
 * worker catches up, and it ends only its own connection when the client breaks the framing.
 */
final class PgConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(PgConnectionHandler.class);
    /** Queued messages at which reading from the client pauses. */
    static final int MAX_QUEUED_FRAMES = 256;

    private final SessionFactory sessionFactory;
    private final Executor workers;
    private final boolean overConnectionLimit;
    private final AtomicInteger queuedFrames = new AtomicInteger();
    private ConnectionWorkQueue work;
    private ChannelOutput output;
    private PgProtocolHandler protocol;
    private ChannelHandlerContext context;

    /**
     * @param overConnectionLimit whether the connection is one too many: it gets "too many
     *     clients" in answer to its StartupMessage
     */
    PgConnectionHandler(SessionFactory sessionFactory, Executor workers, boolean overConnectionLimit) {
        this.sessionFactory = sessionFactory;
        this.workers = workers;
        this.overConnectionLimit = overConnectionLimit;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
        work = new ConnectionWorkQueue(workers);
        output = new ChannelOutput(ctx.channel());
        protocol = new PgProtocolHandler(sessionFactory, output);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FrontendFrame) {
            enqueueFrame(ctx.channel(), (FrontendFrame) msg);
        } else if (msg instanceof StartupPacket.StartupMessage) {
            StartupPacket.StartupMessage startup = (StartupPacket.StartupMessage) msg;
            work.execute(() -> protocol.handleStartup(startup, overConnectionLimit));
        } else if (msg instanceof StartupPacket.SslRequest || msg instanceof StartupPacket.GssEncRequest) {
            ctx.writeAndFlush(ctx.alloc().buffer(1).writeByte('N'));
        } else if (msg instanceof StartupPacket.CancelRequest) {
            StartupPacket.CancelRequest cancel = (StartupPacket.CancelRequest) msg;
            Channel channel = ctx.channel();
            work.execute(() -> {
                try {
                    sessionFactory.cancel(cancel.processId(), cancel.secretKey());
                } finally {
                    channel.close();
                }
            });
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void enqueueFrame(Channel channel, FrontendFrame frame) {
        if (queuedFrames.incrementAndGet() >= MAX_QUEUED_FRAMES) {
            channel.config().setAutoRead(false);
        }
        work.execute(() -> {
            try {
                protocol.handleFrame(frame);
            } finally {
                frame.release();
                if (queuedFrames.decrementAndGet() == 0 && !channel.config().isAutoRead()) {
                    channel.config().setAutoRead(true);
                }
            }
        });
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        output.writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        output.writabilityChanged();
        work.execute(protocol::connectionClosed);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof ProtocolViolationException) {
            LOG.debug("Closing connection {}: {}", ctx.channel().remoteAddress(), root.getMessage());
            sendFatalAndClose(ctx, PgError.of(root, PgError.FATAL));
        } else if (root instanceof IOException) {
            LOG.debug("Connection {} failed: {}", ctx.channel().remoteAddress(), root.toString());
            ctx.close();
        } else {
            LOG.warn("Closing connection {} after an unexpected error", ctx.channel().remoteAddress(), root);
            sendFatalAndClose(ctx, PgError.of(root, PgError.FATAL));
        }
    }

    /**
     * Ends the connection because the server stops: cancels its running statement, then tells
     * the client (57P01) and closes. Called from any thread.
     */
    void shutdown() {
        protocol.cancelRunningStatement();
        context.executor().execute(() -> sendFatalAndClose(context,
                PgError.fatal(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command")));
    }

    /** Writes a FATAL ErrorResponse and closes the connection once it is sent. */
    static void sendFatalAndClose(ChannelHandlerContext ctx, PgError error) {
        if (!ctx.channel().isActive()) {
            return;
        }
        ChannelOutput direct = new ChannelOutput(ctx.channel());
        new BackendMessages(direct).sendErrorResponse(error);
        direct.flushAndClose();
    }
}
