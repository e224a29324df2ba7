package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes WS API responses with a {@link JsonGenerator} straight into a {@link ByteBuf}: no tree, no
 * intermediate String. Field order follows Binance: id, status, result|error, rateLimits.
 */
final class ResponseWriter {
    /** Writes the value of {@code result}. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ResponseWriter() {
    }

    static ByteBuf success(ByteBufAllocator alloc, WsRequest req, Body body, Usage usage, boolean withLimits) {
        ByteBuf buf = alloc.buffer(256);
        try (JsonGenerator g = FACTORY.createGenerator((java.io.OutputStream) new ByteBufOutputStream(buf), JsonEncoding.UTF8)) {
            g.writeStartObject();
            writeId(g, req);
            g.writeNumberField("status", 200);
            g.writeFieldName("result");
            body.write(g);
            if (withLimits) {
                writeLimits(g, usage);
            }
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            buf.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return buf;
    }

    static ByteBuf error(ByteBufAllocator alloc, WsRequest req, ApiError err, long serverTime, Usage usage,
                         boolean withLimits) {
        ByteBuf buf = alloc.buffer(192);
        try (JsonGenerator g = FACTORY.createGenerator((java.io.OutputStream) new ByteBufOutputStream(buf), JsonEncoding.UTF8)) {
            g.writeStartObject();
            writeId(g, req);
            g.writeNumberField("status", err.status());
            g.writeObjectFieldStart("error");
            g.writeNumberField("code", err.code());
            g.writeStringField("msg", err.msg());
            if (err.data() != null) {
                g.writeFieldName("data");
                err.data().write(g);
            } else if (err.retryAfterMs() != 0) {
                g.writeObjectFieldStart("data");
                g.writeNumberField("serverTime", serverTime);
                g.writeNumberField("retryAfter", err.retryAfterMs());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (withLimits) {
                writeLimits(g, usage);
            }
            g.writeEndObject();
        } catch (IOException e) {
            buf.release();
            throw new UncheckedIOException(e);
        }
        return buf;
    }

    private static void writeId(JsonGenerator g, WsRequest req) throws IOException {
        g.writeFieldName("id");
        switch (req.idKind()) {
            case STRING:
                g.writeString(req.idText());
                break;
            case NUMBER:
                // The literal as sent: a 20-digit id must not be squeezed through long or double.
                g.writeNumber(req.idText());
                break;
            default:
                g.writeNull();
                break;
        }
    }

    // The rateLimits block is in every response: its names and constant values are encoded once.
    private static final SerializedString RATE_LIMITS = new SerializedString("rateLimits");
    private static final SerializedString RATE_LIMIT_TYPE = new SerializedString("rateLimitType");
    private static final SerializedString INTERVAL = new SerializedString("interval");
    private static final SerializedString INTERVAL_NUM = new SerializedString("intervalNum");
    private static final SerializedString LIMIT = new SerializedString("limit");
    private static final SerializedString COUNT = new SerializedString("count");
    private static final SerializedString ORDERS = new SerializedString("ORDERS");
    private static final SerializedString REQUEST_WEIGHT = new SerializedString("REQUEST_WEIGHT");
    private static final SerializedString SECOND = new SerializedString("SECOND");
    private static final SerializedString DAY = new SerializedString("DAY");
    private static final SerializedString MINUTE = new SerializedString("MINUTE");

    private static void writeLimits(JsonGenerator g, Usage usage) throws IOException {
        if (usage.ordersSecondCount < 0 && usage.ordersDayCount < 0 && usage.weightCount < 0) {
            return;
        }
        g.writeFieldName(RATE_LIMITS);
        g.writeStartArray();
        if (usage.ordersSecondCount >= 0) {
            writeLimit(g, ORDERS, SECOND, 10, usage.limits.ordersPer10Seconds, usage.ordersSecondCount);
        }
        if (usage.ordersDayCount >= 0) {
            writeLimit(g, ORDERS, DAY, 1, usage.limits.ordersPerDay, usage.ordersDayCount);
        }
        if (usage.weightCount >= 0) {
            writeLimit(g, REQUEST_WEIGHT, MINUTE, 1, usage.limits.weightPerMinute, usage.weightCount);
        }
        g.writeEndArray();
    }

    private static void writeLimit(JsonGenerator g, SerializedString type, SerializedString interval, int intervalNum,
                                   long limit, long count) throws IOException {
        g.writeStartObject();
        g.writeFieldName(RATE_LIMIT_TYPE);
        g.writeString(type);
        g.writeFieldName(INTERVAL);
        g.writeString(interval);
        g.writeFieldName(INTERVAL_NUM);
        g.writeNumber(intervalNum);
        g.writeFieldName(LIMIT);
        g.writeNumber(limit);
        g.writeFieldName(COUNT);
        g.writeNumber(count);
        g.writeEndObject();
    }

    static void writeLimit(JsonGenerator g, String type, String interval, int intervalNum, long limit, long count)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("rateLimitType", type);
        g.writeStringField("interval", interval);
        g.writeNumberField("intervalNum", intervalNum);
        g.writeNumberField("limit", limit);
        if (count >= 0) {
            g.writeNumberField("count", count);
        }
        g.writeEndObject();
    }
}
