package io.tradewire.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw Netty WebSocket client for connection-rule tests: unlike the JDK client it can leave server pings
 * unanswered (or answer them wrongly) and it reports how and when the server closed the connection.
 */
final class RawWsClient implements AutoCloseable {
    /** How the client answers server pings. */
    enum PingMode { ECHO, IGNORE, EMPTY_PONG }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final PingMode mode;
    private final Channel channel;
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<ByteBuf> pongs = new LinkedBlockingQueue<>();
    final AtomicInteger pings = new AtomicInteger();
    final CompletableFuture<Integer> closeFrame = new CompletableFuture<>();
    final CompletableFuture<Long> closed = new CompletableFuture<>();
    final long openedNanos;

    private RawWsClient(URI uri, PingMode mode) throws Exception {
        this.mode = mode;
        WebSocketClientHandshaker hs = WebSocketClientHandshakerFactory.newHandshaker(uri, WebSocketVersion.V13, null,
                false, new DefaultHttpHeaders(), 65536);
        CompletableFuture<Void> handshake = new CompletableFuture<>();
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65536),
                                new SimpleChannelInboundHandler<Object>() {
                                    @Override
                                    public void channelActive(ChannelHandlerContext ctx) {
                                        hs.handshake(ctx.channel());
                                    }

                                    @Override
                                    public void channelInactive(ChannelHandlerContext ctx) {
                                        closed.complete(System.nanoTime());
                                        handshake.completeExceptionally(new IllegalStateException("closed"));
                                    }

                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
                                        if (!hs.isHandshakeComplete()) {
                                            hs.finishHandshake(ctx.channel(), (FullHttpResponse) msg);
                                            handshake.complete(null);
                                        } else if (msg instanceof TextWebSocketFrame) {
                                            texts.add(((TextWebSocketFrame) msg).text());
                                        } else if (msg instanceof PingWebSocketFrame) {
                                            pings.incrementAndGet();
                                            if (RawWsClient.this.mode == PingMode.ECHO) {
                                                ctx.writeAndFlush(new PongWebSocketFrame(
                                                        ((PingWebSocketFrame) msg).content().retain()));
                                            } else if (RawWsClient.this.mode == PingMode.EMPTY_PONG) {
                                                ctx.writeAndFlush(new PongWebSocketFrame());
                                            }
                                        } else if (msg instanceof PongWebSocketFrame) {
                                            pongs.add(Unpooled.copiedBuffer(((PongWebSocketFrame) msg).content()));
                                        } else if (msg instanceof CloseWebSocketFrame) {
                                            closeFrame.complete(((CloseWebSocketFrame) msg).statusCode());
                                        }
                                    }
                                });
                    }
                });
        this.channel = b.connect(uri.getHost(), uri.getPort()).sync().channel();
        handshake.get(5, TimeUnit.SECONDS);
        this.openedNanos = System.nanoTime();
    }

    static RawWsClient connect(URI uri, PingMode mode) {
        try {
            return new RawWsClient(uri, mode);
        } catch (Exception e) {
            throw new AssertionError("cannot connect to " + uri, e);
        }
    }

    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
    }

    void ping(byte[] payload) {
        channel.writeAndFlush(new PingWebSocketFrame(Unpooled.wrappedBuffer(payload))).syncUninterruptibly();
    }

    /** The next text frame within 5 s. */
    String next() {
        try {
            String s = texts.poll(5, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no text frame within 5 s");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    JsonNode exchange(String json) {
        send(json);
        return WsTestClient.parse(next());
    }

    /** Open until the close was handled: {@link #openMillis()} is known as soon as this says false. */
    boolean isOpen() {
        return !closed.isDone(); // not channel.isActive(): it turns false before channelInactive records the time
    }

    /** Milliseconds from the handshake to the close, or -1 while open. */
    long openMillis() {
        Long at = closed.getNow(null);
        return at == null ? -1 : TimeUnit.NANOSECONDS.toMillis(at - openedNanos);
    }

    static String utf8(ByteBuf b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
