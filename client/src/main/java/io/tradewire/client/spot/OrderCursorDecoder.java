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
import java.util.ArrayList;
import java.util.List;

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
    private static final int FIELD_COUNT = 36;

    /*
     * What kind of value each field holds, by field index. The decoding loop reads a value once per kind (one call
     * site for all decimals, one for all integers, ...) into a slot named by the field's index: seven small call
     * sites instead of thirty-six inlined copies keeps the compiled loop small enough to stay fast.
     */
    private static final byte LONG = 0;
    private static final byte DECIMAL = 1;
    private static final byte WORD = 2;
    private static final byte STRING = 3;
    private static final byte ENUM = 4;
    private static final byte BOOLEAN = 5;
    private static final byte FILLS = 6;
    private static final byte[] KIND = {
            WORD, LONG, LONG, STRING, STRING, LONG, LONG,
            LONG, LONG, DECIMAL, DECIMAL, DECIMAL, DECIMAL,
            DECIMAL, DECIMAL, DECIMAL, ENUM, ENUM, ENUM, ENUM,
            ENUM, BOOLEAN, FILLS, LONG, LONG, LONG,
            LONG, LONG, DECIMAL, BOOLEAN, WORD, WORD,
            WORD, LONG, DECIMAL, WORD};
    private static final EnumTable<?>[] ENUMS = new EnumTable<?>[FIELD_COUNT];

    static {
        ENUMS[16] = STATUSES;
        ENUMS[17] = TIME_IN_FORCE;
        ENUMS[18] = TYPES;
        ENUMS[19] = SIDES;
        ENUMS[20] = STP;
        for (int f = 0; f < FIELD_COUNT; f++) { // the tables are by index: a mismatch must fail at once, not decode
            if (KIND.length != FIELD_COUNT || (KIND[f] == ENUM) != (ENUMS[f] != null)) {
                throw new IllegalStateException("field kinds out of step with the field table at " + f);
            }
        }
    }

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
        // Integers into the cursor's scratch (its thread's alone); references into a fresh array, where a store
        // costs no GC barrier. Fills read into locals.
        long[] longs = c.scratchLongs(FIELD_COUNT, -1); // absent ids, times and integers read as -1
        Object[] values = new Object[FIELD_COUNT];
        List<Fill> fills = List.of();
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
            switch (KIND[field]) {
                case LONG: longs[field] = c.readLong(); break;
                case DECIMAL: values[field] = c.readDecimal(); break;
                case WORD: values[field] = c.readWord(WORDS); break;
                case STRING: values[field] = c.readString(); break;
                case ENUM: values[field] = c.readEnum(ENUMS[field]); break;
                case BOOLEAN: values[field] = c.readBoolean(); break;
                case FILLS: fills = readFills(c); break;
                default: c.skipValue();
            }
        }
        return new OrderResponse((String) values[0], longs[1], longs[2], (String) values[3], (String) values[4],
                longs[5], longs[6], longs[7], longs[8], (BigDecimal) values[9], (BigDecimal) values[10],
                (BigDecimal) values[11], (BigDecimal) values[12], (BigDecimal) values[13], (BigDecimal) values[14],
                (BigDecimal) values[15], (OrderStatus) values[16], (TimeInForce) values[17], (OrderType) values[18],
                (Side) values[19], (SelfTradePreventionMode) values[20], (Boolean) values[21], longs[23],
                longs[24], longs[25], intOf(longs[26], "strategyType"), longs[27], (BigDecimal) values[28],
                (Boolean) values[29], (String) values[30], (String) values[31], (String) values[32],
                intOf(longs[33], "pegOffsetValue"), (BigDecimal) values[34], (String) values[35], fills);
    }

    private static int intOf(long v, String field) throws IOException {
        if (v != (int) v) {
            throw new IOException(field + " out of int range: " + v);
        }
        return (int) v;
    }

    /** The fills as one immutable list, built without an intermediate one for the usual one or two. */
    private static List<Fill> readFills(JsonCursor c) throws IOException {
        if (c.peek() != '[') {
            c.skipValue();
            return List.of();
        }
        c.beginArray();
        Fill f0 = null;
        Fill f1 = null;
        List<Fill> more = null;
        int n = 0;
        while (c.nextElement()) {
            Fill f = readFill(c);
            switch (n++) {
                case 0:
                    f0 = f;
                    break;
                case 1:
                    f1 = f;
                    break;
                default:
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(f0);
                        more.add(f1);
                    }
                    more.add(f);
            }
        }
        switch (n) {
            case 0:
                return List.of();
            case 1:
                return List.of(f0);
            case 2:
                return List.of(f0, f1);
            default:
                return List.copyOf(more);
        }
    }

    /** Kinds of the fill fields, by index, read one call site per kind like the order's. */
    private static final byte[] FILL_KIND = {DECIMAL, DECIMAL, DECIMAL, WORD, LONG, WORD, LONG};

    private static Fill readFill(JsonCursor c) throws IOException {
        BigDecimal[] decimals = new BigDecimal[3]; // price, qty, commission (the order holds the cursor's scratch)
        String commissionAsset = null;
        String matchType = null;
        long tradeId = -1;
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
            switch (FILL_KIND[field]) {
                case DECIMAL:
                    decimals[field] = c.readDecimal();
                    break;
                case WORD:
                    String w = c.readWord(WORDS);
                    if (field == 3) {
                        commissionAsset = w;
                    } else {
                        matchType = w;
                    }
                    break;
                case LONG:
                    long v = c.readLong();
                    if (field == 4) {
                        tradeId = v;
                    } else {
                        allocId = v;
                    }
                    break;
                default:
                    c.skipValue();
            }
        }
        if (decimals[0] == null || decimals[1] == null) {
            throw new IOException("fill without price or qty");
        }
        return new Fill(decimals[0], decimals[1], decimals[2], commissionAsset, tradeId, matchType, allocId);
    }
}
