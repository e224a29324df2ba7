package io.tradewire.core.signing;

import java.util.Objects;

/** An API key and the signer for its secret. {@code toString()} shows only the first 4 characters of the key. */
public final class ApiCredentials {
    private final String apiKey;
    private final RequestSigner signer;

    private ApiCredentials(String apiKey, RequestSigner signer) {
        this.apiKey = apiKey;
        this.signer = signer;
    }

    /**
     * Creates credentials.
     *
     * @param apiKey the API key (sent in {@code X-MBX-APIKEY} or as {@code apiKey})
     * @param signer signer for the key's secret
     * @return credentials
     * @throws IllegalArgumentException if the key is blank
     */
    public static ApiCredentials of(String apiKey, RequestSigner signer) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        return new ApiCredentials(apiKey, Objects.requireNonNull(signer, "signer"));
    }

    /**
     * The API key.
     *
     * @return API key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The signer.
     *
     * @return signer
     */
    public RequestSigner signer() {
        return signer;
    }

    /**
     * The signer's key type.
     *
     * @return key type
     */
    public KeyType keyType() {
        return signer.keyType();
    }

    /** Shows the first 4 characters of the API key and the key type only. */
    @Override
    public String toString() {
        String shown = apiKey.length() > 4 ? apiKey.substring(0, 4) : "";
        return "ApiCredentials[apiKey=" + shown + "…, keyType=" + signer.keyType() + "]";
    }
}
