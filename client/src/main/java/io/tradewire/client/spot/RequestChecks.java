package io.tradewire.client.spot;

import io.tradewire.core.filter.ClientOrderIdRule;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks shared by the request builders; messages name the field and the rule. */
final class RequestChecks {
    // Binance symbols may be Unicode (CHANGELOG: "symbol can now support Unicode values"), so only reject what can
    // never be a symbol: lower-case ASCII, white space, control and JSON/URL structural characters.
    private static final Pattern SYMBOL = Pattern.compile("^[^a-z\\s\\p{Cntrl}\"\\\\/&=?#%]{1,20}$");

    private RequestChecks() {
    }

    static void symbol(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol '" + symbol
                    + "' must be 1 to 20 characters, upper case, without spaces or any of \\\"/&=?#%");
        }
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
