package io.tradewire.client.spot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One trade that filled (part of) an order, as reported in a {@code FULL} order response. Fills of an order routed
 * by SOR also carry {@link #matchType()} and {@link #allocId()}.
 */
public final class Fill {
    private final BigDecimal price;
    private final BigDecimal qty;
    private final BigDecimal commission;
    private final String commissionAsset;
    private final long tradeId;
    private final String matchType;
    private final long allocId;

    /**
     * @param price           trade price
     * @param qty             traded quantity
     * @param commission      commission charged
     * @param commissionAsset asset the commission was charged in
     * @param tradeId         trade id
     */
    public Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {
        this(price, qty, commission, commissionAsset, tradeId, null, -1);
    }

    /**
     * @param price           trade price
     * @param qty             traded quantity
     * @param commission      commission charged
     * @param commissionAsset asset the commission was charged in
     * @param tradeId         trade id, or -1 (an SOR allocation has none)
     * @param matchType       e.g. {@code ONE_PARTY_TRADE_REPORT} for an SOR allocation, or null
     * @param allocId         allocation id of an SOR fill, or -1
     */
    public Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId,
                String matchType, long allocId) {
        this.price = Objects.requireNonNull(price, "price");
        this.qty = Objects.requireNonNull(qty, "qty");
        this.commission = commission;
        this.commissionAsset = commissionAsset;
        this.tradeId = tradeId;
        this.matchType = matchType;
        this.allocId = allocId;
    }

    /** @return how the fill was matched ({@code ONE_PARTY_TRADE_REPORT} for SOR allocations), or null */
    public String matchType() {
        return matchType;
    }

    /** @return the SOR allocation id, or -1 */
    public long allocId() {
        return allocId;
    }

    /** @return trade price */
    public BigDecimal price() {
        return price;
    }

    /** @return traded quantity */
    public BigDecimal qty() {
        return qty;
    }

    /** @return commission charged, or null when not reported */
    public BigDecimal commission() {
        return commission;
    }

    /** @return commission asset, or null when not reported */
    public String commissionAsset() {
        return commissionAsset;
    }

    /** @return trade id */
    public long tradeId() {
        return tradeId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fill)) {
            return false;
        }
        Fill f = (Fill) o;
        return tradeId == f.tradeId && allocId == f.allocId && price.equals(f.price) && qty.equals(f.qty)
                && Objects.equals(commission, f.commission) && Objects.equals(commissionAsset, f.commissionAsset)
                && Objects.equals(matchType, f.matchType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(price, qty, commission, commissionAsset, tradeId, matchType, allocId);
    }

    @Override
    public String toString() {
        return "Fill{price=" + price.toPlainString() + ", qty=" + qty.toPlainString() + ", commission="
                + (commission == null ? null : commission.toPlainString()) + ' ' + commissionAsset
                + ", tradeId=" + tradeId + (matchType == null ? "" : ", matchType=" + matchType)
                + (allocId < 0 ? "" : ", allocId=" + allocId) + '}';
    }
}
