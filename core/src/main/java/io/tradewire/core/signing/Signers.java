package io.tradewire.core.signing;

import java.security.PrivateKey;

/** Factories for {@link RequestSigner}s. */
public final class Signers {
    private Signers() {
    }

    /**
     * HMAC-SHA256 signer (lowercase hex output).
     *
     * @param secret the API secret; its UTF-8 bytes are the HMAC key
     * @return a thread-safe signer
     */
    public static RequestSigner hmac(String secret) {
        return new HmacSigner(secret);
    }

    /**
     * SHA256withRSA (PKCS#1 v1.5) signer (Base64 output).
     *
     * @param key an RSA private key
     * @return a thread-safe signer
     * @throws IllegalArgumentException if the key is not RSA
     */
    public static RequestSigner rsa(PrivateKey key) {
        requireType(key, KeyType.RSA);
        return new JcaSigner(KeyType.RSA, key);
    }

    /**
     * Ed25519 signer (Base64 output).
     *
     * @param key an Ed25519 private key
     * @return a thread-safe signer
     * @throws IllegalArgumentException if the key is not Ed25519
     */
    public static RequestSigner ed25519(PrivateKey key) {
        requireType(key, KeyType.ED25519);
        return new JcaSigner(KeyType.ED25519, key);
    }

    /**
     * RSA or Ed25519 signer, chosen by the key's algorithm.
     *
     * @param key an RSA or Ed25519 private key
     * @return a thread-safe signer
     * @throws IllegalArgumentException for any other key
     */
    public static RequestSigner forPrivateKey(PrivateKey key) {
        KeyType type = KeyLoader.keyTypeOf(key);
        if (type == KeyType.HMAC) {
            throw new IllegalArgumentException("not an RSA or Ed25519 private key");
        }
        return new JcaSigner(type, key);
    }

    private static void requireType(PrivateKey key, KeyType expected) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        KeyType actual;
        try {
            actual = KeyLoader.keyTypeOf(key);
        } catch (IllegalArgumentException e) {
            actual = null;
        }
        if (actual != expected) {
            throw new IllegalArgumentException("expected an " + expected + " private key but got algorithm "
                    + key.getAlgorithm());
        }
    }
}
