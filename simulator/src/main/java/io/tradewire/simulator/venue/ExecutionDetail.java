package io.tradewire.simulator.venue;

import java.math.BigDecimal;

/**
 * What an execution report needs beyond the order's state: the per-symbol execution id, the trade's role and quote
 * amount, the expiry reason, and for self-trade prevention the prevented match. Immutable. Simulator internal.
 *
 * @param executionId  per-symbol execution id (Binance's {@code I})
 * @param maker        for a TRADE: whether this order was the resting one
 * @param lastQuoteQty for a TRADE: the trade's quote amount, the venue's {@code floor(price * qty)}; else 0
 * @param expiryReason for an EXPIRED report: Binance's expiry reason (e.g. {@code UNFILLED_IOC_QUANTITY_EXPIRED}),
 *                     or null when none applies
 * @param prevented    for a TRADE_PREVENTION report: the prevented match; else null
 */
public record ExecutionDetail(long executionId, boolean maker, BigDecimal lastQuoteQty, String expiryReason,
                              Prevented prevented) {

    /**
     * The prevented match behind a TRADE_PREVENTION report.
     *
     * @param counterOrderId   the other order of the prevented match (Binance's {@code U})
     * @param lastPreventedQty quantity this order lost to this prevented match (Binance's {@code B})
     * @param executionQty     what the trade's quantity would have been (Binance's {@code pl})
     * @param executionPrice   the price it would have traded at (Binance's {@code pL})
     * @param executionQuote   its quote amount (Binance's {@code pY})
     */
    public record Prevented(long counterOrderId, BigDecimal lastPreventedQty, BigDecimal executionQty,
                            BigDecimal executionPrice, BigDecimal executionQuote) {
    }
}
