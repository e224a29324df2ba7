package io.tradewire.simulator.server;

import io.tradewire.core.signing.SignatureVerifier;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys the simulator accepts, each with the verifier of its signatures (HMAC secret or public
 * key). Thread-safe. Simulator internal: public only so the root package can fill it.
 */
public final class ApiKeyRegistry {
    private final Map<String, SignatureVerifier> verifiers = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public ApiKeyRegistry() {
    }

    /**
     * Registers (or replaces) an API key.
     *
     * @param apiKey   the key clients send as {@code apiKey}
     * @param verifier checks signatures made with the key's secret or private key
     */
    public void register(String apiKey, SignatureVerifier verifier) {
        verifiers.put(Objects.requireNonNull(apiKey, "apiKey"), Objects.requireNonNull(verifier, "verifier"));
    }

    /**
     * Returns the verifier for an API key.
     *
     * @param apiKey the key as sent
     * @return the verifier, or null when the key is unknown
     */
    public SignatureVerifier verifier(String apiKey) {
        return apiKey == null ? null : verifiers.get(apiKey);
    }
}
