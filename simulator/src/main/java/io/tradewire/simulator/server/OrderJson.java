package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.simulator.venue.AccountTrade;
import io.tradewire.simulator.venue.AmendResult;
import io.tradewire.simulator.venue.Amendment;
import io.tradewire.simulator.venue.Fill;
import io.tradewire.simulator.venue.OrderListResult;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PreventedMatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Order results in the exact shapes (field names, order and JSON types) of web-socket-api.md:
 * order.place ACK/RESULT/FULL, order.cancel, order.status, order lists, amendments, trades and prevented
 * matches, with the documented conditional fields ("Conditional fields in Order Responses") only when they
 * apply. Decimals are strings with 8 decimals, ids and times numbers.
 */
final class OrderJson {
    private static final int SCALE = 8;

    private OrderJson() {
    }

    // order.place answers are the hot path (one per order): their names are encoded once.
    private static final SerializedString SYMBOL = JsonWords.of("symbol");
    private static final SerializedString ORDER_ID = JsonWords.of("orderId");
    private static final SerializedString ORDER_LIST_ID = JsonWords.of("orderListId");
    private static final SerializedString CLIENT_ORDER_ID = JsonWords.of("clientOrderId");
    private static final SerializedString TRANSACT_TIME = JsonWords.of("transactTime");
    private static final SerializedString PRICE = JsonWords.of("price");
    private static final SerializedString ORIG_QTY = JsonWords.of("origQty");
    private static final SerializedString EXECUTED_QTY = JsonWords.of("executedQty");
    private static final SerializedString ORIG_QUOTE_ORDER_QTY = JsonWords.of("origQuoteOrderQty");
    private static final SerializedString CUMMULATIVE_QUOTE_QTY = JsonWords.of("cummulativeQuoteQty");
    private static final SerializedString STATUS = JsonWords.of("status");
    private static final SerializedString TIME_IN_FORCE = JsonWords.of("timeInForce");
    private static final SerializedString TYPE = JsonWords.of("type");
    private static final SerializedString SIDE = JsonWords.of("side");
    private static final SerializedString WORKING_TIME = JsonWords.of("workingTime");
    private static final SerializedString SELF_TRADE_PREVENTION_MODE = JsonWords.of("selfTradePreventionMode");
    private static final SerializedString FILLS = JsonWords.of("fills");
    private static final SerializedString QTY = JsonWords.of("qty");
    private static final SerializedString COMMISSION = JsonWords.of("commission");
    private static final SerializedString COMMISSION_ASSET = JsonWords.of("commissionAsset");
    private static final SerializedString TRADE_ID = JsonWords.of("tradeId");

    static void writePlace(JsonGenerator g, OrderResult r, OrderResponseType type) throws IOException {
        g.writeStartObject();
        JsonWords.field(g, SYMBOL, r.symbol());
        g.writeFieldName(ORDER_ID);
        g.writeNumber(r.orderId());
        g.writeFieldName(ORDER_LIST_ID);
        g.writeNumber(r.orderListId());
        g.writeFieldName(CLIENT_ORDER_ID);
        g.writeString(r.clientOrderId());
        g.writeFieldName(TRANSACT_TIME);
        g.writeNumber(r.transactTime());
        if (!OrderResponseType.ACK.equals(type)) {
            JsonDecimals.field(g, PRICE, r.priceScaled());
            JsonDecimals.field(g, ORIG_QTY, r.origQtyScaled());
            JsonDecimals.field(g, EXECUTED_QTY, r.executedQtyScaled());
            JsonDecimals.field(g, ORIG_QUOTE_ORDER_QTY, r.origQuoteOrderQtyScaled());
            JsonDecimals.field(g, CUMMULATIVE_QUOTE_QTY, r.cummulativeQuoteQtyScaled());
            JsonWords.field(g, STATUS, r.status().wireName());
            JsonWords.field(g, TIME_IN_FORCE, tif(r));
            JsonWords.field(g, TYPE, r.type().wireName());
            JsonWords.field(g, SIDE, r.side().wireName());
            writeConditional(g, r, false);
            g.writeFieldName(WORKING_TIME);
            g.writeNumber(r.workingTime());
            if (r.usedSor()) {
                // SOR answers (sor.order.place): fills as allocations, then workingFloor, STP mode, usedSor
                if (OrderResponseType.FULL.equals(type)) {
                    writeFills(g, r, true);
                }
                g.writeStringField("workingFloor", "SOR");
                JsonWords.field(g, SELF_TRADE_PREVENTION_MODE, r.selfTradePreventionMode().wireName());
                g.writeBooleanField("usedSor", true);
            } else {
                JsonWords.field(g, SELF_TRADE_PREVENTION_MODE, r.selfTradePreventionMode().wireName());
                if (OrderResponseType.FULL.equals(type)) {
                    writeFills(g, r, false);
                }
            }
            writePrevented(g, r);
        }
        g.writeEndObject();
    }

    private static void writeFills(JsonGenerator g, OrderResult r, boolean sor) throws IOException {
        g.writeFieldName(FILLS);
        g.writeStartArray();
        long allocId = 0;
        for (Fill f : r.fills()) {
            g.writeStartObject();
            if (sor) {
                g.writeStringField("matchType", "ONE_PARTY_TRADE_REPORT");
            }
            JsonDecimals.field(g, PRICE, f.priceScaled());
            JsonDecimals.field(g, QTY, f.qtyScaled());
            JsonDecimals.field(g, COMMISSION, f.commissionScaled());
            JsonWords.field(g, COMMISSION_ASSET, f.commissionAsset());
            if (sor) {
                // The SOR FAQ's single-venue answer: trades reported as allocations, tradeId -1
                g.writeNumberField("tradeId", -1);
                g.writeNumberField("allocId", allocId++);
            } else {
                g.writeFieldName(TRADE_ID);
                g.writeNumber(f.tradeId());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** stopPrice (stop types), strategyId and strategyType (when sent): "present only if set for the order". */
    private static void writeConditional(JsonGenerator g, OrderResult r, boolean alwaysStopPrice) throws IOException {
        if (alwaysStopPrice || r.hasStopPrice()) {
            JsonDecimals.field(g, "stopPrice", r.stopPriceScaled());
        }
        if (!alwaysStopPrice) {
            writeStrategy(g, r);
        }
    }

    private static void writeStrategy(JsonGenerator g, OrderResult r) throws IOException {
        if (r.strategyId() != Long.MIN_VALUE) {
            g.writeNumberField("strategyId", r.strategyId());
        }
        if (r.strategyType() != Long.MIN_VALUE) {
            g.writeNumberField("strategyType", r.strategyType());
        }
    }

    /** preventedMatchId and preventedQuantity: "Appears only if the order expired due to STP". */
    private static void writePrevented(JsonGenerator g, OrderResult r) throws IOException {
        if (r.preventedMatchId() >= 0) {
            g.writeNumberField("preventedMatchId", r.preventedMatchId());
            JsonDecimals.field(g, "preventedQuantity", r.preventedQuantityScaled());
        }
    }

    static void writeCancel(JsonGenerator g, OrderResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", r.symbol());
        g.writeStringField("origClientOrderId", r.origClientOrderId());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        g.writeNumberField("transactTime", r.transactTime());
        JsonDecimals.field(g, "price", r.priceScaled());
        JsonDecimals.field(g, "origQty", r.origQtyScaled());
        JsonDecimals.field(g, "executedQty", r.executedQtyScaled());
        JsonDecimals.field(g, "origQuoteOrderQty", r.origQuoteOrderQtyScaled());
        JsonDecimals.field(g, "cummulativeQuoteQty", r.cummulativeQuoteQtyScaled());
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("timeInForce", tif(r));
        g.writeStringField("type", r.type().wireName());
        g.writeStringField("side", r.side().wireName());
        writeConditional(g, r, false);
        g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
        writePrevented(g, r);
        g.writeEndObject();
    }

    /** order.cancel: the order, or the canceled list when the order belonged to one. */
    static void writeCancelOrList(JsonGenerator g, OrderResult r) throws IOException {
        if (r.orderList() != null) {
            writeList(g, r.orderList(), null, true);
        } else {
            writeCancel(g, r);
        }
    }

    /**
     * An order list: placement (reports in {@code placeType}), cancel (cancel reports) or status (no reports).
     *
     * @param placeType response type of a placement's orderReports, or null
     * @param cancel    whether orderReports are cancel reports
     */
    static void writeList(JsonGenerator g, OrderListResult l, OrderResponseType placeType, boolean cancel)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("orderListId", l.orderListId());
        g.writeStringField("contingencyType", l.contingencyType());
        g.writeStringField("listStatusType", l.listStatusType());
        g.writeStringField("listOrderStatus", l.listOrderStatus());
        g.writeStringField("listClientOrderId", l.listClientOrderId());
        g.writeNumberField("transactionTime", l.transactionTime());
        g.writeStringField("symbol", l.symbol());
        g.writeArrayFieldStart("orders");
        for (OrderResult o : l.orders()) {
            g.writeStartObject();
            g.writeStringField("symbol", o.symbol());
            g.writeNumberField("orderId", o.orderId());
            g.writeStringField("clientOrderId", cancel ? o.origClientOrderId() : o.clientOrderId());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (cancel || placeType != null) {
            g.writeArrayFieldStart("orderReports");
            for (OrderResult o : l.orders()) {
                if (cancel) {
                    writeCancel(g, o);
                } else {
                    writePlace(g, o, placeType);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void writeLists(JsonGenerator g, List<OrderListResult> lists) throws IOException {
        g.writeStartArray();
        for (OrderListResult l : lists) {
            writeList(g, l, null, false);
        }
        g.writeEndArray();
    }

    static void writeStatuses(JsonGenerator g, List<OrderResult> orders) throws IOException {
        g.writeStartArray();
        for (OrderResult o : orders) {
            writeStatus(g, o);
        }
        g.writeEndArray();
    }

    /** order.amend.keepPriority's result. */
    static void writeAmend(JsonGenerator g, AmendResult a) throws IOException {
        OrderResult r = a.amendedOrder();
        g.writeStartObject();
        g.writeNumberField("transactTime", a.transactTime());
        g.writeNumberField("executionId", a.executionId());
        g.writeObjectFieldStart("amendedOrder");
        g.writeStringField("symbol", r.symbol());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("origClientOrderId", r.origClientOrderId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        JsonDecimals.field(g, "price", r.priceScaled());
        JsonDecimals.field(g, "qty", r.origQtyScaled());
        JsonDecimals.field(g, "executedQty", r.executedQtyScaled());
        JsonDecimals.field(g, "preventedQty", r.preventedQuantityScaled());
        JsonDecimals.field(g, "quoteOrderQty", r.origQuoteOrderQtyScaled());
        JsonDecimals.field(g, "cumulativeQuoteQty", r.cummulativeQuoteQtyScaled());
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("timeInForce", tif(r));
        g.writeStringField("type", r.type().wireName());
        g.writeStringField("side", r.side().wireName());
        writeConditional(g, r, false);
        g.writeNumberField("workingTime", r.workingTime());
        g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
        g.writeEndObject();
        if (a.listStatus() != null) {
            g.writeFieldName("listStatus");
            OrderListResult l = a.listStatus();
            g.writeStartObject();
            g.writeNumberField("orderListId", l.orderListId());
            g.writeStringField("contingencyType", l.contingencyType());
            g.writeStringField("listOrderStatus", l.listOrderStatus());
            g.writeStringField("listClientOrderId", l.listClientOrderId());
            g.writeStringField("symbol", l.symbol());
            g.writeArrayFieldStart("orders");
            for (OrderResult o : l.orders()) {
                g.writeStartObject();
                g.writeStringField("symbol", o.symbol());
                g.writeNumberField("orderId", o.orderId());
                g.writeStringField("clientOrderId", o.clientOrderId());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void writeAmendments(JsonGenerator g, List<Amendment> list) throws IOException {
        g.writeStartArray();
        for (Amendment a : list) {
            g.writeStartObject();
            g.writeStringField("symbol", a.symbol());
            g.writeNumberField("orderId", a.orderId());
            g.writeNumberField("executionId", a.executionId());
            g.writeStringField("origClientOrderId", a.origClientOrderId());
            g.writeStringField("newClientOrderId", a.newClientOrderId());
            g.writeStringField("origQty", dec(a.origQty()));
            g.writeStringField("newQty", dec(a.newQty()));
            g.writeNumberField("time", a.time());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeTrades(JsonGenerator g, List<AccountTrade> trades) throws IOException {
        g.writeStartArray();
        for (AccountTrade t : trades) {
            g.writeStartObject();
            g.writeStringField("symbol", t.symbol());
            g.writeNumberField("id", t.id());
            g.writeNumberField("orderId", t.orderId());
            g.writeNumberField("orderListId", t.orderListId());
            JsonDecimals.field(g, "price", t.priceScaled());
            JsonDecimals.field(g, "qty", t.qtyScaled());
            JsonDecimals.field(g, "quoteQty", t.quoteQtyScaled());
            JsonDecimals.field(g, "commission", t.commissionScaled());
            g.writeStringField("commissionAsset", t.commissionAsset());
            g.writeNumberField("time", t.time());
            g.writeBooleanField("isBuyer", t.isBuyer());
            g.writeBooleanField("isMaker", t.isMaker());
            g.writeBooleanField("isBestMatch", true);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeAllocations(JsonGenerator g, List<AccountTrade> allocations) throws IOException {
        g.writeStartArray();
        for (AccountTrade t : allocations) {
            g.writeStartObject();
            g.writeStringField("symbol", t.symbol());
            g.writeNumberField("allocationId", t.allocationId());
            g.writeStringField("allocationType", "SOR");
            g.writeNumberField("orderId", t.orderId());
            g.writeNumberField("orderListId", t.orderListId());
            JsonDecimals.field(g, "price", t.priceScaled());
            JsonDecimals.field(g, "qty", t.qtyScaled());
            JsonDecimals.field(g, "quoteQty", t.quoteQtyScaled());
            JsonDecimals.field(g, "commission", t.commissionScaled());
            g.writeStringField("commissionAsset", t.commissionAsset());
            g.writeNumberField("time", t.time());
            g.writeBooleanField("isBuyer", t.isBuyer());
            g.writeBooleanField("isMaker", t.isMaker());
            // Single-venue SOR: the order's own book is the only venue, so the venue is never the allocator.
            g.writeBooleanField("isAllocator", false);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writePreventedMatches(JsonGenerator g, List<PreventedMatch> list) throws IOException {
        g.writeStartArray();
        for (PreventedMatch m : list) {
            String mode = m.mode().wireName();
            boolean takerSide = "EXPIRE_TAKER".equals(mode) || "EXPIRE_BOTH".equals(mode) || "DECREMENT".equals(mode);
            boolean makerSide = "EXPIRE_MAKER".equals(mode) || "EXPIRE_BOTH".equals(mode) || "DECREMENT".equals(mode);
            g.writeStartObject();
            g.writeStringField("symbol", m.symbol());
            g.writeNumberField("preventedMatchId", m.preventedMatchId());
            g.writeNumberField("takerOrderId", m.takerOrderId());
            g.writeStringField("makerSymbol", m.symbol());
            g.writeNumberField("makerOrderId", m.makerOrderId());
            g.writeNumberField("tradeGroupId", m.tradeGroupId());
            g.writeStringField("selfTradePreventionMode", mode);
            JsonDecimals.field(g, "price", m.priceScaled());
            if (takerSide) {
                JsonDecimals.field(g, "takerPreventedQuantity", m.takerPreventedQtyScaled());
            }
            if (makerSide) {
                JsonDecimals.field(g, "makerPreventedQuantity", m.makerPreventedQtyScaled());
            }
            g.writeNumberField("transactTime", m.transactTime());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeStatus(JsonGenerator g, OrderResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", r.symbol());
        g.writeNumberField("orderId", r.orderId());
        g.writeNumberField("orderListId", r.orderListId());
        g.writeStringField("clientOrderId", r.clientOrderId());
        JsonDecimals.field(g, "price", r.priceScaled());
        JsonDecimals.field(g, "origQty", r.origQtyScaled());
        JsonDecimals.field(g, "executedQty", r.executedQtyScaled());
        JsonDecimals.field(g, "cummulativeQuoteQty", r.cummulativeQuoteQtyScaled());
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("timeInForce", tif(r));
        g.writeStringField("type", r.type().wireName());
        g.writeStringField("side", r.side().wireName());
        JsonDecimals.field(g, "stopPrice", r.stopPriceScaled());
        JsonDecimals.field(g, "icebergQty", 0L);
        g.writeNumberField("time", r.time());
        g.writeNumberField("updateTime", r.updateTime());
        g.writeBooleanField("isWorking", r.isWorking());
        g.writeNumberField("workingTime", r.workingTime());
        JsonDecimals.field(g, "origQuoteOrderQty", r.origQuoteOrderQtyScaled());
        writeStrategy(g, r);
        g.writeStringField("selfTradePreventionMode", r.selfTradePreventionMode().wireName());
        writePrevented(g, r);
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
