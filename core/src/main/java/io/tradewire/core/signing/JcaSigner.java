package io.tradewire.core.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** RSA or Ed25519 signer backed by a per-thread {@link Signature}. */
final class JcaSigner implements RequestSigner {
    private final KeyType keyType;
    private final ThreadLocal<Signature> signature;

    JcaSigner(KeyType keyType, PrivateKey key) {
        this.keyType = keyType;
        String algorithm = algorithm(keyType);
        this.signature = ThreadLocal.withInitial(() -> {
            try {
                Signature s = Signature.getInstance(algorithm);
                s.initSign(key);
                return s;
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot sign with this " + keyType + " key: "
                        + e.getClass().getSimpleName(), e);
            }
        });
        signature.get(); // fail fast on an unusable key
    }

    static String algorithm(KeyType keyType) {
        switch (keyType) {
            case RSA:
                return "SHA256withRSA";
            case ED25519:
                return "Ed25519";
            default:
                throw new IllegalArgumentException("not an asymmetric key type: " + keyType);
        }
    }

    @Override
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public String sign(byte[] payloadUtf8) {
        Signature s = signature.get();
        try {
            s.update(payloadUtf8);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(keyType + " signing failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "RequestSigner[" + keyType + "]";
    }
}
