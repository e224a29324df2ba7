package io.tradewire.client.spot;

import io.tradewire.core.filter.ClientOrderIdRule;

import java.math.BigDecimal;

/** Checks shared by the request builders; messages name the field and the rule. */
final class RequestChecks {

    private RequestChecks() {
    }

    static void symbol(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (!validSymbol(symbol)) {
            throw new IllegalArgumentException("symbol '" + symbol
                    + "' must be 1 to 20 characters, upper case, without spaces or any of \\\"/&=?#%");
        }
    }

    /**
     * Binance symbols may be Unicode (CHANGELOG: "symbol can now support Unicode values"), so only what can never be
     * a symbol is rejected: lower-case ASCII, white space, control and JSON/URL structural characters. By hand, not
     * a regex: this runs for every order, and a Matcher allocates.
     */
    private static boolean validSymbol(String s) {
        if (s.length() > 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue; // the usual symbol: decided without the Character tables
            }
            if ((c >= 'a' && c <= 'z') || Character.isWhitespace(c) || Character.isISOControl(c) || c == '"'
                    || c == '\\' || c == '/' || c == '&' || c == '=' || c == '?' || c == '#' || c == '%') {
                return false;
            }
        }
        return true;
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void known(String field, boolean known, String wire) {
        if (!known) {
            throw new IllegalArgumentException(field + " '" + wire + "' is not a known value");
        }
    }

    static void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than zero, was " + value.toPlainString());
        }
    }

    static void orderRef(String method, long orderId, String origClientOrderId) {
        if (orderId < 0 && (origClientOrderId == null || origClientOrderId.isEmpty())) {
            throw new IllegalArgumentException(method + ": orderId or origClientOrderId is required");
        }
        clientOrderId(method, "origClientOrderId", origClientOrderId);
    }

    static void clientOrderId(String method, String field, String id) {
        if (id != null && !ClientOrderIdRule.isValid(id)) {
            throw new IllegalArgumentException(method + ": " + field + " '" + id + "' must match "
                    + ClientOrderIdRule.LEGAL_RANGE);
        }
    }
}
