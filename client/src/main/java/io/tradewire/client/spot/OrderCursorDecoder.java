package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import io.tradewire.client.codec.ByteInterner;
import io.tradewire.client.codec.EnumTable;
import io.tradewire.client.codec.FieldTable;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.client.wsapi.CursorDecoder;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The order answer ({@code order.place}, {@code order.cancel}, {@code order.status}) read straight from the
 * frame's bytes: field names matched on their bytes, enum values to their shared constants, symbols and assets
 * interned, decimals exact from their digits. Equal, field for field, to {@link SpotDecoders#order(JsonParser)},
 * which REST bodies still use (a test holds the two together over every recorded order payload).
 */
final class OrderCursorDecoder implements CursorDecoder<OrderResponse> {
    static final OrderCursorDecoder INSTANCE = new OrderCursorDecoder();

    /** Symbols and assets: a small vocabulary, shared Strings once warm. */
    static final ByteInterner WORDS = new ByteInterner(4096);

    static final EnumTable<OrderStatus> STATUSES = EnumTable.of(OrderStatus::of, "NEW", "PENDING_NEW",
            "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "EXPIRED_IN_MATCH");
    static final EnumTable<TimeInForce> TIME_IN_FORCE = EnumTable.of(TimeInForce::of, "GTC", "IOC", "FOK");
    static final EnumTable<OrderType> TYPES = EnumTable.of(OrderType::of, "LIMIT", "MARKET", "STOP_LOSS",
            "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER");
    static final EnumTable<Side> SIDES = EnumTable.of(Side::of, "BUY", "SELL");
    static final EnumTable<SelfTradePreventionMode> STP = EnumTable.of(SelfTradePreventionMode::of, "NONE",
            "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER");

    private static final FieldTable FIELDS = FieldTable.of(
            "symbol", "orderId", "orderListId", "clientOrderId", "origClientOrderId", "transactTime", "time",
            "updateTime", "workingTime", "price", "origQty", "executedQty", "origQuoteOrderQty",
            "cummulativeQuoteQty", "stopPrice", "icebergQty", "status", "timeInForce", "type", "side",
            "selfTradePreventionMode", "isWorking", "fills", "trailingDelta", "trailingTime", "strategyId",
            "strategyType", "preventedMatchId", "preventedQuantity", "usedSor", "workingFloor", "pegPriceType",
            "pegOffsetType", "pegOffsetValue", "peggedPrice", "expiryReason");

    private static final FieldTable FILL_FIELDS = FieldTable.of("price", "qty", "commission", "commissionAsset",
            "tradeId", "matchType", "allocId");

    private OrderCursorDecoder() {
    }

    @Override
    public OrderResponse decode(JsonParser p) throws IOException {
        return SpotDecoders.order(p);
    }

    @Override
    public OrderResponse decode(JsonCursor c) throws IOException {
        if (c.peek() != '{') {
            throw new IOException("order answer is not an object");
        }
        c.beginObject();
        OrderResponse.Builder b = new OrderResponse.Builder();
        int field;
        int known = -1;
        while ((field = FIELDS.next(c, known)) != FieldTable.END) {
            if (field == FieldTable.UNKNOWN) {
                c.skipValue(); // a field Binance added later
                continue;
            }
            known = field;
            if (c.readNull()) {
                continue;
            }
            switch (field) {
                case 0: b.symbol = c.readWord(WORDS); break;
                case 1: b.orderId = c.readLong(); break;
                case 2: b.orderListId = c.readLong(); break;
                case 3: b.clientOrderId = c.readString(); break;
                case 4: b.origClientOrderId = c.readString(); break;
                case 5: b.transactTime = c.readLong(); break;
                case 6: b.time = c.readLong(); break;
                case 7: b.updateTime = c.readLong(); break;
                case 8: b.workingTime = c.readLong(); break;
                case 9: b.price = c.readDecimal(); break;
                case 10: b.origQty = c.readDecimal(); break;
                case 11: b.executedQty = c.readDecimal(); break;
                case 12: b.origQuoteOrderQty = c.readDecimal(); break;
                case 13: b.cummulativeQuoteQty = c.readDecimal(); break;
                case 14: b.stopPrice = c.readDecimal(); break;
                case 15: b.icebergQty = c.readDecimal(); break;
                case 16: b.status = c.readEnum(STATUSES); break;
                case 17: b.timeInForce = c.readEnum(TIME_IN_FORCE); break;
                case 18: b.type = c.readEnum(TYPES); break;
                case 19: b.side = c.readEnum(SIDES); break;
                case 20: b.selfTradePreventionMode = c.readEnum(STP); break;
                case 21: b.isWorking = c.readBoolean(); break;
                case 22: readFills(c, b); break;
                case 23: b.trailingDelta = c.readLong(); break;
                case 24: b.trailingTime = c.readLong(); break;
                case 25: b.strategyId = c.readLong(); break;
                case 26: b.strategyType = c.readInt(); break;
                case 27: b.preventedMatchId = c.readLong(); break;
                case 28: b.preventedQuantity = c.readDecimal(); break;
                case 29: b.usedSor = c.readBoolean(); break;
                case 30: b.workingFloor = c.readWord(WORDS); break;
                case 31: b.pegPriceType = c.readWord(WORDS); break;
                case 32: b.pegOffsetType = c.readWord(WORDS); break;
                case 33: b.pegOffsetValue = c.readInt(); break;
                case 34: b.peggedPrice = c.readDecimal(); break;
                case 35: b.expiryReason = c.readWord(WORDS); break;
                default: c.skipValue();
            }
        }
        return b.build();
    }

    private static void readFills(JsonCursor c, OrderResponse.Builder b) throws IOException {
        if (c.peek() != '[') {
            c.skipValue();
            return;
        }
        c.beginArray();
        while (c.nextElement()) {
            BigDecimal price = null;
            BigDecimal qty = null;
            BigDecimal commission = null;
            String commissionAsset = null;
            long tradeId = -1;
            String matchType = null;
            long allocId = -1;
            c.beginObject();
            int field;
            int known = -1;
            while ((field = FILL_FIELDS.next(c, known)) != FieldTable.END) {
                if (field == FieldTable.UNKNOWN) {
                    c.skipValue();
                    continue;
                }
                known = field;
                if (c.readNull()) {
                    continue;
                }
                switch (field) {
                    case 0: price = c.readDecimal(); break;
                    case 1: qty = c.readDecimal(); break;
                    case 2: commission = c.readDecimal(); break;
                    case 3: commissionAsset = c.readWord(WORDS); break;
                    case 4: tradeId = c.readLong(); break;
                    case 5: matchType = c.readWord(WORDS); break;
                    case 6: allocId = c.readLong(); break;
                    default: c.skipValue();
                }
            }
            if (price == null || qty == null) {
                throw new IOException("fill without price or qty");
            }
            b.fills.add(new Fill(price, qty, commission, commissionAsset, tradeId, matchType, allocId));
        }
    }
}
