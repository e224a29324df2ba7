package io.tradewire.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signer. A Mac is not thread-safe, so each thread gets its own initialised instance.
 *
 * <p>{@link #signInto} (the per-order path) computes the HMAC from two SHA-256 digests with the padded keys, writing
 * every intermediate into per-thread arrays: {@code Mac.doFinal} allocates the inner digest on every call.
 */
final class HmacSigner implements RequestSigner {
    static final String ALGORITHM = "HmacSHA256";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ThreadLocal<Mac> mac;
    private final ThreadLocal<Hmac> hmac;

    HmacSigner(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("HMAC secret must not be empty");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.mac = ThreadLocal.withInitial(() -> newMac(key));
        mac.get(); // fail fast if the JDK lacks HmacSHA256
        byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
        this.hmac = ThreadLocal.withInitial(() -> new Hmac(secretBytes));
        hmac.get();
    }

    /** RFC 2104 over SHA-256 with caller-owned buffers; one per thread. */
    private static final class Hmac {
        private static final int BLOCK = 64;
        final MessageDigest inner = sha256();
        final MessageDigest outer = sha256();
        final byte[] ipad = new byte[BLOCK];
        final byte[] opad = new byte[BLOCK];
        final byte[] digest = new byte[32];

        Hmac(byte[] secret) {
            byte[] key = secret.length > BLOCK ? sha256().digest(secret) : secret;
            for (int i = 0; i < BLOCK; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
        }

        void sign(byte[] payload, int offset, int length) {
            try {
                inner.update(ipad);
                inner.update(payload, offset, length);
                inner.digest(digest, 0, 32);
                outer.update(opad);
                outer.update(digest, 0, 32);
                outer.digest(digest, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 digest is 32 bytes", e);
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 unavailable", e);
            }
        }
    }

    static Mac newMac(SecretKeySpec key) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public KeyType keyType() {
        return KeyType.HMAC;
    }

    @Override
    public String sign(byte[] payloadUtf8) {
        return Hex.encode(mac.get().doFinal(payloadUtf8));
    }

    @Override
    public int signInto(byte[] payload, int offset, int length, byte[] out, int outOffset) {
        Hmac h = hmac.get();
        h.sign(payload, offset, length);
        byte[] d = h.digest;
        for (int i = 0; i < 32; i++) {
            out[outOffset + 2 * i] = HEX[(d[i] >> 4) & 0xF];
            out[outOffset + 2 * i + 1] = HEX[d[i] & 0xF];
        }
        return 64;
    }

    @Override
    public int maxSignatureLength() {
        return 64;
    }

    @Override
    public String toString() {
        return "RequestSigner[HMAC]";
    }
}
