package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.WsApiConnection;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.ratelimit.RateLimit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Streaming decoders of account results. Unknown fields are skipped; unknown enum values kept. */
final class SpotAccountDecoders {
    static final ResponseDecoder<AccountInfo> ACCOUNT = SpotAccountDecoders::account;
    static final ResponseDecoder<AccountCommission> COMMISSION = SpotAccountDecoders::commission;
    static final ResponseDecoder<List<RateLimit>> RATE_LIMITS = WsApiConnection::readRateLimits;
    static final ResponseDecoder<List<AccountTrade>> TRADES = p -> Decoding.list(p, SpotAccountDecoders::trade);
    static final ResponseDecoder<List<PreventedMatch>> PREVENTED = p -> Decoding.list(p,
            SpotAccountDecoders::prevented);
    static final ResponseDecoder<List<OrderAmendment>> AMENDMENTS = p -> Decoding.list(p,
            SpotAccountDecoders::amendment);
    static final ResponseDecoder<List<Long>> SUBSCRIPTIONS = p -> Decoding.list(p, SpotAccountDecoders::subscription);

    private SpotAccountDecoders() {
    }

    private static AccountInfo account(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long maker = 0;
        long taker = 0;
        long buyer = 0;
        long seller = 0;
        CommissionRates rates = null;
        boolean canTrade = false;
        boolean canWithdraw = false;
        boolean canDeposit = false;
        boolean brokered = false;
        boolean requireStp = false;
        boolean preventSor = false;
        long updateTime = -1;
        String accountType = null;
        List<Balance> balances = List.of();
        List<String> permissions = new ArrayList<>();
        long uid = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case "makerCommission":
                    maker = p.getValueAsLong();
                    break;
                case "takerCommission":
                    taker = p.getValueAsLong();
                    break;
                case "buyerCommission":
                    buyer = p.getValueAsLong();
                    break;
                case "sellerCommission":
                    seller = p.getValueAsLong();
                    break;
                case "commissionRates":
                    rates = SpotTradingDecoders.rates(p);
                    break;
                case "canTrade":
                    canTrade = p.getValueAsBoolean();
                    break;
                case "canWithdraw":
                    canWithdraw = p.getValueAsBoolean();
                    break;
                case "canDeposit":
                    canDeposit = p.getValueAsBoolean();
                    break;
                case "brokered":
                    brokered = p.getValueAsBoolean();
                    break;
                case "requireSelfTradePrevention":
                    requireStp = p.getValueAsBoolean();
                    break;
                case "preventSor":
                    preventSor = p.getValueAsBoolean();
                    break;
                case "updateTime":
                    updateTime = p.getValueAsLong();
                    break;
                case "accountType":
                    accountType = Decoding.word(p);
                    break;
                case "balances":
                    balances = Decoding.list(p, SpotAccountDecoders::balance);
                    break;
                case "permissions":
                    permissions = Decoding.list(p, Decoding::word);
                    break;
                case "uid":
                    uid = p.getValueAsLong();
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AccountInfo(maker, taker, buyer, seller, rates, canTrade, canWithdraw, canDeposit, brokered,
                requireStp, preventSor, updateTime, accountType, balances, permissions, uid);
    }

    private static Balance balance(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String asset = null;
        BigDecimal free = null;
        BigDecimal locked = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "asset":
                case "a":
                    asset = Decoding.word(p);
                    break;
                case "free":
                case "f":
                    free = Decoding.decimal(p);
                    break;
                case "locked":
                case "l":
                    locked = Decoding.decimal(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Balance(asset, free, locked);
    }

    static Balance balanceOf(JsonParser p) throws IOException {
        return balance(p);
    }

    private static AccountCommission commission(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        CommissionRates standard = null;
        CommissionRates special = null;
        CommissionRates tax = null;
        CommissionDiscount discount = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "standardCommission":
                    standard = SpotTradingDecoders.rates(p);
                    break;
                case "specialCommission":
                    special = SpotTradingDecoders.rates(p);
                    break;
                case "taxCommission":
                    tax = SpotTradingDecoders.rates(p);
                    break;
                case "discount":
                    discount = SpotTradingDecoders.discount(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AccountCommission(symbol, standard, special, tax, discount);
    }

    private static AccountTrade trade(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long id = -1;
        long orderId = -1;
        long orderListId = -1;
        BigDecimal price = null;
        BigDecimal qty = null;
        BigDecimal quoteQty = null;
        BigDecimal commission = null;
        String commissionAsset = null;
        long time = -1;
        boolean isBuyer = false;
        boolean isMaker = false;
        boolean isBestMatch = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "id":
                    id = Decoding.number(p, -1);
                    break;
                case "orderId":
                    orderId = Decoding.number(p, -1);
                    break;
                case "orderListId":
                    orderListId = Decoding.number(p, -1);
                    break;
                case "price":
                    price = Decoding.decimal(p);
                    break;
                case "qty":
                    qty = Decoding.decimal(p);
                    break;
                case "quoteQty":
                    quoteQty = Decoding.decimal(p);
                    break;
                case "commission":
                    commission = Decoding.decimal(p);
                    break;
                case "commissionAsset":
                    commissionAsset = Decoding.word(p);
                    break;
                case "time":
                    time = Decoding.number(p, -1);
                    break;
                case "isBuyer":
                    isBuyer = p.getValueAsBoolean();
                    break;
                case "isMaker":
                    isMaker = p.getValueAsBoolean();
                    break;
                case "isBestMatch":
                    isBestMatch = p.getValueAsBoolean();
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AccountTrade(symbol, id, orderId, orderListId, price, qty, quoteQty, commission, commissionAsset,
                time, isBuyer, isMaker, isBestMatch);
    }

    private static PreventedMatch prevented(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long id = -1;
        long taker = -1;
        String makerSymbol = null;
        long maker = -1;
        long group = -1;
        SelfTradePreventionMode mode = null;
        BigDecimal price = null;
        BigDecimal takerQty = null;
        BigDecimal makerQty = null;
        long time = -1;
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
                case "preventedMatchId":
                    id = Decoding.number(p, -1);
                    break;
                case "takerOrderId":
                    taker = Decoding.number(p, -1);
                    break;
                case "makerSymbol":
                    makerSymbol = Decoding.word(p);
                    break;
                case "makerOrderId":
                    maker = Decoding.number(p, -1);
                    break;
                case "tradeGroupId":
                    group = Decoding.number(p, -1);
                    break;
                case "selfTradePreventionMode":
                    mode = SelfTradePreventionMode.of(Decoding.word(p));
                    break;
                case "price":
                    price = Decoding.decimal(p);
                    break;
                case "takerPreventedQuantity":
                    takerQty = Decoding.decimal(p);
                    break;
                case "makerPreventedQuantity":
                    makerQty = Decoding.decimal(p);
                    break;
                case "transactTime":
                    time = Decoding.number(p, -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new PreventedMatch(symbol, id, taker, makerSymbol, maker, group, mode, price, takerQty, makerQty,
                time);
    }

    private static OrderAmendment amendment(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long orderId = -1;
        long executionId = -1;
        String orig = null;
        String fresh = null;
        BigDecimal origQty = null;
        BigDecimal newQty = null;
        long time = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "orderId":
                    orderId = Decoding.number(p, -1);
                    break;
                case "executionId":
                    executionId = Decoding.number(p, -1);
                    break;
                case "origClientOrderId":
                    orig = Decoding.text(p);
                    break;
                case "newClientOrderId":
                    fresh = Decoding.text(p);
                    break;
                case "origQty":
                    origQty = Decoding.decimal(p);
                    break;
                case "newQty":
                    newQty = Decoding.decimal(p);
                    break;
                case "time":
                    time = Decoding.number(p, -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new OrderAmendment(symbol, orderId, executionId, orig, fresh, origQty, newQty, time);
    }

    /** One {@code {"subscriptionId": n}} (also the result of a subscribe). */
    static Long subscription(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long id = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("subscriptionId".equals(f)) {
                id = Decoding.number(p, -1);
            } else {
                p.skipChildren();
            }
        }
        return id;
    }
}
