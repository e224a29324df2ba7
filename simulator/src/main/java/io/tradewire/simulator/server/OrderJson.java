package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.simulator.venue.Fill;
import io.tradewire.simulator.venue.OrderResult;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Order results in the exact shapes (field names, order and JSON types) of web-socket-api.md:
 * order.place ACK/RESULT/FULL, order.cancel, order.status. Decimals are strings with 8 decimals,
 * ids and times numbers.
 */
final class OrderJson {
    private static final int SCALE = 8;

    private OrderJson() {
    }

    static void writePlace(JsonGenerator g, OrderResult r, OrderResponseType type) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", r.symbol());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        g.writeNumberField("transactTime", r.transactTime());
        if (!OrderResponseType.ACK.equals(type)) {
            g.writeStringField("price", dec(r.price()));
            g.writeStringField("origQty", dec(r.origQty()));
            g.writeStringField("executedQty", dec(r.executedQty()));
            g.writeStringField("origQuoteOrderQty", dec(r.origQuoteOrderQty()));
            g.writeStringField("cummulativeQuoteQty", dec(r.cummulativeQuoteQty()));
            g.writeStringField("status", r.status().wireName());
            g.writeStringField("timeInForce", tif(r));
            g.writeStringField("type", r.type().wireName());
            g.writeStringField("side", r.side().wireName());
            g.writeNumberField("workingTime", r.workingTime());
            g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
            if (OrderResponseType.FULL.equals(type)) {
                g.writeArrayFieldStart("fills");
                for (Fill f : r.fills()) {
                    g.writeStartObject();
                    g.writeStringField("price", dec(f.price()));
                    g.writeStringField("qty", dec(f.qty()));
                    g.writeStringField("commission", dec(f.commission()));
                    g.writeStringField("commissionAsset", f.commissionAsset());
                    g.writeNumberField("tradeId", f.tradeId());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    static void writeCancel(JsonGenerator g, OrderResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", r.symbol());
        g.writeStringField("origClientOrderId", r.origClientOrderId());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        g.writeNumberField("transactTime", r.transactTime());
        g.writeStringField("price", dec(r.price()));
        g.writeStringField("origQty", dec(r.origQty()));
        g.writeStringField("executedQty", dec(r.executedQty()));
        g.writeStringField("origQuoteOrderQty", dec(r.origQuoteOrderQty()));
        g.writeStringField("cummulativeQuoteQty", dec(r.cummulativeQuoteQty()));
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("timeInForce", tif(r));
        g.writeStringField("type", r.type().wireName());
        g.writeStringField("side", r.side().wireName());
        // stopPrice/icebergQty/trailingDelta/strategy*: present only when set; the simulator never sets them.
        g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
        g.writeEndObject();
    }

    static void writeStatus(JsonGenerator g, OrderResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", r.symbol());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        g.writeStringField("price", dec(r.price()));
        g.writeStringField("origQty", dec(r.origQty()));
        g.writeStringField("executedQty", dec(r.executedQty()));
        g.writeStringField("cummulativeQuoteQty", dec(r.cummulativeQuoteQty()));
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("timeInForce", tif(r));
        g.writeStringField("type", r.type().wireName());
        g.writeStringField("side", r.side().wireName());
        g.writeStringField("stopPrice", dec(r.stopPrice()));
        g.writeStringField("icebergQty", dec(r.icebergQty()));
        g.writeNumberField("time", r.time());
        g.writeNumberField("updateTime", r.updateTime());
        g.writeBooleanField("isWorking", r.isWorking());
        g.writeNumberField("workingTime", r.workingTime());
        g.writeStringField("origQuoteOrderQty", dec(r.origQuoteOrderQty()));
        g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
        g.writeEndObject();
    }

    private static String tif(OrderResult r) {
        // Binance reports GTC for orders that take no timeInForce (MARKET, LIMIT_MAKER).
        return r.timeInForce() == null ? "GTC" : r.timeInForce().wireName();
    }

    /** At least 8 decimals, never scientific notation, never rounded. */
    static String dec(BigDecimal v) {
        if (v == null) {
            return "0.00000000";
        }
        BigDecimal s = v.scale() < SCALE ? v.setScale(SCALE) : v;
        if (s.scale() > SCALE) {
            BigDecimal stripped = s.stripTrailingZeros();
            s = stripped.scale() <= SCALE ? stripped.setScale(SCALE) : stripped;
        }
        return Decimals.toPlainString(s);
    }
}
