package io.tradewire.client.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;

import javax.net.ssl.SSLException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens WebSocket connections: TCP, then TLS for {@code wss://} (certificate and host name verified against the
 * JDK trust store; there is deliberately no way to turn verification off), then the WebSocket handshake.
 */
public final class WebSocketConnector {
    private final EventLoops loops;
    private final int maxFrameBytes;
    private final Duration connectTimeout;
    private final SslContext sslContext;
    private final long pingIntervalMs;
    private final long deadAfterMs;

    /**
     * @param loops          the I/O threads
     * @param maxFrameBytes  the largest frame accepted (exchangeInfo for all symbols is several MB)
     * @param connectTimeout how long TCP connect plus handshakes may take
     */
    public WebSocketConnector(EventLoops loops, int maxFrameBytes, Duration connectTimeout) {
        this(loops, maxFrameBytes, connectTimeout, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param loops          the I/O threads
     * @param maxFrameBytes  the largest frame accepted (exchangeInfo for all symbols is several MB)
     * @param connectTimeout how long TCP connect plus handshakes may take
     * @param pingInterval   send a ping after this long without writing anything (zero: never)
     * @param deadAfter      close the connection after this long without receiving anything, pongs and the
     *                       venue's pings included (zero: never)
     */
    public WebSocketConnector(EventLoops loops, int maxFrameBytes, Duration connectTimeout, Duration pingInterval,
                              Duration deadAfter) {
        this.loops = loops;
        this.maxFrameBytes = maxFrameBytes;
        this.connectTimeout = connectTimeout;
        this.pingIntervalMs = pingInterval.toMillis();
        this.deadAfterMs = deadAfter.toMillis();
        try {
            this.sslContext = SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot initialise TLS", e);
        }
    }

    /**
     * Connects and completes once the WebSocket handshake is done.
     *
     * @param uri  {@code ws://} or {@code wss://} URL
     * @param sink receives frames and the close
     * @return the open channel
     */
    public CompletableFuture<Channel> connect(URI uri, FrameSink sink) {
        boolean secure = "wss".equalsIgnoreCase(uri.getScheme());
        String host = uri.getHost();
        int port = uri.getPort() != -1 ? uri.getPort() : (secure ? 443 : 80);
        CompletableFuture<Channel> opened = new CompletableFuture<>();
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .version(WebSocketVersion.V13)
                .customHeaders(new DefaultHttpHeaders())
                .maxFramePayloadLength(maxFrameBytes)
                .handshakeTimeoutMillis(connectTimeout.toMillis())
                .dropPongFrames(true)
                .handleCloseFrames(true)
                .build();
        Bootstrap bootstrap = new Bootstrap()
                .group(loops.group())
                .channel(loops.channelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ChannelPipeline p = ch.pipeline();
                        // Many requests written in one burst leave in one send(2) instead of one each; a lone
                        // request is flushed at once (consolidation applies only while a read is in progress).
                        p.addLast(new FlushConsolidationHandler(256, false));
                        if (pingIntervalMs > 0 || deadAfterMs > 0) {
                            // First in the pipeline: any byte received proves the peer alive, whatever it is.
                            p.addLast(new IdleStateHandler(deadAfterMs, pingIntervalMs, 0, TimeUnit.MILLISECONDS));
                        }
                        if (secure) {
                            p.addLast(sslContext.newHandler(ch.alloc(), host, port));
                        }
                        p.addLast(new HttpClientCodec());
                        p.addLast(new HttpObjectAggregator(64 * 1024));
                        p.addLast(new WebSocketClientProtocolHandler(config));
                        p.addLast(new FrameHandler(sink, opened));
                    }
                });
        ChannelFuture cf = bootstrap.connect(host, port);
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                opened.completeExceptionally(f.cause());
            }
        });
        return opened;
    }

    /** Delivers text frames; turns the handshake events into the open future; reports the close once. */
    private static final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final FrameSink sink;
        private final CompletableFuture<Channel> opened;
        private Throwable failure;

        FrameHandler(FrameSink sink, CompletableFuture<Channel> opened) {
            this.sink = sink;
            this.opened = opened;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent) {
                IdleState idle = ((IdleStateEvent) evt).state();
                if (idle == IdleState.WRITER_IDLE) {
                    if (opened.isDone() && !opened.isCompletedExceptionally()) { // frames only after the handshake
                        ctx.writeAndFlush(new PingWebSocketFrame());
                    }
                } else if (idle == IdleState.READER_IDLE) {
                    failure = new java.io.IOException("nothing received for too long: connection presumed dead");
                    ctx.close();
                }
                return;
            }
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                opened.complete(ctx.channel());
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                opened.completeExceptionally(new java.util.concurrent.TimeoutException("WebSocket handshake timed out"));
                ctx.close();
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame) {
                sink.onText(frame.content());
            }
            // Binary frames are not used by the JSON API; ping/pong/close are handled by the protocol handler.
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure = cause;
            opened.completeExceptionally(cause);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            opened.completeExceptionally(failure != null ? failure
                    : new java.io.IOException("connection closed before the WebSocket handshake completed"));
            sink.onClosed(failure);
            super.channelInactive(ctx);
        }
    }
}
