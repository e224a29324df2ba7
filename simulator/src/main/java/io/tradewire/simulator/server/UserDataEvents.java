package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.simulator.venue.Balance;
import io.tradewire.simulator.venue.ExecutionDetail;
import io.tradewire.simulator.venue.Fill;
import io.tradewire.simulator.venue.OrderListResult;
import io.tradewire.simulator.venue.OrderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes user data events in the WS API envelope {@code {"subscriptionId":N,"event":{...}}} with a
 * {@link JsonGenerator} straight into a {@link ByteBuf}: no tree, no intermediate String. Field names, order and JSON
 * types follow user-data-stream.md; the conditional fields of {@code executionReport} appear under the documented
 * conditions. Not thread-safe (a scratch buffer for decimals): the hub uses it under the venue's monitor.
 */
final class UserDataEvents {
    static final String EXECUTION_REPORT = "executionReport";
    static final String ACCOUNT_POSITION = "outboundAccountPosition";
    static final String BALANCE_UPDATE = "balanceUpdate";
    static final String LIST_STATUS = "listStatus";
    static final String TERMINATED = "eventStreamTerminated";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final int SCALE = 8;

    /** Writes one event object (the value of {@code event}). */
    @FunctionalInterface
    interface EventBody {
        void write(UserDataEvents enc, JsonGenerator g) throws IOException;
    }

    /** Digits of a scale-8 decimal being written; reused (one encoder per hub, used under the venue's monitor). */
    private final char[] scratch = new char[48];

    /**
     * Encodes one event in its envelope.
     *
     * @param alloc          where the buffer comes from
     * @param subscriptionId the subscription's id
     * @param body           writes the event object
     * @return the frame content, owned by the caller
     */
    ByteBuf encode(ByteBufAllocator alloc, int subscriptionId, EventBody body) {
        ByteBuf buf = alloc.buffer(512);
        try (JsonGenerator g = FACTORY.createGenerator((OutputStream) new ByteBufOutputStream(buf), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("subscriptionId", subscriptionId);
            g.writeFieldName("event");
            body.write(this, g);
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            buf.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return buf;
    }

    /** {@code executionReport}: the documented fields in the documented order, then the conditional ones. */
    void executionReport(JsonGenerator g, long eventTime, OrderResult o, Fill fill, ExecutionType x,
                         ExecutionDetail d) throws IOException {
        boolean trade = fill != null && ExecutionType.TRADE.equals(x);
        boolean prevention = ExecutionType.TRADE_PREVENTION.equals(x);
        OrderStatus status = o.status();
        boolean open = OrderStatus.NEW.equals(status) || OrderStatus.PARTIALLY_FILLED.equals(status);
        // An order reported NEW starts working right after the report (stops and pending list orders excepted).
        boolean startsNow = ExecutionType.NEW.equals(x) && OrderStatus.NEW.equals(status) && !o.hasStopPrice();
        long workingTime = o.workingTime() >= 0 ? o.workingTime() : startsNow ? o.transactTime() : -1;

        g.writeStartObject();
        g.writeStringField("e", EXECUTION_REPORT);
        g.writeNumberField("E", eventTime);
        g.writeStringField("s", o.symbol());
        g.writeStringField("c", o.clientOrderId());
        g.writeStringField("S", o.side().wireName());
        g.writeStringField("o", o.type().wireName());
        g.writeStringField("f", o.timeInForce() == null ? "GTC" : o.timeInForce().wireName());
        decimal(g, "q", o.origQty());
        decimal(g, "p", o.price());
        decimal(g, "P", o.stopPrice());
        decimal(g, "F", o.icebergQty());
        g.writeNumberField("g", o.orderListId());
        g.writeStringField("C", o.origClientOrderId() == null ? "" : o.origClientOrderId());
        g.writeStringField("x", x.wireName());
        g.writeStringField("X", status.wireName());
        g.writeStringField("r", "NONE");
        g.writeNumberField("i", o.orderId());
        // TRADE_PREVENTION reports carry zeros here; pl/pL/pY say what would have traded (CHANGELOG 2023-08).
        decimal(g, "l", trade ? fill.qty() : null);
        decimal(g, "z", o.executedQty());
        decimal(g, "L", trade ? fill.price() : null);
        if (trade && fill.commission().signum() != 0) {
            decimal(g, "n", fill.commission());
            g.writeStringField("N", fill.commissionAsset());
        } else {
            g.writeStringField("n", "0");
            g.writeNullField("N");
        }
        g.writeNumberField("T", o.transactTime());
        g.writeNumberField("t", trade ? fill.tradeId() : -1L);
        if (prevention && o.preventedMatchId() >= 0) {
            g.writeNumberField("v", o.preventedMatchId());
        }
        g.writeNumberField("I", d == null ? 0L : d.executionId());
        g.writeBooleanField("w", open && (o.isWorking() || startsNow));
        g.writeBooleanField("m", trade && d != null && d.maker());
        g.writeBooleanField("M", false);
        g.writeNumberField("O", o.time());
        decimal(g, "Z", o.cummulativeQuoteQty());
        decimal(g, "Y", trade && d != null ? d.lastQuoteQty() : null);
        decimal(g, "Q", o.origQuoteOrderQty());
        if (workingTime >= 0) {
            g.writeNumberField("W", workingTime);
        }
        g.writeStringField("V", o.selfTradePreventionMode().wireName());
        if (o.strategyId() != Long.MIN_VALUE) {
            g.writeNumberField("j", o.strategyId());
        }
        if (o.strategyType() != Long.MIN_VALUE) {
            g.writeNumberField("J", o.strategyType());
        }
        ExecutionDetail.Prevented pm = d == null ? null : d.prevented();
        if (prevention && pm != null) {
            decimal(g, "A", o.preventedQuantity());
            decimal(g, "B", pm.lastPreventedQty());
            g.writeNumberField("u", -1L); // no trade groups: STP only between orders of one account
            g.writeNumberField("U", pm.counterOrderId());
            g.writeStringField("Cs", o.symbol());
            decimal(g, "pl", pm.executionQty());
            decimal(g, "pL", pm.executionPrice());
            decimal(g, "pY", pm.executionQuote());
        }
        if (o.usedSor()) {
            g.writeStringField("k", "SOR");
            g.writeBooleanField("uS", true);
        }
        if (d != null && d.expiryReason() != null && ExecutionType.EXPIRED.equals(x)) {
            g.writeStringField("eR", d.expiryReason());
        }
        g.writeEndObject();
    }

    /** {@code outboundAccountPosition}: the assets the change touched, free and locked. */
    void accountPosition(JsonGenerator g, long eventTime, long updateTime, Map<String, Balance> changed)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("e", ACCOUNT_POSITION);
        g.writeNumberField("E", eventTime);
        g.writeNumberField("u", updateTime);
        g.writeArrayFieldStart("B");
        for (Map.Entry<String, Balance> e : changed.entrySet()) {
            g.writeStartObject();
            g.writeStringField("a", e.getKey());
            decimal(g, "f", e.getValue().free());
            decimal(g, "l", e.getValue().locked());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code balanceUpdate}: a deposit or withdrawal. */
    void balanceUpdate(JsonGenerator g, long eventTime, String asset, BigDecimal delta, long clearTime)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("e", BALANCE_UPDATE);
        g.writeNumberField("E", eventTime);
        g.writeStringField("a", asset);
        decimal(g, "d", delta);
        g.writeNumberField("T", clearTime);
        g.writeEndObject();
    }

    /** {@code listStatus}: an order list was placed or changed status. */
    void listStatus(JsonGenerator g, long eventTime, OrderListResult l) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", LIST_STATUS);
        g.writeNumberField("E", eventTime);
        g.writeStringField("s", l.symbol());
        g.writeNumberField("g", l.orderListId());
        g.writeStringField("c", l.contingencyType());
        g.writeStringField("l", l.listStatusType());
        g.writeStringField("L", l.listOrderStatus());
        g.writeStringField("r", "NONE");
        g.writeStringField("C", l.listClientOrderId());
        g.writeNumberField("T", l.transactionTime());
        g.writeArrayFieldStart("O");
        List<OrderResult> orders = l.orders();
        for (int i = 0, n = orders.size(); i < n; i++) {
            OrderResult o = orders.get(i);
            g.writeStartObject();
            g.writeStringField("s", o.symbol());
            g.writeNumberField("i", o.orderId());
            g.writeStringField("c", o.clientOrderId());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code eventStreamTerminated}: the subscription ended (logout or unsubscribe). */
    static void terminated(JsonGenerator g, long eventTime) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", TERMINATED);
        g.writeNumberField("E", eventTime);
        g.writeEndObject();
    }

    /**
     * Writes a decimal with at least 8 fraction digits ({@code "0.00000000"} for null) without an intermediate
     * String in the common case (the venue's values have scale 8).
     */
    private void decimal(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeString(ZEROS, 0, ZEROS.length);
            return;
        }
        if (v.scale() != SCALE || v.precision() > 18) {
            g.writeString(OrderJson.dec(v));
            return;
        }
        long unscaled = v.movePointRight(SCALE).longValue();
        int len = format(unscaled, scratch);
        g.writeString(scratch, 0, len);
    }

    private static final char[] ZEROS = "0.00000000".toCharArray();

    /** Formats {@code unscaled / 10^8} into {@code out}: sign, integer digits (at least one), '.', 8 digits. */
    static int format(long unscaled, char[] out) {
        boolean negative = unscaled < 0;
        long v = negative ? -unscaled : unscaled;
        int pos = out.length;
        for (int i = 0; i < SCALE; i++) {
            out[--pos] = (char) ('0' + v % 10);
            v /= 10;
        }
        out[--pos] = '.';
        do {
            out[--pos] = (char) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        if (negative) {
            out[--pos] = '-';
        }
        int len = out.length - pos;
        System.arraycopy(out, pos, out, 0, len);
        return len;
    }
}
