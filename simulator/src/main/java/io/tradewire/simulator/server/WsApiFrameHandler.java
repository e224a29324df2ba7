package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns complete WebSocket messages into WS API requests, one response frame per request. Ping,
 * pong and close frames are handled by {@link WebSocketServerProtocolHandler} before this handler.
 * One instance per channel: it owns the connection's {@link Session}.
 */
final class WsApiFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(WsApiFrameHandler.class);

    /** Largest request copied into the reused scratch array; a larger one gets its own (requests are ~200 bytes). */
    private static final int MAX_SCRATCH_BYTES = 4096;

    private final WsApi api;
    private Session session;
    /** Reused copy of a request frame held in a direct buffer; grows up to {@link #MAX_SCRATCH_BYTES}. */
    private byte[] scratch = new byte[0];
    /** Responses written in this read batch and not flushed yet. */
    private boolean flushPending;

    WsApiFrameHandler(WsApi api) {
        this.api = api;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            WebSocketServerProtocolHandler.HandshakeComplete hc = (WebSocketServerProtocolHandler.HandshakeComplete) evt;
            session = api.openSession(ip(ctx.channel().remoteAddress()));
            api.attach(session, ctx.channel()); // user data events go to this connection
            List<String> rrl = new QueryStringDecoder(hc.requestUri()).parameters().get("returnRateLimits");
            if (rrl != null && !rrl.isEmpty() && "false".equalsIgnoreCase(rrl.get(0))) {
                session.returnRateLimitsDefault(false);
            }
            LOG.debug("WS API connection from {}", session.remoteIp());
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (session == null) {
            session = api.openSession(ip(ctx.channel().remoteAddress()));
            api.attach(session, ctx.channel()); // user data events go to this connection
        }
        ByteBuf response;
        if (frame instanceof TextWebSocketFrame) {
            ByteBuf content = frame.content();
            int length = content.readableBytes();
            if (content.hasArray()) {
                response = api.handle(session, content.array(), content.arrayOffset() + content.readerIndex(), length,
                        ctx.alloc());
            } else {
                // Direct buffers (the usual case): copy into this connection's scratch array, not a new one per frame.
                // The parser keeps no reference to it.
                byte[] bytes = length <= MAX_SCRATCH_BYTES ? scratch(length) : new byte[length];
                content.getBytes(content.readerIndex(), bytes, 0, length);
                response = api.handle(session, bytes, 0, length, ctx.alloc());
            }
        } else if (frame instanceof BinaryWebSocketFrame) {
            LOG.debug("binary frame from {} answered with an error", session.remoteIp());
            response = api.notText(session, ctx.alloc());
        } else {
            return;
        }
        if (ResponseSender.send(ctx, session, response)) {
            flushPending = true;
        }
    }

    /** One flush for all the responses of a read batch: pipelined requests share one {@code write(2)}. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (flushPending) {
            flushPending = false;
            ctx.flush();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        flushPending = false;
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("WS API connection error, closing: {}", cause.toString());
        ctx.close();
    }

    private byte[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, Math.min(MAX_SCRATCH_BYTES, 2 * scratch.length))];
        }
        return scratch;
    }

    private static String ip(SocketAddress a) {
        if (a instanceof InetSocketAddress) {
            InetSocketAddress isa = (InetSocketAddress) a;
            return isa.getAddress() != null ? isa.getAddress().getHostAddress() : isa.getHostString();
        }
        return String.valueOf(a);
    }
}
