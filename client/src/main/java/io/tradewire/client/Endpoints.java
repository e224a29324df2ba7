package io.tradewire.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where a client connects: the Spot WebSocket API and the REST base URL. Every URL is configurable; production,
 * testnet and a local simulator are presets.
 */
public final class Endpoints {
    /** Binance Spot production. */
    public static final Endpoints PRODUCTION = new Endpoints(
            URI.create("wss://ws-api.binance.com:443/ws-api/v3"), URI.create("https://api.binance.com"));
    /** Binance Spot testnet. */
    public static final Endpoints TESTNET = new Endpoints(
            URI.create("wss://ws-api.testnet.binance.vision/ws-api/v3"), URI.create("https://testnet.binance.vision"));

    private final URI wsApi;
    private final URI rest;

    private Endpoints(URI wsApi, URI rest) {
        this.wsApi = requireScheme(Objects.requireNonNull(wsApi, "wsApi"), "ws", "wss");
        this.rest = rest == null ? null : requireScheme(rest, "http", "https");
    }

    /**
     * Custom endpoints, for example a simulator on loopback.
     *
     * @param wsApi the WebSocket API URL, {@code ws://} or {@code wss://}
     * @param rest  the REST base URL, {@code http://} or {@code https://}; may be null when unused
     * @return the endpoints
     * @throws IllegalArgumentException when a URL has the wrong scheme
     */
    public static Endpoints of(URI wsApi, URI rest) {
        return new Endpoints(wsApi, rest);
    }

    /**
     * Resolves a preset name ({@code production}, {@code testnet}) or treats the text as a WebSocket API URL.
     *
     * @param nameOrUrl preset name or {@code ws(s)://} URL
     * @return the endpoints
     */
    public static Endpoints parse(String nameOrUrl) {
        switch (nameOrUrl.toLowerCase(java.util.Locale.ROOT)) {
            case "production":
            case "prod":
                return PRODUCTION;
            case "testnet":
                return TESTNET;
            default:
                return of(URI.create(nameOrUrl), null);
        }
    }

    /** @return the WebSocket API URL */
    public URI wsApi() {
        return wsApi;
    }

    /** @return the REST base URL, or null when not configured */
    public URI rest() {
        return rest;
    }

    private static URI requireScheme(URI uri, String plain, String secure) {
        String scheme = uri.getScheme();
        if (!plain.equalsIgnoreCase(scheme) && !secure.equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("endpoint '" + uri + "': scheme must be " + plain + " or " + secure);
        }
        return uri;
    }

    @Override
    public String toString() {
        return "Endpoints{wsApi=" + wsApi + ", rest=" + rest + '}';
    }
}
