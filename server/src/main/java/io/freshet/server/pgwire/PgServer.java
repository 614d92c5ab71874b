package io.freshet.server.pgwire;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL wire protocol server: accepts client connections on a TCP port and serves
 * each with a {@link Session} from its {@link SessionFactory}.
 *
 * <p>Netty event loops (NIO) do only I/O and framing. Each connection's messages run in order
 * on a worker thread from a pool shared by all connections, so a slow statement holds up
 * nobody else; its rows stream to the socket with backpressure. A client that breaks the
 * protocol loses its own connection and nothing else.
 *
 * <pre>{@code
 * PgServer server = new PgServer(sessionFactory, PgServerConfig.defaults());
 * int port = server.start("127.0.0.1", 5433);   // 0 picks a free port
 * ...
 * server.stop();
 * }</pre>
 */
public final class PgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PgServer.class);
    private static final int LOW_WRITE_WATER_MARK = 64 * 1024;
    private static final int HIGH_WRITE_WATER_MARK = 256 * 1024;

    private final SessionFactory sessionFactory;
    private final PgServerConfig config;
    private final AtomicInteger openConnections = new AtomicInteger();
    private EventLoopGroup acceptGroup;
    private EventLoopGroup ioGroup;
    private ExecutorService workers;
    private ChannelGroup clients;
    private Channel serverChannel;

    /** A server with the {@link PgServerConfig#defaults() default settings}. */
    public PgServer(SessionFactory sessionFactory) {
        this(sessionFactory, PgServerConfig.defaults());
    }

    public PgServer(SessionFactory sessionFactory, PgServerConfig config) {
        this.sessionFactory = Objects.requireNonNull(sessionFactory, "sessionFactory");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Binds the port and starts accepting connections.
     *
     * @param host address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port TCP port, or 0 for any free one
     * @return the port bound
     * @throws IllegalStateException if the server is already started or the port cannot be bound
     */
    public synchronized int start(String host, int port) {
        if (serverChannel != null) {
            throw new IllegalStateException("already started on port " + port());
        }
        acceptGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("freshet-pgwire-accept", true),
                NioIoHandler.newFactory());
        ioGroup = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("freshet-pgwire-io", true),
                NioIoHandler.newFactory());
        workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new DefaultThreadFactory("freshet-pgwire-worker", true));
        clients = new DefaultChannelGroup("freshet-pgwire-clients", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptGroup, ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(LOW_WRITE_WATER_MARK, HIGH_WRITE_WATER_MARK))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        int open = openConnections.incrementAndGet();
                        channel.closeFuture().addListener(f -> openConnections.decrementAndGet());
                        clients.add(channel);
                        channel.pipeline()
                                .addLast("pg-decoder", new PgDecoder(config.maxMessageSize()))
                                .addLast("pg-connection", new PgConnectionHandler(sessionFactory, workers,
                                        open > config.maxConnections()));
                    }
                });
        try {
            serverChannel = bootstrap.bind(host, port).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutdownThreads();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int bound = port();
        LOG.info("PostgreSQL wire protocol server listening on {}:{}", host, bound);
        return bound;
    }

    /** The port bound by {@link #start}, or -1 if not started. */
    public synchronized int port() {
        return serverChannel == null ? -1 : ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Client connections open right now, including ones being refused or cancelling. */
    public int openConnections() {
        return openConnections.get();
    }

    /**
     * Stops the server: stops accepting, cancels running statements, tells every client
     * "terminating connection due to administrator command" (57P01), closes the connections,
     * waits up to {@link PgServerConfig#shutdownTimeout()} for their sessions to close, and
     * stops all threads. Does nothing if the server is not running.
     */
    public synchronized void stop() {
        if (serverChannel == null) {
            return;
        }
        serverChannel.close().syncUninterruptibly();
        serverChannel = null;
        long timeoutMillis = config.shutdownTimeout().toMillis();
        for (Channel client : clients) {
            PgConnectionHandler handler = client.pipeline().get(PgConnectionHandler.class);
            if (handler != null) {
                handler.shutdown();
            } else {
                client.close();
            }
        }
        clients.newCloseFuture().awaitUninterruptibly(timeoutMillis);
        shutdownThreads();
        LOG.info("PostgreSQL wire protocol server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private void shutdownThreads() {
        long timeoutMillis = config.shutdownTimeout().toMillis();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
                LOG.warn("Sessions did not close within {} ms; interrupting them", timeoutMillis);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        acceptGroup.shutdownGracefully(0, timeoutMillis, TimeUnit.MILLISECONDS).syncUninterruptibly();
        ioGroup.shutdownGracefully(0, timeoutMillis, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
