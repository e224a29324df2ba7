package io.tradewire.core.filter;

import java.util.regex.Pattern;

/**
 * The format of client order ids ({@code newClientOrderId}, {@code origClientOrderId}). Binance answers a bad one
 * with -1100 "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'."
 * (the docs do not list the pattern; the venue's error message does).
 */
public final class ClientOrderIdRule {
    /** The legal range as Binance prints it in its -1100 message. */
    public static final String LEGAL_RANGE = "^[a-zA-Z0-9-_]{1,36}$";

    private static final Pattern PATTERN = Pattern.compile(LEGAL_RANGE);

    private ClientOrderIdRule() {
    }

    /**
     * @param id a client order id
     * @return whether Binance accepts it
     */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
