package io.tradewire.client.spot;

/**
 * {@code order.test} / {@code sor.order.test}: the commission rates that would apply to the tested order, when
 * asked for with {@code computeCommissionRates}; otherwise every component is null (the venue answers {@code {}}).
 *
 * @param standard standard rates on trades from the order, or null
 * @param special  special rates, or null ({@code sor.order.test} has none)
 * @param tax      tax rates, or null
 * @param discount the BNB discount, or null
 */
public record OrderCommissionRates(CommissionRates standard, CommissionRates special, CommissionRates tax,
                                   CommissionDiscount discount) {
    /** @return whether the venue computed rates (the test asked for them) */
    public boolean computed() {
        return standard != null;
    }
}
