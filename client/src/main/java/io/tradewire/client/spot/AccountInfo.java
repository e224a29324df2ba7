package io.tradewire.client.spot;

import java.util.List;

/**
 * {@code account.status}: the account's permissions, commissions and balances.
 *
 * @param makerCommission            maker commission in basis points (legacy)
 * @param takerCommission            taker commission in basis points (legacy)
 * @param buyerCommission            buyer commission in basis points (legacy)
 * @param sellerCommission           seller commission in basis points (legacy)
 * @param commissionRates            the exact commission rates, or null
 * @param canTrade                   whether the account may trade
 * @param canWithdraw                whether it may withdraw
 * @param canDeposit                 whether it may deposit
 * @param brokered                   whether it is a broker sub-account
 * @param requireSelfTradePrevention whether orders must use STP
 * @param preventSor                 whether SOR is disabled for it
 * @param updateTime                 last update (ms), or -1
 * @param accountType                e.g. {@code SPOT}
 * @param balances                   balances
 * @param permissions                permissions, e.g. {@code SPOT}
 * @param uid                        the account's user id, or -1
 */
public record AccountInfo(long makerCommission, long takerCommission, long buyerCommission, long sellerCommission,
                          CommissionRates commissionRates, boolean canTrade, boolean canWithdraw, boolean canDeposit,
                          boolean brokered, boolean requireSelfTradePrevention, boolean preventSor, long updateTime,
                          String accountType, List<Balance> balances, List<String> permissions, long uid) {
    /** Copies the lists: the value is immutable. */
    public AccountInfo {
        balances = List.copyOf(balances);
        permissions = List.copyOf(permissions);
    }

    /**
     * @param asset an asset
     * @return its balance, or null when the account has none
     */
    public Balance balance(String asset) {
        for (Balance b : balances) {
            if (b.asset().equals(asset)) {
                return b;
            }
        }
        return null;
    }
}
