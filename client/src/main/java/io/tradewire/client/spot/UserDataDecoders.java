package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Streaming decoders of user data events in the WebSocket API envelope ({@code {"subscriptionId":n,"event":{..}}}).
 * The event type {@code e} comes first in everything Binance sends, so one pass decodes an event; when it does
 * not, a first pass finds the type and a second decodes. Field names are case-sensitive ({@code c} and {@code C}
 * differ) and mean different things per event type ({@code d}, {@code B}, {@code l}, ...).
 */
final class UserDataDecoders {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What a frame held: a typed event, or the type of one this release does not know (null: unreadable). */
    static final class Decoded {
        final long subscriptionId;
        final String type;
        final UserDataEvent event;

        Decoded(long subscriptionId, String type, UserDataEvent event) {
            this.subscriptionId = subscriptionId;
            this.type = type;
            this.event = event;
        }
    }

    private UserDataDecoders() {
    }

    /**
     * @param frame a whole event frame
     * @return the event, with a null {@link Decoded#event} for unknown types
     * @throws IOException when it is not a well-formed event frame
     */
    static Decoded decode(String frame) throws IOException {
        try (JsonParser p = FACTORY.createParser(frame)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an event frame is a JSON object");
            }
            long subscriptionId = -1;
            Decoded out = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                if ("subscriptionId".equals(f)) {
                    subscriptionId = Decoding.number(p, -1);
                } else if ("event".equals(f) && t == JsonToken.START_OBJECT) {
                    out = event(p, frame);
                } else {
                    p.skipChildren();
                }
            }
            if (out == null) {
                throw new IOException("frame without an event object");
            }
            return new Decoded(subscriptionId, out.type, out.event);
        }
    }

    /** With the parser on the event's START_OBJECT; consumes the object. */
    private static Decoded event(JsonParser p, String frame) throws IOException {
        if (p.nextToken() == JsonToken.FIELD_NAME && "e".equals(p.currentName())) {
            p.nextToken();
            String type = Decoding.word(p);
            return new Decoded(-1, type, body(type, p)); // continues after "e"
        }
        // Rare: "e" is not first. Find it, then decode from the start of a second parse.
        String type = findType(frame);
        if (p.currentToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                p.skipChildren();
            }
        }
        try (JsonParser q = FACTORY.createParser(frame)) {
            toEvent(q);
            return new Decoded(-1, type, body(type, q));
        }
    }

    private static String findType(String frame) throws IOException {
        try (JsonParser q = FACTORY.createParser(frame)) {
            toEvent(q);
            while (q.nextToken() == JsonToken.FIELD_NAME) {
                String f = q.currentName();
                q.nextToken();
                if ("e".equals(f)) {
                    return Decoding.word(q);
                }
                q.skipChildren();
            }
            throw new IOException("event without a type (e)");
        }
    }

    /** Leaves a fresh parser on the event object's START_OBJECT. */
    private static void toEvent(JsonParser q) throws IOException {
        q.nextToken();
        while (q.nextToken() == JsonToken.FIELD_NAME) {
            String f = q.currentName();
            q.nextToken();
            if ("event".equals(f)) {
                return;
            }
            q.skipChildren();
        }
        throw new IOException("frame without an event object");
    }

    /** Decodes the remaining fields of an event of {@code type}; null (fields skipped) for unknown types. */
    private static UserDataEvent body(String type, JsonParser p) throws IOException {
        if (type == null) {
            skipRest(p);
            return null;
        }
        switch (type) {
            case "executionReport":
                return executionReport(p);
            case "outboundAccountPosition":
                return accountPosition(p);
            case "balanceUpdate":
            case "externalLockUpdate":
                return balanceOrLock(type, p);
            case "listStatus":
                return listStatus(p);
            case "eventStreamTerminated":
                return terminated(p);
            default:
                skipRest(p);
                return null;
        }
    }

    private static void skipRest(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    private static EventStreamTerminated terminated(JsonParser p) throws IOException {
        long eventTime = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("E".equals(f)) {
                eventTime = Decoding.number(p, -1);
            } else {
                p.skipChildren();
            }
        }
        return new EventStreamTerminated(eventTime);
    }

    private static UserDataEvent balanceOrLock(String type, JsonParser p) throws IOException {
        long eventTime = -1;
        String asset = null;
        BigDecimal delta = null;
        long time = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "E":
                    eventTime = Decoding.number(p, -1);
                    break;
                case "a":
                    asset = Decoding.word(p);
                    break;
                case "d":
                    delta = Decoding.decimal(p);
                    break;
                case "T":
                    time = Decoding.number(p, -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return "balanceUpdate".equals(type) ? new BalanceUpdate(eventTime, asset, delta, time)
                : new ExternalLockUpdate(eventTime, asset, delta, time);
    }

    private static OutboundAccountPosition accountPosition(JsonParser p) throws IOException {
        long eventTime = -1;
        long updateTime = -1;
        List<Balance> balances = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "E":
                    eventTime = Decoding.number(p, -1);
                    break;
                case "u":
                    updateTime = Decoding.number(p, -1);
                    break;
                case "B":
                    balances = Decoding.list(p, SpotAccountDecoders::balanceOf);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new OutboundAccountPosition(eventTime, updateTime, balances);
    }

    private static ListStatus listStatus(JsonParser p) throws IOException {
        long eventTime = -1;
        String symbol = null;
        long orderListId = -1;
        String contingency = null;
        String statusType = null;
        String orderStatus = null;
        String reject = null;
        String clientId = null;
        long time = -1;
        List<OrderRef> orders = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "E":
                    eventTime = Decoding.number(p, -1);
                    break;
                case "s":
                    symbol = Decoding.word(p);
                    break;
                case "g":
                    orderListId = Decoding.number(p, -1);
                    break;
                case "c":
                    contingency = Decoding.word(p);
                    break;
                case "l":
                    statusType = Decoding.word(p);
                    break;
                case "L":
                    orderStatus = Decoding.word(p);
                    break;
                case "r":
                    reject = Decoding.word(p);
                    break;
                case "C":
                    clientId = Decoding.text(p);
                    break;
                case "T":
                    time = Decoding.number(p, -1);
                    break;
                case "O":
                    orders = Decoding.list(p, SpotTradingDecoders::orderRef);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new ListStatus(eventTime, symbol, orderListId, contingency, statusType, orderStatus, reject, clientId,
                time, orders);
    }

    private static Long optLong(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsLong();
    }

    private static ExecutionReport executionReport(JsonParser p) throws IOException {
        long eventTime = -1;
        String symbol = null;
        String clientOrderId = null;
        Side side = null;
        OrderType orderType = null;
        TimeInForce tif = null;
        BigDecimal quantity = null;
        BigDecimal price = null;
        BigDecimal stopPrice = null;
        BigDecimal icebergQty = null;
        long orderListId = -1;
        String origClientOrderId = null;
        ExecutionType x = null;
        OrderStatus status = null;
        String reject = null;
        long orderId = -1;
        BigDecimal lastQty = null;
        BigDecimal cumQty = null;
        BigDecimal lastPrice = null;
        BigDecimal commission = null;
        String commissionAsset = null;
        long transactionTime = -1;
        long tradeId = -1;
        long executionId = -1;
        boolean working = false;
        boolean maker = false;
        long created = -1;
        BigDecimal cumQuote = null;
        BigDecimal lastQuote = null;
        BigDecimal quoteOrderQty = null;
        SelfTradePreventionMode stp = null;
        Long workingTime = null;
        Long trailingDelta = null;
        Long trailingTime = null;
        Long strategyId = null;
        Long strategyType = null;
        Long preventedMatchId = null;
        BigDecimal preventedQty = null;
        BigDecimal lastPreventedQty = null;
        Long tradeGroupId = null;
        Long counterOrderId = null;
        String counterSymbol = null;
        BigDecimal pl = null;
        BigDecimal pL = null;
        BigDecimal pY = null;
        String matchType = null;
        Long allocationId = null;
        String workingFloor = null;
        Boolean usedSor = null;
        String pegPriceType = null;
        String pegOffsetType = null;
        Long pegOffsetValue = null;
        BigDecimal peggedPrice = null;
        String expiryReason = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue; // e.g. "N": null before any commission
            }
            switch (f) {
                case "E": eventTime = Decoding.number(p, -1); break;
                case "s": symbol = Decoding.word(p); break;
                case "c": clientOrderId = p.getText(); break;
                case "S": side = Side.of(Decoding.word(p)); break;
                case "o": orderType = OrderType.of(Decoding.word(p)); break;
                case "f": tif = TimeInForce.of(Decoding.word(p)); break;
                case "q": quantity = Decoding.decimal(p); break;
                case "p": price = Decoding.decimal(p); break;
                case "P": stopPrice = Decoding.decimal(p); break;
                case "F": icebergQty = Decoding.decimal(p); break;
                case "g": orderListId = Decoding.number(p, -1); break;
                case "C": origClientOrderId = p.getText(); break;
                case "x": x = ExecutionType.of(Decoding.word(p)); break;
                case "X": status = OrderStatus.of(Decoding.word(p)); break;
                case "r": reject = Decoding.word(p); break;
                case "i": orderId = Decoding.number(p, -1); break;
                case "l": lastQty = Decoding.decimal(p); break;
                case "z": cumQty = Decoding.decimal(p); break;
                case "L": lastPrice = Decoding.decimal(p); break;
                case "n": commission = Decoding.decimal(p); break;
                case "N": commissionAsset = Decoding.word(p); break;
                case "T": transactionTime = Decoding.number(p, -1); break;
                case "t": tradeId = Decoding.number(p, -1); break;
                case "I": executionId = Decoding.number(p, -1); break;
                case "w": working = p.getValueAsBoolean(); break;
                case "m": maker = p.getValueAsBoolean(); break;
                case "O": created = Decoding.number(p, -1); break;
                case "Z": cumQuote = Decoding.decimal(p); break;
                case "Y": lastQuote = Decoding.decimal(p); break;
                case "Q": quoteOrderQty = Decoding.decimal(p); break;
                case "V": stp = SelfTradePreventionMode.of(Decoding.word(p)); break;
                case "W": workingTime = optLong(p); break;
                case "d": trailingDelta = optLong(p); break;
                case "D": trailingTime = optLong(p); break;
                case "j": strategyId = optLong(p); break;
                case "J": strategyType = optLong(p); break;
                case "v": preventedMatchId = optLong(p); break;
                case "A": preventedQty = Decoding.decimal(p); break;
                case "B": lastPreventedQty = Decoding.decimal(p); break;
                case "u": tradeGroupId = optLong(p); break;
                case "U": counterOrderId = optLong(p); break;
                case "Cs": counterSymbol = Decoding.word(p); break;
                case "pl": pl = Decoding.decimal(p); break;
                case "pL": pL = Decoding.decimal(p); break;
                case "pY": pY = Decoding.decimal(p); break;
                case "b": matchType = Decoding.word(p); break;
                case "a": allocationId = optLong(p); break;
                case "k": workingFloor = Decoding.word(p); break;
                case "uS": usedSor = p.getValueAsBoolean(); break;
                case "gP": pegPriceType = Decoding.word(p); break;
                case "gOT": pegOffsetType = Decoding.word(p); break;
                case "gOV": pegOffsetValue = optLong(p); break;
                case "gp": peggedPrice = Decoding.decimal(p); break;
                case "eR": expiryReason = Decoding.word(p); break;
                default: p.skipChildren(); // "e", "M" (ignore) and fields added later
            }
        }
        return new ExecutionReport(eventTime, symbol, clientOrderId, side, orderType, tif, quantity, price, stopPrice,
                icebergQty, orderListId, origClientOrderId, x, status, reject, orderId, lastQty, cumQty, lastPrice,
                commission, commissionAsset, transactionTime, tradeId, executionId, working, maker, created,
                cumQuote, lastQuote, quoteOrderQty, stp, workingTime, trailingDelta, trailingTime, strategyId,
                strategyType, preventedMatchId, preventedQty, lastPreventedQty, tradeGroupId, counterOrderId,
                counterSymbol, pl, pL, pY, matchType, allocationId, workingFloor, usedSor, pegPriceType,
                pegOffsetType, pegOffsetValue, peggedPrice, expiryReason);
    }
}
