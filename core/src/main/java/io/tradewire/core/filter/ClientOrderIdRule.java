package io.tradewire.core.filter;

/**
 * The format of client order ids ({@code newClientOrderId}, {@code origClientOrderId}). Binance answers a bad one
 * with -1100 "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'."
 * (the docs do not list the pattern; the venue's error message does).
 */
public final class ClientOrderIdRule {
    /** The legal range as Binance prints it in its -1100 message. */
    public static final String LEGAL_RANGE = "^[a-zA-Z0-9-_]{1,36}$";

    private ClientOrderIdRule() {
    }

    /**
     * @param id a client order id
     * @return whether Binance accepts it
     */
    public static boolean isValid(String id) {
        // The regex by hand: this runs for every order, and a Matcher allocates.
        if (id == null || id.isEmpty() || id.length() > 36) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
