package io.tradewire.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signer. A Mac is not thread-safe, so each thread gets its own initialised instance. */
final class HmacSigner implements RequestSigner {
    static final String ALGORITHM = "HmacSHA256";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ThreadLocal<Mac> mac;
    private final ThreadLocal<byte[]> digest = ThreadLocal.withInitial(() -> new byte[32]);

    HmacSigner(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("HMAC secret must not be empty");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.mac = ThreadLocal.withInitial(() -> newMac(key));
        mac.get(); // fail fast if the JDK lacks HmacSHA256
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
        Mac m = mac.get();
        byte[] d = digest.get();
        m.update(payload, offset, length);
        try {
            m.doFinal(d, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA256 digest is 32 bytes", e);
        }
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
