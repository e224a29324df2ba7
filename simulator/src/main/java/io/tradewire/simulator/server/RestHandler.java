package io.tradewire.simulator.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code /api/...} HTTP requests through {@link RestApi}: keep-alive connections, Binance's
 * {@code X-MBX-USED-WEIGHT-1M}, {@code X-MBX-ORDER-COUNT-10S}/{@code -1D} and {@code Retry-After} headers, and the
 * transport side of faults (a dropped connection, a late answer). Other paths pass on down the pipeline.
 */
final class RestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final String API_PREFIX = "/api/";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";
    private static final String HTML_TYPE = "text/html;charset=UTF-8";

    private final RestApi rest;

    RestHandler(RestApi rest) {
        this.rest = rest;
    }

    @Override
    public boolean acceptInboundMessage(Object msg) throws Exception {
        return msg instanceof FullHttpRequest && ((FullHttpRequest) msg).uri().startsWith(API_PREFIX);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        String uri = req.uri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        // The request line reached us as ISO-8859-1 chars, one per byte: this gives back the bytes as sent.
        byte[] rawQuery = q < 0 ? null : uri.substring(q + 1).getBytes(StandardCharsets.ISO_8859_1);
        HttpMethod method = req.method();
        byte[] body = null;
        if (!HttpMethod.GET.equals(method) && req.content().isReadable() && isForm(req.headers())) {
            body = ByteBufUtil.getBytes(req.content());
        }
        String accept = req.headers().get(HttpHeaderNames.ACCEPT);
        RestApi.Answer a = rest.handle(method.name(), path, rawQuery, body, req.headers().get("X-MBX-APIKEY"),
                accept != null && accept.contains("text/html"), ip(ctx.channel().remoteAddress()), ctx.alloc());
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        switch (a.action) {
            case DROP:
                a.body.release();
                ctx.channel().close();
                break;
            case DELAY:
                // No further request is read meanwhile, so answers keep their order on a kept-alive connection.
                ctx.channel().config().setAutoRead(false);
                FullHttpResponse late = response(req, a, keepAlive);
                ctx.executor().schedule(() -> {
                    if (ctx.channel().isActive()) {
                        send(ctx, late, keepAlive);
                        ctx.channel().config().setAutoRead(true);
                    } else {
                        late.release();
                    }
                }, a.delayMs, TimeUnit.MILLISECONDS);
                break;
            default:
                send(ctx, response(req, a, keepAlive), keepAlive);
                break;
        }
    }

    private static boolean isForm(HttpHeaders headers) {
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        return type == null || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    }

    private static FullHttpResponse response(FullHttpRequest req, RestApi.Answer a, boolean keepAlive) {
        FullHttpResponse resp = new DefaultFullHttpResponse(req.protocolVersion(), HttpResponseStatus.valueOf(a.status),
                a.body);
        HttpHeaders h = resp.headers();
        if (a.body.isReadable()) {
            h.set(HttpHeaderNames.CONTENT_TYPE, a.html ? HTML_TYPE : JSON_TYPE);
        }
        h.setInt(HttpHeaderNames.CONTENT_LENGTH, a.body.readableBytes());
        if (a.usedWeight >= 0) {
            // Binance still sends the interval-less header next to the documented one; clients read either.
            h.set("X-MBX-USED-WEIGHT", a.usedWeight);
            h.set("X-MBX-USED-WEIGHT-1M", a.usedWeight);
        }
        if (a.ordersTenSeconds >= 0) {
            h.set("X-MBX-ORDER-COUNT-10S", a.ordersTenSeconds);
        }
        if (a.ordersDay >= 0) {
            h.set("X-MBX-ORDER-COUNT-1D", a.ordersDay);
        }
        if (a.retryAfterSeconds >= 0) {
            h.set(HttpHeaderNames.RETRY_AFTER, a.retryAfterSeconds);
        }
        HttpUtil.setKeepAlive(resp, keepAlive);
        return resp;
    }

    private static void send(ChannelHandlerContext ctx, FullHttpResponse resp, boolean keepAlive) {
        if (keepAlive) {
            ctx.writeAndFlush(resp);
        } else {
            ctx.writeAndFlush(resp).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static String ip(SocketAddress a) {
        if (a instanceof InetSocketAddress) {
            InetSocketAddress isa = (InetSocketAddress) a;
            return isa.getAddress() != null ? isa.getAddress().getHostAddress() : isa.getHostString();
        }
        return String.valueOf(a);
    }
}
