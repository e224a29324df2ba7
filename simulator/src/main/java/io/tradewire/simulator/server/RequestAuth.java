package io.tradewire.simulator.server;

import io.tradewire.core.signing.CanonicalPayload;
import io.tradewire.core.signing.KeyType;
import io.tradewire.core.signing.SignatureVerifier;
import io.tradewire.core.time.EpochClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Authenticates SIGNED requests: API key lookup, timing security (timestamp and recvWindow, in
 * milliseconds or microseconds) and the signature over the canonical payload built from the
 * parameter texts exactly as received.
 */
final class RequestAuth {
    private static final long DEFAULT_RECV_WINDOW_MS = 5000;
    /** Timestamps with 16 digits are microseconds (see "Timing security"). */
    private static final long MICROS_THRESHOLD = 100_000_000_000_000L;

    private final ApiKeyRegistry keys;
    private final EpochClock clock;
    private final long recvWindowMaxMs;

    RequestAuth(ApiKeyRegistry keys, EpochClock clock, long recvWindowMaxMs) {
        this.keys = keys;
        this.clock = clock;
        this.recvWindowMaxMs = recvWindowMaxMs;
    }

    /**
     * Authenticates an account request: explicit {@code apiKey} + {@code signature} win; otherwise the
     * session's logged-on key is used and only {@code timestamp} is needed.
     *
     * @return the API key the request acts for
     */
    String authenticateSigned(Session session, WsRequest req) throws ApiError {
        String apiKey = req.text("apiKey");
        String signature = req.text("signature");
        long timestamp = Params.requireLong(req, "timestamp");
        if (signature == null) {
            String sessionKey = session.apiKey();
            if (sessionKey != null && (apiKey == null || apiKey.equals(sessionKey))) {
                if (keys.verifier(sessionKey) == null) {
                    session.logout();
                    throw Errors.rejectedApiKey();
                }
                checkTiming(req, timestamp);
                return sessionKey;
            }
            throw Errors.mandatory(apiKey == null ? "apiKey" : "signature");
        }
        if (apiKey == null) {
            throw Errors.mandatory("apiKey");
        }
        SignatureVerifier verifier = verifierOrReject(apiKey);
        checkTiming(req, timestamp);
        verifySignature(req, verifier, signature);
        return apiKey;
    }

    /** session.logon: always a full signature, Ed25519 keys only. */
    String authenticateLogon(WsRequest req) throws ApiError {
        String apiKey = Params.requireText(req, "apiKey");
        String signature = Params.requireText(req, "signature");
        long timestamp = Params.requireLong(req, "timestamp");
        SignatureVerifier verifier = verifierOrReject(apiKey);
        if (verifier.keyType() != KeyType.ED25519) {
            throw Errors.logonKeyTypeNotSupported();
        }
        checkTiming(req, timestamp);
        verifySignature(req, verifier, signature);
        return apiKey;
    }

    private SignatureVerifier verifierOrReject(String apiKey) throws ApiError {
        SignatureVerifier v = keys.verifier(apiKey);
        if (v == null) {
            throw Errors.rejectedApiKey();
        }
        return v;
    }

    private void checkTiming(WsRequest req, long timestamp) throws ApiError {
        long recvWindowMicros = recvWindowMicros(req);
        long tsMicros = timestamp >= MICROS_THRESHOLD ? timestamp : Math.multiplyExact(timestamp, 1000L);
        long nowMicros = clock.epochMillis() * 1000L;
        if (tsMicros >= nowMicros + 1_000_000L) {
            throw Errors.timestampAhead();
        }
        if (nowMicros - tsMicros > recvWindowMicros) {
            throw Errors.timestampOutsideRecvWindow();
        }
    }

    private long recvWindowMicros(WsRequest req) throws ApiError {
        BigDecimal rw = Params.optDecimal(req, "recvWindow");
        if (rw == null) {
            return DEFAULT_RECV_WINDOW_MS * 1000L;
        }
        if (rw.stripTrailingZeros().scale() > 3) {
            throw Errors.tooMuchPrecision("recvWindow");
        }
        if (rw.compareTo(BigDecimal.valueOf(recvWindowMaxMs)) > 0) {
            throw Errors.tooLarge("recvWindow", recvWindowMaxMs);
        }
        return rw.movePointRight(3).longValue();
    }

    private static void verifySignature(WsRequest req, SignatureVerifier verifier, String signature) throws ApiError {
        Map<String, String> signed = new HashMap<>();
        for (Map.Entry<String, Param> e : req.params().entrySet()) {
            if (!"signature".equals(e.getKey())) {
                signed.put(e.getKey(), e.getValue().text());
            }
        }
        byte[] payload = CanonicalPayload.wsApi(signed).getBytes(StandardCharsets.UTF_8);
        if (!verifier.verify(payload, signature)) {
            throw Errors.invalidSignature();
        }
    }
}
