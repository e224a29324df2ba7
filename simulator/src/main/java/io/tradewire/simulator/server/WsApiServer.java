package io.tradewire.simulator.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The Netty server of the simulator: HTTP codec, aggregation, the WebSocket upgrade at
 * {@value #WS_API_PATH} and the WS API frame handler. Simulator internal: public only so the root
 * package can start and stop it.
 */
public final class WsApiServer implements AutoCloseable {
    /** Path of the Spot WebSocket API. */
    public static final String WS_API_PATH = "/ws-api/v3";
    /** Largest accepted request message; Binance requests are a few hundred bytes. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    private static final int MAX_HTTP_BYTES = 64 * 1024;

    private final WsApi api;
    private final ConnectionRules rules;
    /** The REST {@code /api/v3} surface over the same method table. */
    private final RestApi rest;
    private EventLoopGroup group;
    private Channel serverChannel;
    private int port = -1;

    /**
     * Creates a server for the given dispatcher; nothing is bound until {@link #start(String, int)}.
     *
     * @param api the request dispatcher
     */
    public WsApiServer(WsApi api) {
        this(api, ConnectionRules.BINANCE);
    }

    /**
     * Creates a server with the given connection rules (server ping, pong timeout, lifetime).
     *
     * @param api   the request dispatcher; its {@link WsApi#faults()} plan is applied to connections too
     * @param rules the connection rules
     */
    public WsApiServer(WsApi api, ConnectionRules rules) {
        this.api = Objects.requireNonNull(api, "api");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.rest = new RestApi(api);
    }

    /**
     * Binds and starts serving.
     *
     * @param host address to bind, e.g. 127.0.0.1
     * @param port port, 0 for a free one
     * @return the bound port
     * @throws InterruptedException if interrupted while binding
     */
    public synchronized int start(String host, int port) throws InterruptedException {
        if (serverChannel != null) {
            throw new IllegalStateException("already started");
        }
        // Native epoll where available: per request it saves the JDK selector's bookkeeping and the NIO read/write
        // wrappers (the same three system calls either way: epoll_wait, read, write). NIO elsewhere.
        boolean epoll = Epoll.isAvailable();
        group = new MultiThreadIoEventLoopGroup(2, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Class<? extends ServerChannel> channelClass = epoll ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        try {
            ServerBootstrap b = new ServerBootstrap()
                    .group(group)
                    .channel(channelClass)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ChannelPipeline p = ch.pipeline();
                            p.addLast("http", new HttpServerCodec());
                            p.addLast("aggregator", new HttpObjectAggregator(MAX_HTTP_BYTES));
                            p.addLast("streamRouter", new StreamRouter(api.market.streams())); // /ws/, /stream
                            p.addLast("ws", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                    .websocketPath(WS_API_PATH)
                                    .checkStartsWith(true) // allow ?returnRateLimits=false
                                    .maxFramePayloadLength(MAX_MESSAGE_BYTES)
                                    .handleCloseFrames(true)
                                    .dropPongFrames(true)
                                    .build()));
                            ConnectionRulesHandler.install(p, "ws", rules, api.faults(), api.faults().clock());
                            p.addLast("wsAggregator", new WebSocketFrameAggregator(MAX_MESSAGE_BYTES));
                            p.addLast("wsApi", new WsApiFrameHandler(api));
                            p.addLast("rest", new RestHandler(rest)); // /api/...
                            p.addLast("faultControl", new FaultControlHandler(api.faults().handle()));
                            p.addLast("notFound", new HttpFallbackHandler());
                        }
                    });
            serverChannel = b.bind(host, port).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            group = null;
            throw e;
        }
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        return this.port;
    }

    /**
     * The bound port.
     *
     * @return the port, or -1 before {@link #start(String, int)}
     */
    public int port() {
        return port;
    }

    /** Closes the listening socket and every connection, and waits for the event loops to end. */
    @Override
    public synchronized void close() {
        if (group == null) {
            return;
        }
        try {
            if (serverChannel != null) {
                serverChannel.close().syncUninterruptibly();
            }
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
            serverChannel = null;
        }
    }
}
