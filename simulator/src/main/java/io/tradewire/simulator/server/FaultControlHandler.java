package io.tradewire.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.tradewire.simulator.fault.AppliedFault;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.SimFaults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * The faults control endpoint, {@value #PATH} on the simulator's port, loopback clients only, JSON in and out:
 * <ul>
 *   <li>{@code GET}: {@code {"active":[...],"clockOffsetMs":0,"applied":[...latest 100...]}}</li>
 *   <li>{@code POST} {@code {"fault":"drop-after-engine","method":"order.place","apiKey":"...","count":1}}
 *       (or {@code "always":true}, {@code "delayMs"}, {@code "status"}, {@code "retryAfterMs"}): arms a fault</li>
 *   <li>{@code POST} {@code {"fault":"server-shutdown"}}, {@code {"fault":"shift-clock","ms":-1500}},
 *       {@code {"fault":"clear"}}: the actions</li>
 *   <li>{@code DELETE}: clear</li>
 * </ul>
 * Used by {@code tradewire fault}; not part of Binance's API.
 */
final class FaultControlHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** Path of the control endpoint. */
    static final String PATH = io.tradewire.simulator.fault.SimFaults.CONTROL_PATH;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimFaults faults;

    FaultControlHandler(SimFaults faults) {
        this.faults = faults;
    }

    @Override
    public boolean acceptInboundMessage(Object msg) throws Exception {
        return msg instanceof FullHttpRequest
                && new QueryStringDecoder(((FullHttpRequest) msg).uri()).path().equals(PATH);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) throws IOException {
        if (!(ctx.channel().remoteAddress() instanceof InetSocketAddress)
                || !((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().isLoopbackAddress()) {
            respond(ctx, HttpResponseStatus.FORBIDDEN, error("the faults endpoint answers loopback clients only"));
            return;
        }
        try {
            if (HttpMethod.GET.equals(req.method())) {
                respond(ctx, HttpResponseStatus.OK, state());
            } else if (HttpMethod.DELETE.equals(req.method())) {
                faults.clear();
                respond(ctx, HttpResponseStatus.OK, state());
            } else if (HttpMethod.POST.equals(req.method())) {
                JsonNode body;
                try (ByteBufInputStream in = new ByteBufInputStream(req.content())) {
                    body = JSON.readTree((java.io.InputStream) in);
                }
                if (body == null || !body.isObject()) {
                    throw new IllegalArgumentException("body must be a JSON object with a \"fault\" name");
                }
                respond(ctx, HttpResponseStatus.OK, post(body));
            } else {
                respond(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, error("use GET, POST or DELETE"));
            }
        } catch (IllegalArgumentException | IOException e) {
            respond(ctx, HttpResponseStatus.BAD_REQUEST, error(e.getMessage()));
        }
    }

    private ObjectNode post(JsonNode body) {
        String name = body.path("fault").asText("");
        ObjectNode out = JSON.createObjectNode();
        switch (name) {
            case "server-shutdown":
                out.put("serverShutdown", faults.serverShutdown());
                return out;
            case "shift-clock":
                if (!body.path("ms").canConvertToLong()) {
                    throw new IllegalArgumentException("shift-clock needs \"ms\" (milliseconds, may be negative)");
                }
                out.put("clockOffsetMs", faults.shiftClock(body.path("ms").asLong()));
                return out;
            case "clear":
                faults.clear();
                return state();
            default:
                break;
        }
        Fault f = Fault.of(FaultKind.of(name));
        if (body.hasNonNull("method")) {
            f = f.method(body.get("method").asText());
        }
        if (body.hasNonNull("apiKey")) {
            f = f.apiKey(body.get("apiKey").asText());
        }
        if (body.path("always").asBoolean(false)) {
            f = f.always();
        } else if (body.hasNonNull("count")) {
            f = f.count(body.get("count").asInt());
        }
        if (body.hasNonNull("delayMs")) {
            f = f.delay(Duration.ofMillis(body.get("delayMs").asLong()));
        }
        if (body.hasNonNull("status")) {
            f = f.status(body.get("status").asInt());
        }
        if (body.hasNonNull("retryAfterMs")) {
            f = f.retryAfter(Duration.ofMillis(body.get("retryAfterMs").asLong()));
        }
        out.set("injected", toJson(faults.inject(f)));
        return out;
    }

    private ObjectNode state() {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode active = out.putArray("active");
        for (Fault f : faults.active()) {
            active.add(toJson(f));
        }
        out.put("clockOffsetMs", faults.clockOffsetMs());
        ArrayNode applied = out.putArray("applied");
        List<AppliedFault> all = faults.applied();
        for (AppliedFault a : all.subList(Math.max(0, all.size() - 100), all.size())) {
            applied.addObject().put("fault", a.name()).put("target", a.target()).put("time", a.epochMillis());
        }
        return out;
    }

    private static ObjectNode toJson(Fault f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("fault", f.kind().wireName());
        if (f.method() != null) {
            n.put("method", f.method());
        }
        if (f.apiKey() != null) {
            // The API key is not a secret, but the endpoint shows only what identifies it.
            n.put("apiKey", io.tradewire.core.signing.Redaction.redact(f.apiKey()));
        }
        if (f.count() == Fault.ALWAYS) {
            n.put("always", true);
        } else {
            n.put("count", f.count());
        }
        n.put("delayMs", f.delayMs());
        n.put("status", f.status());
        return n;
    }

    private static ObjectNode error(String msg) {
        return JSON.createObjectNode().put("error", msg);
    }

    private static void respond(ChannelHandlerContext ctx, HttpResponseStatus status, ObjectNode body)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        FullHttpResponse resp = new DefaultFullHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(bytes));
        resp.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        resp.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        resp.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(resp).addListener(ChannelFutureListener.CLOSE);
    }
}
