package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One market streams connection: subscribes the streams named in the URL once the handshake completes, then answers
 * the live control messages SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY and GET_PROPERTY with the
 * documented responses and errors. More than {@value #MAX_MESSAGES_PER_SECOND} incoming messages in a second close the
 * connection, as on Binance.
 */
final class StreamFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamFrameHandler.class);
    static final int MAX_MESSAGES_PER_SECOND = 5;
    static final String TOO_MANY_STREAMS = "Invalid request: a connection can listen to at most "
            + StreamConnection.MAX_STREAMS + " streams";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STRING_ID = Pattern.compile("^[A-Za-z0-9-]{1,36}$");
    private static final String METHODS = "`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, "
            + "`GET_PROPERTY`";

    private final StreamHub hub;
    private final boolean combinedAtStart;
    private final List<StreamTopic> initial;
    private StreamConnection conn;
    private long windowStartNanos;
    private int messagesInWindow;

    StreamFrameHandler(StreamHub hub, boolean combined, List<StreamTopic> initial) {
        this.hub = hub;
        this.combinedAtStart = combined;
        this.initial = initial;
    }

    static String unknownStream(String name) {
        return "Invalid request: unknown stream `" + name + "`";
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete && conn == null) {
            conn = new StreamConnection(ctx.channel(), combinedAtStart);
            hub.opened(conn);
            for (StreamTopic t : initial) {
                hub.subscribe(conn, t);
            }
            LOG.debug("market streams connection from {} with {}", ctx.channel().remoteAddress(), conn.streams);
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (conn != null) {
            hub.closed(conn);
            conn = null;
        }
        super.channelInactive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (conn == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - windowStartNanos >= 1_000_000_000L) {
            windowStartNanos = now;
            messagesInWindow = 0;
        }
        if (++messagesInWindow > MAX_MESSAGES_PER_SECOND) {
            LOG.info("market streams connection {} sent more than {} messages in a second: disconnecting",
                    ctx.channel().remoteAddress(), MAX_MESSAGES_PER_SECOND);
            ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION, "Too many messages"))
                    .addListener(f -> ctx.close());
            return;
        }
        if (!(frame instanceof TextWebSocketFrame)) {
            return;
        }
        String text = ((TextWebSocketFrame) frame).text();
        reply(ctx, handle(text));
    }

    private void reply(ChannelHandlerContext ctx, StreamJson.Writer w) {
        ctx.writeAndFlush(new TextWebSocketFrame(StreamJson.toBuf(ctx.alloc(), w)));
    }

    /** Answers one control message. */
    StreamJson.Writer handle(String text) {
        JsonNode req;
        try {
            req = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            return error(3, "Invalid JSON: expected value at line " + (l == null ? 1 : l.getLineNr()) + " column "
                    + (l == null ? 1 : l.getColumnNr()), null);
        }
        if (req == null || !req.isObject()) {
            return error(3, "Invalid JSON: expected value at line 1 column 1", null);
        }
        JsonNode id = req.get("id");
        if (id == null || !(id.isNull() || id.isIntegralNumber() && id.canConvertToLong()
                || id.isTextual() && STRING_ID.matcher(id.asText()).matches())) {
            return error(2, "Invalid request: request ID must be an unsigned integer", null);
        }
        JsonNode method = req.get("method");
        if (method == null || !method.isTextual()) {
            return error(2, "Invalid request: missing field `method` at line 1 column " + text.length(), id);
        }
        JsonNode params = req.get("params");
        switch (method.asText()) {
            case "SUBSCRIBE":
                return subscribe(params, id, true);
            case "UNSUBSCRIBE":
                return subscribe(params, id, false);
            case "LIST_SUBSCRIPTIONS":
                if (params != null && !(params.isArray() && params.isEmpty())) {
                    return error(2, "Invalid request: too many parameters", id);
                }
                List<String> list = new ArrayList<>(conn.streams);
                return g -> {
                    g.writeStartObject();
                    g.writeArrayFieldStart("result");
                    for (String s : list) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                    writeId(g, id);
                    g.writeEndObject();
                };
            case "SET_PROPERTY":
                return property(params, id, true);
            case "GET_PROPERTY":
                return property(params, id, false);
            default:
                int col = text.indexOf(method.asText()) + method.asText().length() + 1;
                return error(2, "Invalid request: unknown variant `" + method.asText() + "`, expected one of "
                        + METHODS + " at line 1 column " + col, id);
        }
    }

    private StreamJson.Writer subscribe(JsonNode params, JsonNode id, boolean add) {
        if (params == null || !params.isArray()) {
            return error(2, "Invalid request: params must be an array of stream names", id);
        }
        List<StreamTopic> topics = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode p : params) {
            if (!p.isTextual()) {
                return error(2, "Invalid request: params must be an array of stream names", id);
            }
            String name = StreamTopic.canonical(p.asText());
            if (add) {
                StreamTopic t = hub.topic(name);
                if (t == null) {
                    return error(2, unknownStream(p.asText()), id);
                }
                topics.add(t);
            }
            names.add(name);
        }
        if (add) {
            long fresh = names.stream().distinct().filter(n -> !conn.streams.contains(n)).count();
            if (conn.streams.size() + fresh > StreamConnection.MAX_STREAMS) {
                return error(2, TOO_MANY_STREAMS, id);
            }
            for (StreamTopic t : topics) {
                hub.subscribe(conn, t);
            }
        } else {
            for (String n : names) {
                hub.unsubscribe(conn, n);
            }
        }
        return nullResult(id);
    }

    private StreamJson.Writer property(JsonNode params, JsonNode id, boolean set) {
        if (params == null || !params.isArray() || params.isEmpty() || !params.get(0).isTextual()) {
            return error(2, "Invalid request: property name must be a string", id);
        }
        if (params.size() > (set ? 2 : 1)) {
            return error(2, "Invalid request: too many parameters", id);
        }
        if (!"combined".equals(params.get(0).asText())) {
            return error(0, "Unknown property", id);
        }
        if (!set) {
            boolean v = conn.combined;
            return g -> {
                g.writeStartObject();
                g.writeBooleanField("result", v);
                writeId(g, id);
                g.writeEndObject();
            };
        }
        if (params.size() < 2 || !params.get(1).isBoolean()) {
            return error(1, "Invalid value type: expected Boolean", id);
        }
        conn.combined = params.get(1).asBoolean();
        return nullResult(id);
    }

    private static StreamJson.Writer nullResult(JsonNode id) {
        return g -> {
            g.writeStartObject();
            g.writeNullField("result");
            writeId(g, id);
            g.writeEndObject();
        };
    }

    private static StreamJson.Writer error(int code, String msg, JsonNode id) {
        return g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeNumberField("code", code);
            g.writeStringField("msg", msg);
            g.writeEndObject();
            if (id != null) {
                writeId(g, id);
            }
            g.writeEndObject();
        };
    }

    private static void writeId(JsonGenerator g, JsonNode id) throws IOException {
        g.writeFieldName("id");
        if (id.isNull()) {
            g.writeNull();
        } else if (id.isTextual()) {
            g.writeString(id.asText());
        } else {
            g.writeNumber(id.asLong());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("market streams connection error, closing: {}", cause.toString());
        ctx.close();
    }
}
