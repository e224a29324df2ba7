package io.tradewire.core.signing;

/** Masks secrets for logs and messages. */
public final class Redaction {
    private static final String MASK = "****";

    private Redaction() {
    }

    /**
     * Masks a secret, showing at most its first 4 characters, and none of a short secret (12 characters
     * or fewer), where 4 characters would give away too much.
     *
     * @param secret the secret, may be null
     * @return e.g. {@code "vmPU****"}, {@code "****"} for short or empty secrets, {@code "null"} for null
     */
    public static String redact(String secret) {
        if (secret == null) {
            return "null";
        }
        if (secret.length() <= 12) {
            return MASK;
        }
        return secret.substring(0, 4) + MASK;
    }
}
