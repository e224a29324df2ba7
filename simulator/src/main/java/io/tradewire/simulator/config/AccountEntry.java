package io.tradewire.simulator.config;

import io.tradewire.core.signing.KeyType;
import io.tradewire.core.signing.Redaction;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One validated {@code [[account]]} table of an accounts file, before its key material is turned into
 * keys. Simulator internal. {@link #toString()} never shows the secret.
 */
public final class AccountEntry {
    private final int number;
    private final String apiKey;
    private final KeyType keyType;
    private final String secret;
    private final String publicKeyPem;
    private final Map<String, BigDecimal> balances;

    AccountEntry(int number, String apiKey, KeyType keyType, String secret, String publicKeyPem,
                 Map<String, BigDecimal> balances) {
        this.number = number;
        this.apiKey = apiKey;
        this.keyType = keyType;
        this.secret = secret;
        this.publicKeyPem = publicKeyPem;
        this.balances = Map.copyOf(balances);
    }

    /**
     * Position in the file.
     *
     * @return 1 for the first {@code [[account]]}
     */
    public int number() {
        return number;
    }

    /**
     * The API key.
     *
     * @return the {@code api_key} value
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The key type.
     *
     * @return HMAC, RSA or ED25519
     */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * The HMAC secret.
     *
     * @return the secret, or null for RSA/Ed25519 accounts
     */
    public String secret() {
        return secret;
    }

    /**
     * The public key in PEM form.
     *
     * @return the PEM text, or null for HMAC accounts
     */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    /**
     * Starting balances.
     *
     * @return asset to amount, unmodifiable
     */
    public Map<String, BigDecimal> balances() {
        return balances;
    }

    @Override
    public String toString() {
        return "AccountEntry{#" + number + ", apiKey=" + Redaction.redact(apiKey) + ", keyType=" + keyType
                + (secret != null ? ", secret=****" : "") + ", balances=" + balances + "}";
    }
}
