package io.tradewire.client.spot;

import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.math.BigDecimal;

/**
 * {@code executionReport}: an order changed (placed, traded, canceled, expired, amended, ...). Every documented
 * field, the conditional ones included: those are null when the venue did not send them (trailing stops,
 * strategies, STP, SOR allocations, pegged orders, expiry). Enum values Binance adds later are kept (see
 * {@code isKnown()}); the average price is {@code cumulativeQuoteQty / cumulativeFilledQty}.
 *
 * @param eventTime                  event time ({@code E}, ms)
 * @param symbol                     symbol ({@code s})
 * @param clientOrderId              client order id ({@code c})
 * @param side                       side ({@code S})
 * @param orderType                  order type ({@code o})
 * @param timeInForce                time in force ({@code f})
 * @param quantity                   order quantity ({@code q})
 * @param price                      order price ({@code p})
 * @param stopPrice                  stop price ({@code P})
 * @param icebergQty                 iceberg quantity ({@code F})
 * @param orderListId                order list id, -1 if none ({@code g})
 * @param origClientOrderId          client order id of the order being canceled, empty if none ({@code C})
 * @param executionType              what happened ({@code x})
 * @param orderStatus                the order's status now ({@code X})
 * @param rejectReason               reject reason, {@code NONE} if not rejected ({@code r})
 * @param orderId                    venue order id ({@code i})
 * @param lastExecutedQty            quantity of this execution ({@code l})
 * @param cumulativeFilledQty        quantity filled so far ({@code z})
 * @param lastExecutedPrice          price of this execution ({@code L})
 * @param commission                 commission of this execution ({@code n})
 * @param commissionAsset            its asset, null if none ({@code N})
 * @param transactionTime            transaction time ({@code T}, ms)
 * @param tradeId                    trade id, -1 if not a trade ({@code t})
 * @param executionId                execution id ({@code I})
 * @param isWorking                  whether the order is on the book ({@code w})
 * @param isMaker                    whether this trade was the maker side ({@code m})
 * @param orderCreationTime          order creation time ({@code O}, ms)
 * @param cumulativeQuoteQty         quote quantity transacted so far ({@code Z})
 * @param lastQuoteQty               quote quantity of this execution ({@code Y})
 * @param quoteOrderQty              quote order quantity ({@code Q})
 * @param selfTradePreventionMode    STP mode ({@code V})
 * @param workingTime                when it started working on the book ({@code W}), or null
 * @param trailingDelta              trailing delta ({@code d}), or null
 * @param trailingTime               trailing time ({@code D}), or null
 * @param strategyId                 strategy id ({@code j}), or null
 * @param strategyType               strategy type ({@code J}), or null
 * @param preventedMatchId           prevented match id ({@code v}), or null
 * @param preventedQuantity          prevented quantity ({@code A}), or null
 * @param lastPreventedQuantity      last prevented quantity ({@code B}), or null
 * @param tradeGroupId               trade group id ({@code u}), or null
 * @param counterOrderId             counter order id ({@code U}), or null
 * @param counterSymbol              counter symbol ({@code Cs}), or null
 * @param preventedExecutionQuantity prevented execution quantity ({@code pl}), or null
 * @param preventedExecutionPrice    prevented execution price ({@code pL}), or null
 * @param preventedExecutionQuoteQty prevented execution quote quantity ({@code pY}), or null
 * @param matchType                  match type of an allocation ({@code b}), or null
 * @param allocationId               allocation id ({@code a}), or null
 * @param workingFloor               working floor, e.g. {@code SOR} ({@code k}), or null
 * @param usedSor                    whether the order used SOR ({@code uS}), or null
 * @param pegPriceType               pegged price type ({@code gP}), or null
 * @param pegOffsetType              pegged offset type ({@code gOT}), or null
 * @param pegOffsetValue             pegged offset value ({@code gOV}), or null
 * @param peggedPrice                pegged price ({@code gp}), or null
 * @param expiryReason               expiry reason ({@code eR}), or null
 */
public record ExecutionReport(long eventTime, String symbol, String clientOrderId, Side side, OrderType orderType,
                              TimeInForce timeInForce, BigDecimal quantity, BigDecimal price, BigDecimal stopPrice,
                              BigDecimal icebergQty, long orderListId, String origClientOrderId,
                              ExecutionType executionType, OrderStatus orderStatus, String rejectReason, long orderId,
                              BigDecimal lastExecutedQty, BigDecimal cumulativeFilledQty,
                              BigDecimal lastExecutedPrice, BigDecimal commission, String commissionAsset,
                              long transactionTime, long tradeId, long executionId, boolean isWorking,
                              boolean isMaker, long orderCreationTime, BigDecimal cumulativeQuoteQty,
                              BigDecimal lastQuoteQty, BigDecimal quoteOrderQty,
                              SelfTradePreventionMode selfTradePreventionMode, Long workingTime, Long trailingDelta,
                              Long trailingTime, Long strategyId, Long strategyType, Long preventedMatchId,
                              BigDecimal preventedQuantity, BigDecimal lastPreventedQuantity, Long tradeGroupId,
                              Long counterOrderId, String counterSymbol, BigDecimal preventedExecutionQuantity,
                              BigDecimal preventedExecutionPrice, BigDecimal preventedExecutionQuoteQty,
                              String matchType, Long allocationId, String workingFloor, Boolean usedSor,
                              String pegPriceType, String pegOffsetType, Long pegOffsetValue, BigDecimal peggedPrice,
                              String expiryReason) implements UserDataEvent {
    @Override
    public String eventType() {
        return "executionReport";
    }

    /** @return whether this report is a trade (execution type TRADE) */
    public boolean isTrade() {
        return ExecutionType.TRADE.equals(executionType);
    }

    @Override
    public String toString() {
        // The generated form would list 57 components; this is what a log line needs.
        return "ExecutionReport{" + symbol + " orderId=" + orderId + " clientOrderId=" + clientOrderId + ' ' + side
                + ' ' + orderType + " x=" + executionType + " X=" + orderStatus
                + " l=" + plain(lastExecutedQty) + "@" + plain(lastExecutedPrice) + " z=" + plain(cumulativeFilledQty)
                + " t=" + tradeId + " I=" + executionId + " E=" + eventTime + '}';
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
