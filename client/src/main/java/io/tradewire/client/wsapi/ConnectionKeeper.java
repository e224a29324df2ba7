package io.tradewire.client.wsapi;

import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.transport.WebSocketConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Keeps one live WebSocket API connection: opens it and runs the product's set-up on it (clock, logon), reconnects
 * with exponential backoff and jitter when it is lost, and rotates it make-before-break before the venue's lifetime
 * limit or when the venue announces {@code serverShutdown}: the new connection is set up first, new requests go to
 * it, requests in flight finish on the old one, which then closes.
 *
 * <p>While there is no connection, reads may wait for one in a bounded queue (overflow: they fail at once, not
 * sent); requests that change state are never queued or resent here.
 *
 * <p>State machine: NEW → CONNECTING → CONNECTED/LOGGED_ON ⇄ DISCONNECTED → CONNECTING ...; CLOSED is terminal.
 */
public final class ConnectionKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionKeeper.class);

    /** Tunables; all durations positive, zero maxAge means never rotate on age. */
    public static final class Policy {
        final boolean reconnect;
        final long backoffMinMs;
        final long backoffMaxMs;
        final long maxAgeMs;
        final int waitingCapacity;

        /**
         * @param reconnect       whether a lost connection is replaced
         * @param backoffMin      first retry delay
         * @param backoffMax      largest retry delay
         * @param maxAge          rotate a connection this old (zero: never)
         * @param waitingCapacity how many reads may wait for a connection
         */
        public Policy(boolean reconnect, Duration backoffMin, Duration backoffMax, Duration maxAge,
                      int waitingCapacity) {
            this.reconnect = reconnect;
            this.backoffMinMs = Math.max(1, backoffMin.toMillis());
            this.backoffMaxMs = Math.max(this.backoffMinMs, backoffMax.toMillis());
            this.maxAgeMs = maxAge.toMillis();
            this.waitingCapacity = waitingCapacity;
        }
    }

    private final WebSocketConnector connector;
    private final URI uri;
    private final long requestTimeoutNs;
    private final ConnectionListener listener;
    private final Function<WsApiConnection, CompletableFuture<Void>> setup;
    private final Policy policy;
    private final ScheduledExecutorService timer;
    private final AtomicReference<ConnectionState> state = new AtomicReference<>(ConnectionState.NEW);
    private final Set<WsApiConnection> retired = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>(); // guarded by itself
    private volatile WsApiConnection current;
    private volatile boolean rotating;
    private volatile ScheduledFuture<?> ageTask;
    private volatile int attempt; // reconnect attempts since the last success

    /**
     * @param connector        opens WebSocket connections
     * @param uri              the WebSocket API URL
     * @param requestTimeoutNs deadline of each request
     * @param listener         the user's observer (must not block)
     * @param setup            the product's set-up of a fresh connection (clock, logon); the connection is not used
     *                         for user requests before it completes
     * @param policy           reconnect and rotation tunables
     * @param timer            where backoff and rotation timers run
     */
    public ConnectionKeeper(WebSocketConnector connector, URI uri, long requestTimeoutNs, ConnectionListener listener,
                            Function<WsApiConnection, CompletableFuture<Void>> setup, Policy policy,
                            ScheduledExecutorService timer) {
        this.connector = connector;
        this.uri = uri;
        this.requestTimeoutNs = requestTimeoutNs;
        this.listener = listener;
        this.setup = setup;
        this.policy = policy;
        this.timer = timer;
    }

    /**
     * Opens the first connection. A failure here is reported to the caller and not retried: the configuration is
     * more likely wrong than the network.
     *
     * @return completes when the connection is set up
     */
    public CompletableFuture<Void> start() {
        if (state.get() == ConnectionState.CLOSED) {
            return CompletableFuture.failedFuture(new IllegalStateException("client is closed"));
        }
        transition(ConnectionState.CONNECTING);
        return open().thenAccept(this::install).whenComplete((v, e) -> {
            if (e != null && state.get() != ConnectionState.CLOSED) {
                transition(ConnectionState.DISCONNECTED);
            }
        });
    }

    /** @return the connection requests go to now, or null while there is none */
    public WsApiConnection current() {
        return current;
    }

    /** @return the state */
    public ConnectionState state() {
        return state.get();
    }

    /** @return whether a lost connection is being replaced (requests may wait for it) */
    public boolean replacing() {
        if (!policy.reconnect || state.get() == ConnectionState.CLOSED) {
            return false;
        }
        WsApiConnection c = current;
        return c == null || !c.isOpen(); // a current connection that is closing is about to be replaced too
    }

    /** Re-reads the logon state of the current connection into the public state. */
    public void refreshState() {
        WsApiConnection c = current;
        if (c != null && state.get() != ConnectionState.CLOSED) {
            transition(c.isLoggedOn() ? ConnectionState.LOGGED_ON : ConnectionState.CONNECTED);
        }
    }

    /**
     * Runs {@code send} once a connection is set up, or {@code expire} if none is within the request timeout or the
     * queue is full or the keeper closes.
     *
     * @param send   what to do with the connection
     * @param expire what to do instead
     */
    public void whenConnected(Runnable send, Runnable expire) {
        Waiting w = new Waiting(send, expire);
        synchronized (waiting) {
            if (waiting.size() >= policy.waitingCapacity) {
                expire.run(); // overflow policy: fail at once, never grow without bound
                return;
            }
            waiting.add(w);
        }
        w.deadline = timer.schedule(w::expire, requestTimeoutNs, TimeUnit.NANOSECONDS);
        if (current != null) {
            drain(); // connected meanwhile
        }
    }

    /**
     * Replaces the current connection make-before-break.
     *
     * @param reason why, for the log
     */
    public void rotate(String reason) {
        WsApiConnection old = current;
        if (rotating || old == null || state.get() == ConnectionState.CLOSED) {
            return;
        }
        rotating = true;
        LOG.info("rotating the WebSocket API connection: {}", reason);
        open().whenComplete((fresh, e) -> {
            if (e != null) {
                rotating = false;
                LOG.warn("rotation failed, keeping the old connection for now: {}", e.toString());
                timer.schedule(() -> rotate(reason + " (retry)"), policy.backoffMaxMs, TimeUnit.MILLISECONDS);
                return;
            }
            if (state.get() == ConnectionState.CLOSED) {
                fresh.close();
                return;
            }
            retired.add(old);
            install(fresh);
            rotating = false;
            listener.onRotated(reason);
            retire(old, System.nanoTime() + requestTimeoutNs);
        });
    }

    /** Closes for good: the connection, the timers, and every waiting read. */
    public void close() {
        transition(ConnectionState.CLOSED);
        ScheduledFuture<?> t = ageTask;
        if (t != null) {
            t.cancel(false);
        }
        WsApiConnection c = current;
        current = null;
        if (c != null) {
            c.close();
        }
        expireAll();
    }

    private CompletableFuture<WsApiConnection> open() {
        WsApiConnection[] self = new WsApiConnection[1];
        WsApiConnection conn = new WsApiConnection(requestTimeoutNs, new ShutdownAware(),
                () -> onClosed(self[0]));
        self[0] = conn;
        return connector.connect(uri, conn).thenCompose(ch -> {
            conn.attach(ch);
            return setup.apply(conn).handle((v, e) -> {
                if (e != null) {
                    conn.close();
                    throw e instanceof RuntimeException ? (RuntimeException) e
                            : new java.util.concurrent.CompletionException(e);
                }
                return conn;
            });
        });
    }

    private void install(WsApiConnection conn) {
        if (state.get() == ConnectionState.CLOSED) {
            conn.close();
            return;
        }
        current = conn;
        attempt = 0;
        transition(ConnectionState.CONNECTED);
        refreshState();
        scheduleRotationByAge();
        drain();
    }

    private void scheduleRotationByAge() {
        ScheduledFuture<?> old = ageTask;
        if (old != null) {
            old.cancel(false);
        }
        if (policy.maxAgeMs > 0) {
            ageTask = timer.schedule(() -> rotate("connection reached its maximum age"), policy.maxAgeMs,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Closes a retired connection once nothing is pending on it, or at the deadline. */
    private void retire(WsApiConnection old, long deadlineNs) {
        if (old.pendingCount() == 0 || System.nanoTime() >= deadlineNs || !old.isOpen()) {
            old.close();
            return;
        }
        timer.schedule(() -> retire(old, deadlineNs), 10, TimeUnit.MILLISECONDS);
    }

    private void onClosed(WsApiConnection conn) {
        if (retired.remove(conn)) {
            return; // replaced on purpose; its in-flight reads were handed back already
        }
        if (conn != current) {
            return; // a connection that never got installed (failed set-up)
        }
        current = null;
        ScheduledFuture<?> t = ageTask;
        if (t != null) {
            t.cancel(false);
        }
        if (state.get() == ConnectionState.CLOSED) {
            return;
        }
        transition(ConnectionState.DISCONNECTED);
        if (policy.reconnect) {
            scheduleReconnect();
        } else {
            expireAll();
        }
    }

    private void scheduleReconnect() {
        long ceiling = Math.min(policy.backoffMaxMs, policy.backoffMinMs << Math.min(attempt, 20));
        // "Equal jitter": at least half the backoff, so clients that lost the venue together do not return together.
        long delay = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        attempt++;
        LOG.info("reconnecting in {} ms (attempt {})", delay, attempt);
        timer.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    }

    private void reconnect() {
        if (state.get() == ConnectionState.CLOSED || current != null) {
            return;
        }
        transition(ConnectionState.CONNECTING);
        open().whenComplete((conn, e) -> {
            if (e != null) {
                LOG.info("reconnect failed: {}", e.toString());
                if (state.get() != ConnectionState.CLOSED) {
                    transition(ConnectionState.DISCONNECTED);
                    scheduleReconnect();
                }
                return;
            }
            install(conn);
        });
    }

    private void drain() {
        while (true) {
            Waiting w;
            synchronized (waiting) {
                w = waiting.poll();
            }
            if (w == null) {
                return;
            }
            w.send();
        }
    }

    private void expireAll() {
        while (true) {
            Waiting w;
            synchronized (waiting) {
                w = waiting.poll();
            }
            if (w == null) {
                return;
            }
            w.expire();
        }
    }

    private void transition(ConnectionState next) {
        ConnectionState prev = state.getAndUpdate(s -> s == ConnectionState.CLOSED ? s : next);
        if (prev != next && prev != ConnectionState.CLOSED) {
            listener.onStateChange(prev, next);
        }
    }

    /** Forwards events to the user; a shutdown announcement also starts a rotation. */
    private final class ShutdownAware implements ConnectionListener {
        @Override
        public void onServerShutdown(long eventTimeMs) {
            timer.execute(() -> rotate("venue announced serverShutdown"));
            listener.onServerShutdown(eventTimeMs);
        }

        @Override
        public void onEvent(CharSequence json) {
            listener.onEvent(json);
        }
    }

    /** A read waiting for a connection; runs exactly one of its two actions. */
    private final class Waiting {
        private final Runnable send;
        private final Runnable expire;
        private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        volatile ScheduledFuture<?> deadline;

        Waiting(Runnable send, Runnable expire) {
            this.send = send;
            this.expire = expire;
        }

        void send() {
            if (done.compareAndSet(false, true)) {
                ScheduledFuture<?> d = deadline;
                if (d != null) {
                    d.cancel(false);
                }
                send.run();
            }
        }

        void expire() {
            if (done.compareAndSet(false, true)) {
                synchronized (waiting) {
                    waiting.remove(this);
                }
                expire.run();
            }
        }
    }
}
