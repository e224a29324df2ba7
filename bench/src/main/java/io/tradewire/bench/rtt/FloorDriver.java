package io.tradewire.bench.rtt;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.tradewire.client.transport.EventLoops;
import io.tradewire.core.signing.Signers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The floor: the least a Java client can do per order over the same transport as Tradewire's (Netty, native epoll
 * where available, one I/O thread, TCP_NODELAY). Each request is one pre-encoded {@code order.place} frame, logged on
 * like the others, with the id, timestamp and price digits patched in place; an answer is taken as bytes, its id and
 * status read from fixed offsets, nothing decoded. Writes made while handling answers are flushed once per read
 * batch.
 */
final class FloorDriver extends RttDriver {
    private static final int ID_DIGITS = 4; // ids are the slot, < MAX_WINDOW
    private static final byte[] TEMPLATE = ("{\"id\":\"0000\",\"method\":\"order.place\",\"params\":{"
            + "\"price\":\"" + RttHarness.PRICE_BASE_CENTS / 100 + ".00\",\"quantity\":\"" + RttHarness.QTY_TEXT
            + "\",\"side\":\"BUY\",\"symbol\":\"" + RttHarness.SYMBOL + "\",\"timeInForce\":\"IOC\","
            + "\"timestamp\":0000000000000,\"type\":\"LIMIT\"}}").getBytes(StandardCharsets.US_ASCII);
    private static final int ID_AT = indexOf("0000");
    private static final int CENTS_AT = indexOf(".00\"") + 1;
    private static final int TS_AT = indexOf("0000000000000");
    /** An answer starts {@code {"id":"0007","status":200}. */
    private static final int ANSWER_STATUS_AT = "{\"id\":\"0000\",\"status\":".length();

    private final EventLoops loops = new EventLoops(1, "rtt-floor");
    private final Channel channel;
    private final EventLoop loop;
    private final Handler handler = new Handler();

    FloorDriver(URI wsApi, String apiKey, PrivateKey key) throws Exception {
        super("floor");
        Bootstrap b = new Bootstrap()
                .group(loops.group())
                .channel(loops.channelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65536),
                                new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                                        wsApi, WebSocketVersion.V13, null, false, new DefaultHttpHeaders(), 1 << 20)),
                                handler);
                    }
                });
        channel = b.connect(wsApi.getHost(), wsApi.getPort()).sync().channel();
        loop = channel.eventLoop();
        handler.handshake.get(10, TimeUnit.SECONDS);
        long ts = System.currentTimeMillis();
        String payload = "apiKey=" + apiKey + "&timestamp=" + ts;
        String sig = Signers.ed25519(key).sign(payload.getBytes(StandardCharsets.UTF_8));
        String logon = handler.call("{\"id\":\"logon\",\"method\":\"session.logon\",\"params\":{\"apiKey\":\"" + apiKey
                + "\",\"signature\":\"" + sig + "\",\"timestamp\":" + ts + "}}");
        if (!logon.contains("\"status\":200")) {
            throw new IllegalStateException("floor did not log on: " + logon);
        }
    }

    private static int indexOf(String s) {
        int i = new String(TEMPLATE, StandardCharsets.US_ASCII).indexOf(s);
        if (i < 0) {
            throw new IllegalStateException(s);
        }
        return i;
    }

    @Override
    void send(int slot, long startNs) {
        ByteBuf buf = channel.alloc().buffer(TEMPLATE.length);
        int at = buf.writerIndex();
        buf.writeBytes(TEMPLATE);
        putDigits(buf, at + ID_AT, ID_DIGITS, slot);
        putDigits(buf, at + CENTS_AT, 2, RttHarness.cents(startNs));
        putDigits(buf, at + TS_AT, 13, System.currentTimeMillis());
        TextWebSocketFrame frame = new TextWebSocketFrame(buf);
        if (loop.inEventLoop()) {
            channel.write(frame, channel.voidPromise()); // flushed at the end of the read batch
        } else {
            channel.writeAndFlush(frame, channel.voidPromise());
        }
    }

    private static void putDigits(ByteBuf buf, int at, int width, long v) {
        for (int p = at + width - 1; p >= at; p--) {
            buf.setByte(p, (byte) ('0' + (v % 10)));
            v /= 10;
        }
    }

    @Override
    String probe() throws Exception {
        ByteBuf buf = channel.alloc().buffer(TEMPLATE.length);
        buf.writeBytes(TEMPLATE);
        putDigits(buf, TS_AT, 13, System.currentTimeMillis());
        String text = buf.toString(StandardCharsets.US_ASCII).replace("\"id\":\"0000\"", "\"id\":\"probe\"");
        buf.release();
        String answer = handler.call(text);
        return answer.length() > 200 ? answer.substring(0, 200) + "..." : answer;
    }

    @Override
    String threadPrefix() {
        return "rtt-floor"; // its I/O thread
    }

    @Override
    void close() {
        channel.close();
        loops.close();
    }

    /** Runs on the event loop only, apart from {@link #call}. */
    private final class Handler extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        final CompletableFuture<Void> handshake = new CompletableFuture<>();
        private volatile CompletableFuture<String> special;

        String call(String frame) throws Exception {
            CompletableFuture<String> f = new CompletableFuture<>();
            special = f;
            channel.writeAndFlush(new TextWebSocketFrame(frame));
            String answer = f.get(10, TimeUnit.SECONDS);
            special = null;
            return answer;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshake.complete(null);
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                handshake.completeExceptionally(new IllegalStateException("handshake timeout"));
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            ByteBuf c = frame.content();
            int r = c.readerIndex();
            int slot = -1;
            if (c.readableBytes() > ANSWER_STATUS_AT + 3 && c.getByte(r + 6) == '"') {
                slot = 0;
                for (int i = 0; i < ID_DIGITS; i++) {
                    byte d = c.getByte(r + 7 + i);
                    if (d < '0' || d > '9') {
                        slot = -1;
                        break;
                    }
                    slot = slot * 10 + (d - '0');
                }
            }
            if (slot < 0) {
                CompletableFuture<String> f = special;
                if (f != null) {
                    f.complete(c.toString(StandardCharsets.UTF_8));
                }
                return;
            }
            int st = r + ANSWER_STATUS_AT;
            boolean ok = c.getByte(st) == '2' && c.getByte(st + 1) == '0' && c.getByte(st + 2) == '0';
            answered(slot, ok, ok ? null : c.toString(StandardCharsets.UTF_8));
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
            ctx.fireChannelReadComplete();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            handshake.completeExceptionally(cause);
            ctx.close();
        }
    }
}
