package io.tradewire.core.signing;

/**
 * A key could not be loaded. The message says what is wrong (not PEM, wrong password, unsupported
 * algorithm) and never contains key bytes or the password.
 */
public final class KeyLoadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong, free of secrets
     */
    public KeyLoadException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what is wrong, free of secrets
     * @param cause   the underlying failure
     */
    public KeyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
