package io.tradewire.simulator.junit;

import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.KeyType;
import io.tradewire.core.signing.Redaction;
import io.tradewire.core.signing.RequestSigner;
import io.tradewire.core.signing.Signers;
import java.math.BigDecimal;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Objects;

/**
 * A generated account registered with the test's simulator: its API key and the secret to sign with (an HMAC
 * secret, or an RSA or Ed25519 private key). {@link #toString()} never shows the secret.
 */
public final class TestAccount {
    private final String apiKey;
    private final KeyType keyType;
    private final String hmacSecret;
    private final PrivateKey privateKey;
    private final Map<String, BigDecimal> balances;

    TestAccount(String apiKey, KeyType keyType, String hmacSecret, PrivateKey privateKey,
                Map<String, BigDecimal> balances) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.keyType = Objects.requireNonNull(keyType, "keyType");
        this.hmacSecret = hmacSecret;
        this.privateKey = privateKey;
        this.balances = Map.copyOf(balances);
    }

    /**
     * The API key.
     *
     * @return the key
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
        return keyType;
    }

    /**
     * The HMAC secret.
     *
     * @return the secret
     * @throws IllegalStateException for an RSA or Ed25519 account
     */
    public String hmacSecret() {
        if (hmacSecret == null) {
            throw new IllegalStateException("a " + keyType + " account has no HMAC secret; use privateKey()");
        }
        return hmacSecret;
    }

    /**
     * The RSA or Ed25519 private key.
     *
     * @return the key
     * @throws IllegalStateException for an HMAC account
     */
    public PrivateKey privateKey() {
        if (privateKey == null) {
            throw new IllegalStateException("an HMAC account has no private key; use hmacSecret()");
        }
        return privateKey;
    }

    /**
     * A signer for the account's requests.
     *
     * @return the signer
     */
    public RequestSigner signer() {
        return hmacSecret != null ? Signers.hmac(hmacSecret) : Signers.forPrivateKey(privateKey);
    }

    /**
     * The account's credentials, for {@code SpotWsApiClient} and friends.
     *
     * @return API key and signer
     */
    public ApiCredentials credentials() {
        return ApiCredentials.of(apiKey, signer());
    }

    /**
     * The starting balances.
     *
     * @return asset to amount
     */
    public Map<String, BigDecimal> balances() {
        return balances;
    }

    @Override
    public String toString() {
        return "TestAccount{apiKey=" + Redaction.redact(apiKey) + ", keyType=" + keyType + "}";
    }
}
