package io.tradewire.simulator.venue;

import io.tradewire.core.enums.SelfTradePreventionMode;

/**
 * A trade self-trade prevention stopped, as myPreventedMatches lists it; amounts are scale-8 longs. Simulator
 * internal.
 *
 * @param symbol                  symbol (of taker and maker alike)
 * @param preventedMatchId        the symbol's prevented match id, from 1
 * @param takerOrderId            the incoming order
 * @param makerOrderId            the resting order
 * @param tradeGroupId            always -1: the venue has no trade groups
 * @param mode                    the STP mode that applied (the taker's)
 * @param priceScaled             the maker's price
 * @param takerPreventedQtyScaled quantity the taker lost, 0 when the mode spared it
 * @param makerPreventedQtyScaled quantity the maker lost, 0 when the mode spared it
 * @param transactTime            when (epoch ms)
 */
public record PreventedMatch(String symbol, long preventedMatchId, long takerOrderId, long makerOrderId,
                             long tradeGroupId, SelfTradePreventionMode mode, long priceScaled,
                             long takerPreventedQtyScaled, long makerPreventedQtyScaled, long transactTime) {
}
