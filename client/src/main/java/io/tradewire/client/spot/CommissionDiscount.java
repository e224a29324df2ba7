package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * The discount on standard commissions when paying them in BNB.
 *
 * @param enabledForAccount whether the account has it on
 * @param enabledForSymbol  whether the symbol allows it
 * @param discountAsset     the asset to pay in (BNB)
 * @param discount          the fraction the standard commission is reduced by
 */
public record CommissionDiscount(boolean enabledForAccount, boolean enabledForSymbol, String discountAsset,
                                 BigDecimal discount) {
}
