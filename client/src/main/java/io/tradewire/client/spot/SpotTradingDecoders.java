package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.BinanceApiException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming decoders of trading results: orders, order lists, cancel reports that may be either, commission rates,
 * cancel-replace outcomes and amendments. Unknown fields are skipped; unknown enum values kept.
 */
final class SpotTradingDecoders {
    static final ResponseDecoder<OrderCommissionRates> ORDER_TEST = SpotTradingDecoders::orderCommission;
    static final ResponseDecoder<List<OrderResponse>> ORDERS = p -> Decoding.list(p, SpotDecoders::order);
    static final ResponseDecoder<OrderListResponse> ORDER_LIST = p -> {
        Object o = anyOrder(p);
        if (!(o instanceof OrderListResponse)) {
            throw new IOException("expected an order list");
        }
        return (OrderListResponse) o;
    };
    static final ResponseDecoder<List<OrderListResponse>> ORDER_LISTS = p -> Decoding.list(p,
            q -> ORDER_LIST.decode(q));
    static final ResponseDecoder<CanceledOrders> CANCEL_ALL = SpotTradingDecoders::canceledOrders;
    static final ResponseDecoder<AmendResult> AMEND = SpotTradingDecoders::amend;
    static final ResponseDecoder<CancelReplaceResult> CANCEL_REPLACE = new CancelReplaceDecoder();

    private SpotTradingDecoders() {
    }

    /** The result of order.cancelReplace; its 400/409 answers carry the same object in {@code error.data}. */
    private static final class CancelReplaceDecoder implements ResponseDecoder<CancelReplaceResult> {
        @Override
        public CancelReplaceResult decode(JsonParser p) throws IOException {
            return cancelReplace(p);
        }

        @Override
        public boolean hasErrorData() {
            return true;
        }

        @Override
        public Object decodeErrorData(JsonParser p) throws IOException {
            return cancelReplace(p);
        }

        @Override
        public RuntimeException errorWithData(BinanceApiException error, Object data) {
            return new CancelReplaceException(error, (CancelReplaceResult) data);
        }
    }

    static CancelReplaceResult cancelReplace(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String cancelResult = null;
        String newOrderResult = null;
        Object cancel = null;
        Object placed = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "cancelResult":
                    cancelResult = Decoding.word(p);
                    break;
                case "newOrderResult":
                    newOrderResult = Decoding.word(p);
                    break;
                case "cancelResponse":
                    cancel = t == JsonToken.START_OBJECT ? anyOrder(p) : skipNull(p);
                    break;
                case "newOrderResponse":
                    placed = t == JsonToken.START_OBJECT ? anyOrder(p) : skipNull(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new CancelReplaceResult(cancelResult, newOrderResult,
                cancel instanceof OrderResponse ? (OrderResponse) cancel : null,
                cancel instanceof OrderListResponse ? (OrderListResponse) cancel : null,
                cancel instanceof BinanceApiException ? (BinanceApiException) cancel : null,
                placed instanceof OrderResponse ? (OrderResponse) placed : null,
                placed instanceof BinanceApiException ? (BinanceApiException) placed : null);
    }

    private static Object skipNull(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    /**
     * An object that is an order, an order list, or an error ({@code {"code":..,"msg":..}}): cancel reports (a
     * canceled member cancels its whole list) and the two halves of a cancel-replace.
     */
    static Object anyOrder(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        OrderResponse.Builder ob = new OrderResponse.Builder();
        ListFields lf = null;
        int code = 0;
        String msg = null;
        boolean error = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            if (orderField(ob, f, p)) {
                continue;
            }
            switch (f) {
                case "code":
                    code = p.getValueAsInt();
                    error = true;
                    break;
                case "msg":
                    msg = p.getText();
                    break;
                case "contingencyType":
                case "listStatusType":
                case "listOrderStatus":
                case "listClientOrderId":
                case "transactionTime":
                case "orders":
                case "orderReports":
                    if (lf == null) {
                        lf = new ListFields();
                    }
                    lf.field(f, p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (error && ob.orderId < 0 && lf == null) {
            // The status of a part is not sent; the whole answer's status is in the enclosing error.
            return BinanceApiException.of(400, code, msg, 0);
        }
        if (lf != null) {
            return new OrderListResponse(ob.orderListId, lf.contingencyType, lf.listStatusType, lf.listOrderStatus,
                    lf.listClientOrderId, lf.transactionTime, ob.symbol, lf.orders, lf.reports);
        }
        return ob.build();
    }

    /** Fields only an order list has. */
    private static final class ListFields {
        String contingencyType;
        String listStatusType;
        String listOrderStatus;
        String listClientOrderId;
        long transactionTime = -1;
        List<OrderRef> orders = List.of();
        List<OrderResponse> reports = List.of();

        void field(String f, JsonParser p) throws IOException {
            switch (f) {
                case "contingencyType":
                    contingencyType = Decoding.word(p);
                    break;
                case "listStatusType":
                    listStatusType = Decoding.word(p);
                    break;
                case "listOrderStatus":
                    listOrderStatus = Decoding.word(p);
                    break;
                case "listClientOrderId":
                    listClientOrderId = Decoding.text(p);
                    break;
                case "transactionTime":
                    transactionTime = Decoding.number(p, -1);
                    break;
                case "orders":
                    orders = Decoding.list(p, SpotTradingDecoders::orderRef);
                    break;
                default: // orderReports
                    reports = Decoding.list(p, SpotDecoders::order);
            }
        }
    }

    static OrderRef orderRef(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long orderId = -1;
        String clientOrderId = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol":
                case "s":
                    symbol = Decoding.word(p);
                    break;
                case "orderId":
                case "i":
                    orderId = Decoding.number(p, -1);
                    break;
                case "clientOrderId":
                case "c":
                    clientOrderId = Decoding.text(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new OrderRef(symbol, orderId, clientOrderId);
    }

    /**
     * One field of an order response into the builder: the one definition {@link SpotDecoders#order} and
     * {@link #anyOrder} share. The caller has skipped JSON nulls.
     *
     * @return whether the field is an order field (else the caller skips it)
     */
    static boolean orderField(OrderResponse.Builder b, String f, JsonParser p) throws IOException {
        switch (f) {
            case "symbol":
                b.symbol = SpotDecoders.word(p);
                return true;
            case "orderId":
                b.orderId = p.getValueAsLong();
                return true;
            case "orderListId":
                b.orderListId = p.getValueAsLong();
                return true;
            case "clientOrderId":
                b.clientOrderId = p.getText();
                return true;
            case "origClientOrderId":
                b.origClientOrderId = p.getText();
                return true;
            case "transactTime":
                b.transactTime = p.getValueAsLong();
                return true;
            case "time":
                b.time = p.getValueAsLong();
                return true;
            case "updateTime":
                b.updateTime = p.getValueAsLong();
                return true;
            case "workingTime":
                b.workingTime = p.getValueAsLong();
                return true;
            case "price":
                b.price = SpotDecoders.decimal(p);
                return true;
            case "origQty":
                b.origQty = SpotDecoders.decimal(p);
                return true;
            case "executedQty":
                b.executedQty = SpotDecoders.decimal(p);
                return true;
            case "origQuoteOrderQty":
                b.origQuoteOrderQty = SpotDecoders.decimal(p);
                return true;
            case "cummulativeQuoteQty":
                b.cummulativeQuoteQty = SpotDecoders.decimal(p);
                return true;
            case "stopPrice":
                b.stopPrice = SpotDecoders.decimal(p);
                return true;
            case "icebergQty":
                b.icebergQty = SpotDecoders.decimal(p);
                return true;
            case "status":
                b.status = OrderStatus.of(SpotDecoders.word(p));
                return true;
            case "timeInForce":
                b.timeInForce = TimeInForce.of(SpotDecoders.word(p));
                return true;
            case "type":
                b.type = OrderType.of(SpotDecoders.word(p));
                return true;
            case "side":
                b.side = Side.of(SpotDecoders.word(p));
                return true;
            case "selfTradePreventionMode":
                b.selfTradePreventionMode = SelfTradePreventionMode.of(SpotDecoders.word(p));
                return true;
            case "isWorking":
                b.isWorking = p.getValueAsBoolean();
                return true;
            case "fills":
                readFills(p, b.fills);
                return true;
            // The conditional fields ("Conditional fields in Order Responses"): primitives and interned words, so
            // an order that has them allocates nothing more than its decimals.
            case "trailingDelta":
                b.trailingDelta = p.getValueAsLong(-1);
                return true;
            case "trailingTime":
                b.trailingTime = p.getValueAsLong(-1);
                return true;
            case "strategyId":
                b.strategyId = p.getValueAsLong(-1);
                return true;
            case "strategyType":
                b.strategyType = p.getValueAsInt(-1);
                return true;
            case "preventedMatchId":
                b.preventedMatchId = p.getValueAsLong(-1);
                return true;
            case "preventedQuantity":
                b.preventedQuantity = SpotDecoders.decimal(p);
                return true;
            case "usedSor":
                b.usedSor = p.getValueAsBoolean();
                return true;
            case "workingFloor":
                b.workingFloor = SpotDecoders.word(p);
                return true;
            case "pegPriceType":
                b.pegPriceType = SpotDecoders.word(p);
                return true;
            case "pegOffsetType":
                b.pegOffsetType = SpotDecoders.word(p);
                return true;
            case "pegOffsetValue":
                b.pegOffsetValue = p.getValueAsInt(-1);
                return true;
            case "peggedPrice":
                b.peggedPrice = SpotDecoders.decimal(p);
                return true;
            case "expiryReason":
                b.expiryReason = SpotDecoders.word(p);
                return true;
            default:
                return false;
        }
    }

    private static void readFills(JsonParser p, List<Fill> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            BigDecimal price = null;
            BigDecimal qty = null;
            BigDecimal commission = null;
            String commissionAsset = null;
            long tradeId = -1;
            String matchType = null;
            long allocId = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "matchType":
                        matchType = Decoding.word(p);
                        break;
                    case "allocId":
                        allocId = Decoding.number(p, -1);
                        break;
                    case "price":
                        price = Decoding.decimal(p);
                        break;
                    case "qty":
                        qty = Decoding.decimal(p);
                        break;
                    case "commission":
                        commission = Decoding.decimal(p);
                        break;
                    case "commissionAsset":
                        commissionAsset = Decoding.word(p);
                        break;
                    case "tradeId":
                        tradeId = Decoding.number(p, -1);
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (price == null || qty == null) {
                throw new IOException("fill without price or qty");
            }
            out.add(new Fill(price, qty, commission, commissionAsset, tradeId, matchType, allocId));
        }
    }

    private static CanceledOrders canceledOrders(JsonParser p) throws IOException {
        List<OrderResponse> orders = new ArrayList<>();
        List<OrderListResponse> lists = new ArrayList<>();
        for (Object o : Decoding.list(p, SpotTradingDecoders::anyOrder)) {
            if (o instanceof OrderListResponse) {
                lists.add((OrderListResponse) o);
            } else if (o instanceof OrderResponse) {
                orders.add((OrderResponse) o);
            }
        }
        return new CanceledOrders(orders, lists);
    }

    static OrderCommissionRates orderCommission(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        CommissionRates standard = null;
        CommissionRates special = null;
        CommissionRates tax = null;
        CommissionDiscount discount = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "standardCommissionForOrder":
                case "standardCommission":
                    standard = rates(p);
                    break;
                case "specialCommissionForOrder":
                case "specialCommission":
                    special = rates(p);
                    break;
                case "taxCommissionForOrder":
                case "taxCommission":
                    tax = rates(p);
                    break;
                case "discount":
                    discount = discount(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new OrderCommissionRates(standard, special, tax, discount);
    }

    static CommissionRates rates(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        BigDecimal maker = null;
        BigDecimal taker = null;
        BigDecimal buyer = null;
        BigDecimal seller = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "maker":
                    maker = Decoding.decimal(p);
                    break;
                case "taker":
                    taker = Decoding.decimal(p);
                    break;
                case "buyer":
                    buyer = Decoding.decimal(p);
                    break;
                case "seller":
                    seller = Decoding.decimal(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new CommissionRates(maker, taker, buyer, seller);
    }

    static CommissionDiscount discount(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        boolean account = false;
        boolean symbol = false;
        String asset = null;
        BigDecimal discount = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "enabledForAccount":
                    account = p.getValueAsBoolean();
                    break;
                case "enabledForSymbol":
                    symbol = p.getValueAsBoolean();
                    break;
                case "discountAsset":
                    asset = Decoding.word(p);
                    break;
                case "discount":
                    discount = Decoding.decimal(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new CommissionDiscount(account, symbol, asset, discount);
    }

    private static AmendResult amend(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long transactTime = -1;
        long executionId = -1;
        AmendedOrder order = null;
        OrderListResponse list = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "transactTime":
                    transactTime = Decoding.number(p, -1);
                    break;
                case "executionId":
                    executionId = Decoding.number(p, -1);
                    break;
                case "amendedOrder":
                    order = amendedOrder(p);
                    break;
                case "listStatus":
                    list = t == JsonToken.START_OBJECT ? ORDER_LIST.decode(p) : (OrderListResponse) skipNull(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AmendResult(transactTime, executionId, order, list);
    }

    private static AmendedOrder amendedOrder(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long orderId = -1;
        long orderListId = -1;
        String origClientOrderId = null;
        String clientOrderId = null;
        BigDecimal price = null;
        BigDecimal qty = null;
        BigDecimal executedQty = null;
        BigDecimal preventedQty = null;
        BigDecimal quoteOrderQty = null;
        BigDecimal cumulativeQuoteQty = null;
        OrderStatus status = null;
        TimeInForce tif = null;
        OrderType type = null;
        Side side = null;
        BigDecimal stopPrice = null;
        long workingTime = -1;
        SelfTradePreventionMode stp = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "orderId":
                    orderId = Decoding.number(p, -1);
                    break;
                case "orderListId":
                    orderListId = Decoding.number(p, -1);
                    break;
                case "origClientOrderId":
                    origClientOrderId = Decoding.text(p);
                    break;
                case "clientOrderId":
                    clientOrderId = Decoding.text(p);
                    break;
                case "price":
                    price = Decoding.decimal(p);
                    break;
                case "qty":
                    qty = Decoding.decimal(p);
                    break;
                case "executedQty":
                    executedQty = Decoding.decimal(p);
                    break;
                case "preventedQty":
                    preventedQty = Decoding.decimal(p);
                    break;
                case "quoteOrderQty":
                    quoteOrderQty = Decoding.decimal(p);
                    break;
                case "cumulativeQuoteQty":
                    cumulativeQuoteQty = Decoding.decimal(p);
                    break;
                case "status":
                    status = OrderStatus.of(Decoding.word(p));
                    break;
                case "timeInForce":
                    tif = TimeInForce.of(Decoding.word(p));
                    break;
                case "type":
                    type = OrderType.of(Decoding.word(p));
                    break;
                case "side":
                    side = Side.of(Decoding.word(p));
                    break;
                case "stopPrice":
                    stopPrice = Decoding.decimal(p);
                    break;
                case "workingTime":
                    workingTime = Decoding.number(p, -1);
                    break;
                case "selfTradePreventionMode":
                    stp = SelfTradePreventionMode.of(Decoding.word(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AmendedOrder(symbol, orderId, orderListId, origClientOrderId, clientOrderId, price, qty,
                executedQty, preventedQty, quoteOrderQty, cumulativeQuoteQty, status, tif, type, side, stopPrice,
                workingTime, stp);
    }
}
