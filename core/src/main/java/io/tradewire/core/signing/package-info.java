/** Canonical payloads, HMAC/RSA/Ed25519 signers and verifiers, key loading and redaction. */
package io.tradewire.core.signing;
