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
}
