package io.tradewire.simulator.venue;

import io.tradewire.core.signing.Redaction;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An account to open on the venue: its API key and starting balances (all free). Keys and signatures are the server's
 * business, not the venue's. Simulator internal.
 */
public final class AccountSpec {
    private final String apiKey;
    private final Map<String, BigDecimal> balances;
    private final CommissionRates commissionRates;

    private AccountSpec(String apiKey, Map<String, BigDecimal> balances) {
        this(apiKey, balances, CommissionRates.ZERO);
    }

    private AccountSpec(String apiKey, Map<String, BigDecimal> balances, CommissionRates commissionRates) {
        this.commissionRates = Objects.requireNonNull(commissionRates, "commissionRates");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        balances.forEach((asset, amount) -> {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("negative starting balance of " + asset);
            }
            copy.put(asset, amount);
        });
        this.balances = Collections.unmodifiableMap(copy);
    }

    /**
     * @param apiKey   the account's API key
     * @param balances starting free balance per asset (at most 8 decimals, non-negative)
     * @return the spec
     */
    public static AccountSpec of(String apiKey, Map<String, BigDecimal> balances) {
        return new AccountSpec(apiKey, Objects.requireNonNull(balances, "balances"));
    }

    /**
     * @param rates the account's commission rates
     * @return a copy of this spec with those rates
     */
    public AccountSpec withCommissionRates(CommissionRates rates) {
        return new AccountSpec(apiKey, balances, rates);
    }

    /** @return commission rates, {@link CommissionRates#ZERO} unless set */
    public CommissionRates commissionRates() {
        return commissionRates;
    }

    /** @return the API key */
    public String apiKey() {
        return apiKey;
    }

    /** @return starting balances, unmodifiable, in insertion order */
    public Map<String, BigDecimal> balances() {
        return balances;
    }

    /** Shows only a redacted API key. */
    @Override
    public String toString() {
        return "AccountSpec{apiKey=" + Redaction.redact(apiKey) + ", balances=" + balances + "}";
    }
}
