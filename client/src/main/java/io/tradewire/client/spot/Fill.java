package io.tradewire.client.spot;

import java.math.BigDecimal;
import java.util.Objects;

/** One trade that filled (part of) an order, as reported in a {@code FULL} order response. */
public final class Fill {
    private final BigDecimal price;
    private final BigDecimal qty;
    private final BigDecimal commission;
    private final String commissionAsset;
    private final long tradeId;

    /**
     * @param price           trade price
     * @param qty             traded quantity
     * @param commission      commission charged
     * @param commissionAsset asset the commission was charged in
     * @param tradeId         trade id
     */
    public Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {
        this.price = Objects.requireNonNull(price, "price");
        this.qty = Objects.requireNonNull(qty, "qty");
        this.commission = commission;
        this.commissionAsset = commissionAsset;
        this.tradeId = tradeId;
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
        return tradeId == f.tradeId && price.equals(f.price) && qty.equals(f.qty)
                && Objects.equals(commission, f.commission) && Objects.equals(commissionAsset, f.commissionAsset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(price, qty, commission, commissionAsset, tradeId);
    }

    @Override
    public String toString() {
        return "Fill{price=" + price.toPlainString() + ", qty=" + qty.toPlainString() + ", commission="
                + (commission == null ? null : commission.toPlainString()) + ' ' + commissionAsset
                + ", tradeId=" + tradeId + '}';
    }
}
