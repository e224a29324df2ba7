package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.WsApiConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Spot user data stream over the WebSocket API (the listenKey endpoints are gone for Spot). Obtained from
 * {@link SpotWsApiClient#userData()}.
 *
 * <p>{@link #subscribe} uses {@code userDataStream.subscribe} on a logged-on (Ed25519) session, and
 * {@code userDataStream.subscribe.signature} otherwise (HMAC or RSA keys: the request is signed). Events are
 * decoded with a streaming parser into typed values and handed to the {@link UserDataListener} on the I/O thread
 * (callbacks must not block); the raw frames still reach {@link ConnectionListener#onEvent} as well.
 *
 * <p>The subscription outlives connections: after a reconnection or a rotation it is restored as part of the new
 * connection's set-up, before the connection takes requests, and the listener is told
 * ({@link UserDataListener#onResubscribed}) so that the trading layer can reconcile what a gap may have hidden. If
 * the venue refuses to restore it, the set-up fails and the connection is replaced again (with backoff), as when a
 * logon fails. During a make-before-break rotation, events both connections deliver are passed on once.
 *
 * <p>Thread-safe.
 */
public final class SpotUserDataApi {
    private static final Logger LOG = LoggerFactory.getLogger(SpotUserDataApi.class);
    private static final ResponseDecoder<Long> SUBSCRIBED = SpotAccountDecoders::subscription;
    private static final int DEDUPE_CAPACITY = 4096;
    private static final int RECENT_CAPACITY = 64;

    private final SpotWsApiClient client;
    private final long overlapNs;
    private volatile UserDataListener listener;
    private volatile boolean wanted;
    private volatile long subscriptionId = -1;
    private final AtomicLong undecodable = new AtomicLong();
    // Rotation overlap: both connections subscribed, the same events arrive twice. Guarded by itself.
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private volatile long overlapUntilNs;
    private volatile boolean overlapping;

    SpotUserDataApi(SpotWsApiClient client, long requestTimeoutNs) {
        this.client = client;
        // A retired connection closes once its requests finish, at the latest after the request timeout.
        this.overlapNs = requestTimeoutNs + TimeUnit.SECONDS.toNanos(2);
    }

    /**
     * Subscribes the account's user data stream (weight 2) and keeps it subscribed across reconnections until
     * {@link #unsubscribe()}.
     *
     * @param listener receives the events (on the I/O thread; must not block)
     * @return the subscription id
     */
    public CompletableFuture<ApiResponse<Long>> subscribe(UserDataListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        CompletableFuture<ApiResponse<Long>> f = client.isLoggedOn()
                ? client.unsigned("userDataStream.subscribe", null, SUBSCRIBED)
                : client.signed("userDataStream.subscribe.signature", p -> { }, SUBSCRIBED, false);
        return f.thenApply(r -> {
            subscriptionId = r.result();
            wanted = true;
            return r;
        });
    }

    /**
     * Ends the subscription ({@code userDataStream.unsubscribe}, weight 2); it is no longer restored. The venue
     * confirms with {@code eventStreamTerminated}, passed to the listener.
     *
     * @return completes when the venue confirmed
     */
    public CompletableFuture<ApiResponse<Object>> unsubscribe() {
        wanted = false;
        long id = subscriptionId;
        return client.unsigned("userDataStream.unsubscribe", p -> {
            if (id >= 0) {
                p.add("subscriptionId", id);
            }
        }, SpotDecoders.EMPTY).thenApply(r -> {
            subscriptionId = -1;
            return r;
        });
    }

    /** @return whether a subscription is wanted (subscribed and not unsubscribed) */
    public boolean isSubscribed() {
        return wanted;
    }

    /** @return the current subscription's id on the current connection, or -1 */
    public long subscriptionId() {
        return subscriptionId;
    }

    /** @return how many event frames could not be decoded (each was passed raw to the listener) */
    public long undecodableEvents() {
        return undecodable.get();
    }

    /** The set-up of a fresh connection: subscribes again when a subscription is wanted. */
    CompletableFuture<Void> restoreOn(WsApiConnection c, boolean rotation) {
        if (!wanted) {
            return CompletableFuture.completedFuture(null);
        }
        boolean session = c.isLoggedOn();
        CompletableFuture<ApiResponse<Long>> f = client.sendOn(c,
                session ? "userDataStream.subscribe" : "userDataStream.subscribe.signature", !session, p -> { },
                SUBSCRIBED);
        return f.thenAccept(r -> {
            subscriptionId = r.result();
            if (rotation) {
                startOverlap();
            }
            LOG.info("user data subscription restored ({}), id {}", rotation ? "rotation" : "reconnection",
                    r.result());
            UserDataListener l = listener;
            if (l != null) {
                try {
                    l.onResubscribed(r.result(), !rotation);
                } catch (RuntimeException e) {
                    LOG.warn("user data listener failed in onResubscribed", e);
                }
            }
        });
    }

    void startOverlap() {
        synchronized (recent) {
            overlapUntilNs = System.nanoTime() + overlapNs;
            overlapping = true;
        }
    }

    /**
     * Whether the frame repeats an event already delivered while two connections were subscribed. The last few
     * events are remembered at all times, so that one the old connection delivered just before the new
     * subscription was confirmed is still recognised; repeats are only dropped during the overlap.
     */
    private boolean duplicate(String frame) {
        int at = frame.indexOf("\"event\"");
        String key = at < 0 ? frame : frame.substring(at); // subscription ids may differ between connections
        synchronized (recent) {
            if (overlapping && System.nanoTime() - overlapUntilNs > 0) {
                overlapping = false;
            }
            if (overlapping && seen.contains(key)) {
                return true;
            }
            if (seen.add(key)) {
                recent.add(key);
            }
            int capacity = overlapping ? DEDUPE_CAPACITY : RECENT_CAPACITY;
            while (recent.size() > capacity) {
                seen.remove(recent.poll());
            }
            return false;
        }
    }

    /** Wraps the user's connection listener: user data frames are decoded for the typed listener first. */
    ConnectionListener route(ConnectionListener user) {
        return new ConnectionListener() {
            @Override
            public void onStateChange(ConnectionState previous, ConnectionState current) {
                user.onStateChange(previous, current);
            }

            @Override
            public void onServerShutdown(long eventTimeMs) {
                user.onServerShutdown(eventTimeMs);
            }

            @Override
            public void onRotated(String reason) {
                user.onRotated(reason);
            }

            @Override
            public void onEvent(CharSequence json) {
                try {
                    onFrame(json);
                } finally {
                    user.onEvent(json);
                }
            }
        };
    }

    /** Decodes one event frame and calls the listener; never throws. */
    void onFrame(CharSequence json) {
        UserDataListener l = listener;
        if (l == null) {
            return;
        }
        String frame = json.toString();
        if (duplicate(frame)) {
            return;
        }
        UserDataDecoders.Decoded d;
        try {
            d = UserDataDecoders.decode(frame);
        } catch (IOException | RuntimeException e) {
            undecodable.incrementAndGet();
            LOG.warn("undecodable user data event ({} chars), passed on raw: {}", frame.length(), e.toString());
            deliver(l, null, frame, null);
            return;
        }
        deliver(l, d.event, frame, d.type);
    }

    private void deliver(UserDataListener l, UserDataEvent e, String frame, String type) {
        try {
            if (e instanceof ExecutionReport) {
                l.onExecutionReport((ExecutionReport) e);
            } else if (e instanceof OutboundAccountPosition) {
                l.onAccountPosition((OutboundAccountPosition) e);
            } else if (e instanceof BalanceUpdate) {
                l.onBalanceUpdate((BalanceUpdate) e);
            } else if (e instanceof ListStatus) {
                l.onListStatus((ListStatus) e);
            } else if (e instanceof ExternalLockUpdate) {
                l.onExternalLockUpdate((ExternalLockUpdate) e);
            } else if (e instanceof EventStreamTerminated) {
                l.onStreamTerminated((EventStreamTerminated) e);
            } else {
                l.onUnknownEvent(type, frame);
            }
        } catch (RuntimeException ex) {
            // A listener bug must not stop the stream or the I/O thread.
            LOG.warn("user data listener failed on {}", type, ex);
        }
    }

    /**
     * Decodes one event frame without a connection (tests and tools).
     *
     * @param frame a {@code {"subscriptionId":..,"event":{..}}} frame
     * @return the typed event, or null for an event type this release does not know
     * @throws IllegalArgumentException when the frame is not a well-formed event frame
     */
    public static UserDataEvent decodeEvent(String frame) {
        try {
            return UserDataDecoders.decode(frame).event;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a user data event frame: " + e.getMessage(), e);
        }
    }
}
