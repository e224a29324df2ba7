package io.tradewire.core.signing;

import java.nio.charset.StandardCharsets;

/**
 * Signs a canonical request payload. Implementations are thread-safe and their {@code toString()}
 * never shows key material.
 */
public interface RequestSigner {
    /**
     * The kind of key this signer uses.
     *
     * @return key type
     */
    KeyType keyType();

    /**
     * Signs the payload bytes.
     *
     * @param payloadUtf8 the exact bytes to sign (UTF-8 of the canonical payload)
     * @return lowercase hex for HMAC, standard Base64 with padding for RSA and Ed25519
     */
    String sign(byte[] payloadUtf8);

    /**
     * Signs the UTF-8 encoding of {@code payload}.
     *
     * @param payload canonical payload
     * @return the signature as in {@link #sign(byte[])}
     */
    default String sign(String payload) {
        return sign(payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs {@code payload[offset, offset + length)} and writes the signature's ASCII text (as {@link #sign(byte[])}
     * would return it) into {@code out} at {@code outOffset}. HMAC does this without allocating; the default goes
     * through {@link #sign(byte[])}.
     *
     * @param payload   the canonical payload bytes
     * @param offset    where they start
     * @param length    how many
     * @param out       where the signature text goes; must have room for {@link #maxSignatureLength()} bytes
     * @param outOffset where in {@code out}
     * @return the number of bytes written
     */
    default int signInto(byte[] payload, int offset, int length, byte[] out, int outOffset) {
        byte[] exact = java.util.Arrays.copyOfRange(payload, offset, offset + length);
        byte[] text = sign(exact).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, out, outOffset, text.length);
        return text.length;
    }

    /** @return the longest signature text this signer produces, in bytes */
    default int maxSignatureLength() {
        return 1024; // RSA 8192-bit keys give 1368 Base64 characters; nobody uses those for Binance
    }
}
