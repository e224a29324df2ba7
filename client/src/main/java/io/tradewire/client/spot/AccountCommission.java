package io.tradewire.client.spot;

/**
 * {@code account.commission}: the account's commission rates on a symbol.
 *
 * @param symbol   symbol
 * @param standard standard rates
 * @param special  special rates, or null
 * @param tax      tax rates, or null
 * @param discount the BNB discount, or null
 */
public record AccountCommission(String symbol, CommissionRates standard, CommissionRates special,
                                CommissionRates tax, CommissionDiscount discount) {
}
