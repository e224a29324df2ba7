package io.tradewire.core.signing;

/** The three kinds of Binance API keys, which differ in how requests are signed. */
public enum KeyType {
    /** HMAC-SHA256 with a shared secret; signature is lowercase hex. */
    HMAC,
    /** SHA256withRSA (PKCS#1 v1.5); signature is standard Base64. */
    RSA,
    /** Ed25519; signature is standard Base64. */
    ED25519
}
