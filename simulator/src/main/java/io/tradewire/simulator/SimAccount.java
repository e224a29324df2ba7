package io.tradewire.simulator;

import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.KeyType;
import io.tradewire.core.signing.Redaction;
import io.tradewire.core.signing.SignatureVerifier;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;

/**
 * An account of the simulator: its API key, how its signatures are checked (HMAC secret, or an RSA or
 * Ed25519 public key) and its starting balances. Immutable; {@link #toString()} never shows the secret.
 */
public final class SimAccount {
    private static final char[] KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiKey;
    private final SignatureVerifier verifier;
    private final Map<String, BigDecimal> balances;

    private SimAccount(String apiKey, SignatureVerifier verifier, Map<String, BigDecimal> balances) {
        if (Objects.requireNonNull(apiKey, "apiKey").isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        this.apiKey = apiKey;
        this.verifier = verifier;
        this.balances = Map.copyOf(Objects.requireNonNull(balances, "balances"));
        for (Map.Entry<String, BigDecimal> e : this.balances.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new IllegalArgumentException("balance of " + e.getKey() + " must not be negative");
            }
        }
    }

    /**
     * An account whose requests are signed with HMAC-SHA256.
     *
     * @param apiKey   the API key
     * @param secret   the HMAC secret
     * @param balances starting balances, asset to amount
     * @return the account
     */
    public static SimAccount hmac(String apiKey, String secret, Map<String, BigDecimal> balances) {
        Objects.requireNonNull(secret, "secret");
        return new SimAccount(apiKey, SignatureVerifier.hmac(secret), balances);
    }

    /**
     * An account whose requests are signed with the private half of an RSA or Ed25519 key.
     *
     * @param apiKey   the API key
     * @param key      the RSA or Ed25519 public key
     * @param balances starting balances, asset to amount
     * @return the account
     */
    public static SimAccount withPublicKey(String apiKey, PublicKey key, Map<String, BigDecimal> balances) {
        return new SimAccount(apiKey, SignatureVerifier.forPublicKey(Objects.requireNonNull(key, "key")), balances);
    }

    /**
     * Generates an Ed25519 account with a random 64-character API key, for demos: the caller gets the
     * private key to sign with (and to {@code session.logon}).
     *
     * @param balances starting balances
     * @return the account and its private key
     */
    public static DemoAccount generateEd25519Demo(Map<String, BigDecimal> balances) {
        KeyPair pair = KeyLoader.generateEd25519();
        char[] key = new char[64];
        for (int i = 0; i < key.length; i++) {
            key[i] = KEY_CHARS[RANDOM.nextInt(KEY_CHARS.length)];
        }
        return new DemoAccount(withPublicKey(new String(key), pair.getPublic(), balances), pair.getPrivate());
    }

    /**
     * The API key clients send.
     *
     * @return the API key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * How the account signs.
     *
     * @return HMAC, RSA or ED25519
     */
    public KeyType keyType() {
        return verifier.keyType();
    }

    /**
     * Starting balances.
     *
     * @return asset to amount, unmodifiable
     */
    public Map<String, BigDecimal> balances() {
        return balances;
    }

    SignatureVerifier verifier() {
        return verifier;
    }

    @Override
    public String toString() {
        return "SimAccount{apiKey=" + Redaction.redact(apiKey) + ", keyType=" + keyType() + ", balances=" + balances + "}";
    }
}
