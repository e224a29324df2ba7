package io.tradewire.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One trade of an order, as listed in a FULL order response. Immutable; amounts held as scale-8 longs (encoders use
 * the {@code ...Scaled()} accessors, the BigDecimal ones build their value on each call). Simulator internal.
 */
public final class Fill {
    private final long price;
    private final long qty;
    private final long commission;
    private final String commissionAsset;
    private final long tradeId;

    Fill(long price, long qty, long commission, String commissionAsset, long tradeId) {
        this.price = price;
        this.qty = qty;
        this.commission = commission;
        this.commissionAsset = Objects.requireNonNull(commissionAsset, "commissionAsset");
        this.tradeId = tradeId;
    }

    /** @return execution price */
    public BigDecimal price() {
        return OrderResult.dec(price);
    }

    /** @return execution price, scale 8 */
    public long priceScaled() {
        return price;
    }

    /** @return executed base quantity */
    public BigDecimal qty() {
        return OrderResult.dec(qty);
    }

    /** @return executed base quantity, scale 8 */
    public long qtyScaled() {
        return qty;
    }

    /** @return commission charged, in {@link #commissionAsset()} */
    public BigDecimal commission() {
        return OrderResult.dec(commission);
    }

    /** @return commission charged, scale 8 */
    public long commissionScaled() {
        return commission;
    }

    /** @return the asset the order received (base for BUY, quote for SELL), in which the commission is taken */
    public String commissionAsset() {
        return commissionAsset;
    }

    /** @return per-symbol trade id, from 1 */
    public long tradeId() {
        return tradeId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fill f && f.price == price && f.qty == qty && f.commission == commission
                && f.tradeId == tradeId && f.commissionAsset.equals(commissionAsset);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tradeId) * 31 + Long.hashCode(qty);
    }

    @Override
    public String toString() {
        return "Fill[price=" + price() + ", qty=" + qty() + ", commission=" + commission() + ", commissionAsset="
                + commissionAsset + ", tradeId=" + tradeId + "]";
    }
}
