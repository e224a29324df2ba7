package io.tradewire.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks request signatures, as the exchange (or the simulator) does. Thread-safe.
 * {@link #verify(byte[], String)} never throws on bad input: a malformed signature is simply invalid.
 */
public final class SignatureVerifier {
    private final KeyType keyType;
    private final ThreadLocal<Mac> mac;
    private final PublicKey publicKey;

    private SignatureVerifier(KeyType keyType, ThreadLocal<Mac> mac, PublicKey publicKey) {
        this.keyType = keyType;
        this.mac = mac;
        this.publicKey = publicKey;
    }

    /**
     * Verifier for HMAC-SHA256 hex signatures.
     *
     * @param secret the shared API secret
     * @return a verifier
     */
    public static SignatureVerifier hmac(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("HMAC secret must not be empty");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HmacSigner.ALGORITHM);
        return new SignatureVerifier(KeyType.HMAC, ThreadLocal.withInitial(() -> HmacSigner.newMac(key)), null);
    }

    /**
     * Verifier for Base64 RSA (SHA256withRSA) or Ed25519 signatures.
     *
     * @param key an RSA or Ed25519 public key
     * @return a verifier
     * @throws IllegalArgumentException for other keys
     */
    public static SignatureVerifier forPublicKey(PublicKey key) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        KeyType type = KeyLoader.keyTypeOf(key);
        if (type == KeyType.HMAC) {
            throw new IllegalArgumentException("not an RSA or Ed25519 public key");
        }
        return new SignatureVerifier(type, null, key);
    }

    /**
     * The kind of key this verifier checks.
     *
     * @return key type
     */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * Whether {@code signature} is a valid signature of {@code payloadUtf8}.
     *
     * @param payloadUtf8 the signed bytes
     * @param signature   hex (HMAC, either case) or Base64 (RSA, Ed25519)
     * @return false for wrong, malformed or missing signatures; never throws
     */
    public boolean verify(byte[] payloadUtf8, String signature) {
        if (payloadUtf8 == null || signature == null) {
            return false;
        }
        try {
            if (keyType == KeyType.HMAC) {
                byte[] given = Hex.decodeOrNull(signature);
                if (given == null) {
                    return false;
                }
                byte[] expected = mac.get().doFinal(payloadUtf8);
                // constant-time comparison: no early exit on the first wrong byte
                return MessageDigest.isEqual(expected, given);
            }
            byte[] raw = Base64.getDecoder().decode(signature);
            Signature s = Signature.getInstance(JcaSigner.algorithm(keyType));
            s.initVerify(publicKey);
            s.update(payloadUtf8);
            return s.verify(raw);
        } catch (Exception e) {
            // malformed Base64, wrong signature length, provider complaints: all mean "not valid"
            return false;
        }
    }

    /** Shows the key type only. */
    @Override
    public String toString() {
        return "SignatureVerifier[" + keyType + "]";
    }
}
