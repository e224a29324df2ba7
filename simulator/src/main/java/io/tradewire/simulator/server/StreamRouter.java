package io.tradewire.simulator.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes a connection by the path of its first HTTP request: {@code /ws/...} and {@code /stream?streams=...} become a
 * market streams connection (the pipeline's WS API handlers are swapped for stream ones); anything else is left to
 * the WS API pipeline. Removes itself after the first request.
 */
final class StreamRouter extends ChannelInboundHandlerAdapter {
    private final StreamHub hub;

    StreamRouter(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest)) {
            ctx.fireChannelRead(msg);
            return;
        }
        FullHttpRequest req = (FullHttpRequest) msg;
        QueryStringDecoder q = new QueryStringDecoder(req.uri());
        String path = q.path();
        boolean raw = path.equals("/ws") || path.startsWith("/ws/");
        boolean combined = path.equals("/stream") || path.equals("/stream/");
        ctx.pipeline().remove(this);
        if (!raw && !combined) {
            ctx.fireChannelRead(msg);
            return;
        }
        List<String> names = new ArrayList<>();
        if (raw) {
            for (String s : path.substring(3).split("/")) {
                if (!s.isEmpty()) {
                    names.add(StreamTopic.canonical(s));
                }
            }
        } else {
            List<String> streams = q.parameters().get("streams");
            if (streams != null) {
                for (String v : streams) {
                    for (String s : v.split("/")) {
                        if (!s.isEmpty()) {
                            names.add(StreamTopic.canonical(s));
                        }
                    }
                }
            }
        }
        String bad = null;
        List<StreamTopic> topics = new ArrayList<>();
        for (String n : names) {
            StreamTopic t = hub.topic(n);
            if (t == null) {
                bad = n;
                break;
            }
            topics.add(t);
        }
        if (bad != null || topics.size() > StreamConnection.MAX_STREAMS) {
            String text = bad != null ? StreamFrameHandler.unknownStream(bad) : StreamFrameHandler.TOO_MANY_STREAMS;
            byte[] body = ("{\"code\":2,\"msg\":\"" + text.replace("\"", "\\\"") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse resp = new DefaultFullHttpResponse(req.protocolVersion(), HttpResponseStatus.BAD_REQUEST,
                    Unpooled.wrappedBuffer(body));
            resp.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            resp.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            ReferenceCountUtil.release(msg);
            ctx.writeAndFlush(resp).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        // The WS API protocol handler put its handshake handler in front of itself: it goes too, so that the new
        // protocol handler can install its own under the same name.
        String handshaker = "io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandshakeHandler";
        if (ctx.pipeline().get(handshaker) != null) {
            ctx.pipeline().remove(handshaker);
        }
        ctx.pipeline().replace(WebSocketServerProtocolHandler.class, "streamsWs",
                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                        .websocketPath(raw ? "/ws" : "/stream")
                        .checkStartsWith(true)
                        .maxFramePayloadLength(WsApiServer.MAX_MESSAGE_BYTES)
                        .handleCloseFrames(true)
                        .dropPongFrames(true)
                        .build()));
        ctx.pipeline().replace(WsApiFrameHandler.class, "streams", new StreamFrameHandler(hub, combined, topics));
        ctx.fireChannelRead(msg);
    }
}
