package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * Bytes left free before every response, for its WebSocket frame header (at most 10 bytes from a server), so
     * {@link ResponseSender} can send the frame from this one buffer. Consumers read the readable bytes only.
     */
    static final int FRAME_HEADROOM = 10;

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString RESULT = new SerializedString("result");

    static ByteBuf success(ByteBufAllocator alloc, WsRequest req, Body body, Usage usage, boolean withLimits) {
        Sink out = new Sink(alloc, 256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            writeId(g, req);
            g.writeFieldName(STATUS);
            g.writeNumber(200);
            g.writeFieldName(RESULT);
            body.write(g);
            if (withLimits) {
                writeLimits(g, usage);
            }
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return out.take();
    }

    /**
     * The generator's target: the response buffer is allocated at the first write, at the size written (plus the
     * frame headroom). The generator keeps everything up to its own buffer's size (8000 bytes) and hands it over in
     * one write when it is closed, so a usual response is allocated once at its exact size and never copied into a
     * bigger buffer.
     */
    private static final class Sink extends OutputStream {
        private final ByteBufAllocator alloc;
        private final int minCapacity;
        private ByteBuf buf;

        Sink(ByteBufAllocator alloc, int minCapacity) {
            this.alloc = alloc;
            this.minCapacity = minCapacity;
        }

        @Override
        public void write(int b) {
            buffer(1).writeByte(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer(len).writeBytes(b, off, len);
        }

        private ByteBuf buffer(int first) {
            if (buf == null) {
                buf = alloc.buffer(FRAME_HEADROOM + Math.max(first, minCapacity));
                buf.setIndex(FRAME_HEADROOM, FRAME_HEADROOM);
            }
            return buf;
        }

        /** The written response, after {@link #FRAME_HEADROOM} free bytes; ownership passes to the caller. */
        ByteBuf take() {
            ByteBuf b = buf == null ? buffer(0) : buf;
            buf = null;
            return b;
        }

        void release() {
            if (buf != null) {
                buf.release();
                buf = null;
            }
        }
    }

    static ByteBuf error(ByteBufAllocator alloc, WsRequest req, ApiError err, long serverTime, Usage usage,
                         boolean withLimits) {
        Sink out = new Sink(alloc, 192);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
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
        } catch (IOException | RuntimeException e) {
            out.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return out.take();
    }

    private static void writeId(JsonGenerator g, WsRequest req) throws IOException {
        g.writeFieldName(ID);
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
