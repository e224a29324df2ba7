package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;

import java.math.BigDecimal;

/**
 * A new order list: {@code orderList.place.oco} (an above and a below order sharing side and quantity),
 * {@code orderList.place.oto} (a working order that, once filled, places a pending order) or
 * {@code orderList.place.otoco} (a working order that places an OCO pair). Built with {@link #oco}, {@link #oto}
 * or {@link #otoco}; {@link #method()} says which method sends it.
 */
public final class OrderListRequest {
    private final String method;
    private final String symbol;
    private final Side side; // OCO: both; OTO/OTOCO: the working order's
    private final BigDecimal quantity;
    private final OrderListLeg first; // OCO: above; otherwise: working
    private final Side pendingSide;
    private final BigDecimal pendingQuantity;
    private final OrderListLeg second; // OCO: below; OTO: pending; OTOCO: pending above
    private final OrderListLeg third; // OTOCO: pending below
    private final String listClientOrderId;
    private final OrderResponseType newOrderRespType;
    private final SelfTradePreventionMode selfTradePreventionMode;

    private OrderListRequest(Builder b) {
        method = b.method;
        symbol = b.symbol;
        side = b.side;
        quantity = b.quantity;
        first = b.first;
        pendingSide = b.pendingSide;
        pendingQuantity = b.pendingQuantity;
        second = b.second;
        third = b.third;
        listClientOrderId = b.listClientOrderId;
        newOrderRespType = b.newOrderRespType;
        selfTradePreventionMode = b.selfTradePreventionMode;
    }

    /**
     * An OCO: one of the legs LIMIT_MAKER/TAKE_PROFIT(_LIMIT), the other STOP_LOSS(_LIMIT).
     *
     * @param symbol   symbol
     * @param side     side of both orders
     * @param quantity quantity of both orders
     * @param above    the above order
     * @param below    the below order
     * @return a builder
     */
    public static Builder oco(String symbol, Side side, BigDecimal quantity, OrderListLeg above, OrderListLeg below) {
        Builder b = new Builder("orderList.place.oco", symbol);
        b.side = side;
        b.quantity = quantity;
        b.first = above;
        b.second = below;
        return b;
    }

    /**
     * An OTO: the working order (LIMIT or LIMIT_MAKER) goes on the book; the pending order is placed once it fills.
     *
     * @param symbol          symbol
     * @param workingSide     side of the working order
     * @param workingQuantity quantity of the working order
     * @param working         the working order
     * @param pendingSide     side of the pending order
     * @param pendingQuantity quantity of the pending order
     * @param pending         the pending order
     * @return a builder
     */
    public static Builder oto(String symbol, Side workingSide, BigDecimal workingQuantity, OrderListLeg working,
                              Side pendingSide, BigDecimal pendingQuantity, OrderListLeg pending) {
        Builder b = new Builder("orderList.place.oto", symbol);
        b.side = workingSide;
        b.quantity = workingQuantity;
        b.first = working;
        b.pendingSide = pendingSide;
        b.pendingQuantity = pendingQuantity;
        b.second = pending;
        return b;
    }

    /**
     * An OTOCO: the working order goes on the book; once it fills, an OCO pair (pending above and below) is placed.
     *
     * @param symbol          symbol
     * @param workingSide     side of the working order
     * @param workingQuantity quantity of the working order
     * @param working         the working order
     * @param pendingSide     side of both pending orders
     * @param pendingQuantity quantity of both pending orders
     * @param pendingAbove    the pending above order
     * @param pendingBelow    the pending below order
     * @return a builder
     */
    public static Builder otoco(String symbol, Side workingSide, BigDecimal workingQuantity, OrderListLeg working,
                                Side pendingSide, BigDecimal pendingQuantity, OrderListLeg pendingAbove,
                                OrderListLeg pendingBelow) {
        Builder b = new Builder("orderList.place.otoco", symbol);
        b.side = workingSide;
        b.quantity = workingQuantity;
        b.first = working;
        b.pendingSide = pendingSide;
        b.pendingQuantity = pendingQuantity;
        b.second = pendingAbove;
        b.third = pendingBelow;
        return b;
    }

    /** @return the WebSocket API method that places this list */
    public String method() {
        return method;
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return the list's client id, or null to let the venue choose */
    public String listClientOrderId() {
        return listClientOrderId;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        if ("orderList.place.oco".equals(method)) {
            p.add("side", side.wireName()).add("quantity", quantity);
            first.addTo(p, "above");
            second.addTo(p, "below");
        } else {
            p.add("workingSide", side.wireName()).add("workingQuantity", quantity);
            first.addTo(p, "working");
            p.add("pendingSide", pendingSide.wireName()).add("pendingQuantity", pendingQuantity);
            if (third == null) {
                second.addTo(p, "pending");
            } else {
                second.addTo(p, "pendingAbove");
                third.addTo(p, "pendingBelow");
            }
        }
        p.add("listClientOrderId", listClientOrderId)
                .add("newOrderRespType", newOrderRespType == null ? null : newOrderRespType.wireName())
                .add("selfTradePreventionMode",
                        selfTradePreventionMode == null ? null : selfTradePreventionMode.wireName());
    }

    @Override
    public String toString() {
        return "OrderListRequest{" + method + ' ' + symbol + ' ' + side + " quantity=" + quantity.toPlainString()
                + ' ' + first + ' ' + second + (third == null ? "" : " " + third)
                + (listClientOrderId == null ? "" : " listClientOrderId=" + listClientOrderId) + '}';
    }

    /** Sets a list's options and builds it; not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String symbol;
        private Side side;
        private BigDecimal quantity;
        private OrderListLeg first;
        private Side pendingSide;
        private BigDecimal pendingQuantity;
        private OrderListLeg second;
        private OrderListLeg third;
        private String listClientOrderId;
        private OrderResponseType newOrderRespType;
        private SelfTradePreventionMode selfTradePreventionMode;

        private Builder(String method, String symbol) {
            this.method = method;
            this.symbol = symbol;
        }

        /** @param v the list's client id @return this */
        public Builder listClientOrderId(String v) {
            listClientOrderId = v;
            return this;
        }

        /** @param v response type of the order reports (default RESULT) @return this */
        public Builder newOrderRespType(OrderResponseType v) {
            newOrderRespType = v;
            return this;
        }

        /** @param v self-trade prevention mode @return this */
        public Builder selfTradePreventionMode(SelfTradePreventionMode v) {
            selfTradePreventionMode = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public OrderListRequest build() {
            RequestChecks.symbol(symbol);
            boolean oco = "orderList.place.oco".equals(method);
            RequestChecks.required(oco ? "side" : "workingSide", side);
            RequestChecks.required(oco ? "quantity" : "workingQuantity", quantity);
            RequestChecks.positive(oco ? "quantity" : "workingQuantity", quantity);
            RequestChecks.required(oco ? "above" : "working", first);
            RequestChecks.required(oco ? "below" : "pending", second);
            if (!oco) {
                RequestChecks.required("pendingSide", pendingSide);
                RequestChecks.required("pendingQuantity", pendingQuantity);
                RequestChecks.positive("pendingQuantity", pendingQuantity);
                String w = first.type().wireName();
                if (!w.equals("LIMIT") && !w.equals("LIMIT_MAKER")) {
                    throw new IllegalArgumentException(method + ": the working order must be LIMIT or LIMIT_MAKER, was "
                            + w);
                }
                if (first.price() == null) {
                    throw new IllegalArgumentException(method + ": workingPrice is required");
                }
            }
            RequestChecks.clientOrderId(method, "listClientOrderId", listClientOrderId);
            return new OrderListRequest(this);
        }
    }
}
