package io.tradewire.client.spot;

import io.tradewire.core.enums.SelfTradePreventionMode;

import java.math.BigDecimal;

/**
 * {@code myPreventedMatches}: a match that self-trade prevention stopped. Absent quantities are null.
 *
 * @param symbol                  symbol
 * @param preventedMatchId        id
 * @param takerOrderId            the taker order
 * @param makerSymbol             the maker order's symbol
 * @param makerOrderId            the maker order
 * @param tradeGroupId            trade group
 * @param selfTradePreventionMode the mode that prevented it
 * @param price                   price
 * @param takerPreventedQuantity  quantity prevented on the taker, or null
 * @param makerPreventedQuantity  quantity prevented on the maker, or null
 * @param transactTime            when (ms)
 */
public record PreventedMatch(String symbol, long preventedMatchId, long takerOrderId, String makerSymbol,
                             long makerOrderId, long tradeGroupId, SelfTradePreventionMode selfTradePreventionMode,
                             BigDecimal price, BigDecimal takerPreventedQuantity, BigDecimal makerPreventedQuantity,
                             long transactTime) {
}
