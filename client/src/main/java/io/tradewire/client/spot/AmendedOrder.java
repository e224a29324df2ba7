package io.tradewire.client.spot;

import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.math.BigDecimal;

/**
 * The order after {@code order.amend.keepPriority} (Binance's field names: {@code qty}, {@code cumulativeQuoteQty}).
 * Absent decimals and enums are null, absent ids and times -1.
 *
 * @param symbol                  symbol
 * @param orderId                 venue order id
 * @param orderListId             list id, -1 for a single order
 * @param origClientOrderId       the client order id before the amendment
 * @param clientOrderId           the client order id now
 * @param price                   price
 * @param qty                     the new quantity
 * @param executedQty             executed quantity
 * @param preventedQty            quantity prevented by STP
 * @param quoteOrderQty           quote order quantity
 * @param cumulativeQuoteQty      cumulative quote quantity
 * @param status                  status
 * @param timeInForce             time in force
 * @param type                    type
 * @param side                    side
 * @param stopPrice               stop price, or null
 * @param workingTime             when it started working, or -1
 * @param selfTradePreventionMode STP mode
 */
public record AmendedOrder(String symbol, long orderId, long orderListId, String origClientOrderId,
                           String clientOrderId, BigDecimal price, BigDecimal qty, BigDecimal executedQty,
                           BigDecimal preventedQty, BigDecimal quoteOrderQty, BigDecimal cumulativeQuoteQty,
                           OrderStatus status, TimeInForce timeInForce, OrderType type, Side side,
                           BigDecimal stopPrice, long workingTime, SelfTradePreventionMode selfTradePreventionMode) {
}
