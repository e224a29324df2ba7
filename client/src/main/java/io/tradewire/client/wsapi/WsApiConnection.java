package io.tradewire.client.wsapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.Ticker;
import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.codec.FieldTable;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.client.transport.FrameSink;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.json.Json;
import io.tradewire.core.ratelimit.RateLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket API connection's request/response matching: numeric request ids, a table of pending requests,
 * a deadline on each, and streaming decoding of each answer by the decoder its request registered.
 *
 * <p>Every request ends exactly once: with its answer, with the venue's error, with a timeout, or when the
 * connection is lost. A request that may have reached the venue and has no answer ends with an
 * {@link io.tradewire.core.error.ErrorCategory#UNKNOWN_OUTCOME} error; it is never resent from here.
 *
 * <p>Malformed frames are counted, logged and dropped; they never close the connection.
 */
public final class WsApiConnection implements FrameSink {
    private static final Logger LOG = LoggerFactory.getLogger(WsApiConnection.class);

    private final JsonFactory json = Json.mapper().getFactory(); // a factory with a codec: trees need one
    private final PendingTable<Pending<?>> pending = new PendingTable<>(1024);
    private final List<Pending<?>> expiredScratch = new ArrayList<>(); // I/O thread only
    private volatile ScheduledFuture<?> sweeper;
    private volatile Ticker ticker = Ticker.systemTicker();
    private final AtomicLong nextId = new AtomicLong(1);
    private final long timeoutNs;
    private final ConnectionListener listener;
    private final Runnable onClosed;
    private volatile Channel channel;
    private volatile List<RateLimit> lastRateLimits = List.of();
    private volatile boolean loggedOn;
    private volatile long openedAtNs;
    private final AtomicLong malformedFrames = new AtomicLong();
    private byte[] scratch = new byte[8192]; // I/O thread only
    private final JsonCursor cursor = new JsonCursor(); // I/O thread only
    private final RateLimitsReader rateLimitsReader = new RateLimitsReader(); // I/O thread only
    private volatile AnswerObserver observer = AnswerObserver.NONE;
    private Pending<?> decoding; // I/O thread only: the request whose answer is being decoded

    /**
     * @param timeoutNs deadline of each request
     * @param listener  receives events that are not responses
     * @param onClosed  run once when the connection is lost, after pending requests were completed
     */
    public WsApiConnection(long timeoutNs, ConnectionListener listener, Runnable onClosed) {
        this.timeoutNs = timeoutNs;
        this.listener = listener;
        this.onClosed = onClosed;
    }

    /**
     * Binds the connection to an open channel.
     *
     * @param ch the channel, after the WebSocket handshake
     */
    public void attach(Channel ch) {
        if (ch.eventLoop() instanceof AbstractScheduledEventExecutor) {
            // The loop's own clock: real time in production, a controllable one under EmbeddedChannel in tests.
            ticker = ((AbstractScheduledEventExecutor) ch.eventLoop()).ticker();
        }
        this.channel = ch;
        this.openedAtNs = ticker.nanoTime();
        // One periodic sweep instead of a timer task per request: deadlines are checked every tick.
        long tickNs = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(timeoutNs / 20, TimeUnit.MILLISECONDS.toNanos(20)));
        sweeper = ch.eventLoop().scheduleAtFixedRate(this::sweep, tickNs, tickNs, TimeUnit.NANOSECONDS);
    }

    private void sweep() {
        pending.removeExpired(ticker.nanoTime(), nextId.get(), expiredScratch);
        for (int i = 0; i < expiredScratch.size(); i++) {
            Pending<?> p = expiredScratch.get(i);
            p.fail(BinanceApiException.timeout(p.method, timeoutNs));
        }
        expiredScratch.clear();
    }

    /** @return whether requests can be sent now */
    public boolean isOpen() {
        Channel ch = channel;
        return ch != null && ch.isActive();
    }

    /**
     * Sends a request.
     *
     * @param method   the API method, for example {@code order.place}
     * @param params   its parameters, or null for none
     * @param decoder  decodes the {@code result}
     * @param mutating whether the request may change state at the venue (its outcome is then unknown when no
     *                 answer arrives)
     * @param <T>      result type
     * @return completes with the answer, or exceptionally with a {@link BinanceApiException}
     */
    public <T> CompletableFuture<ApiResponse<T>> send(String method, RequestParams params, ResponseDecoder<T> decoder,
                                                      boolean mutating) {
        CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
        send(method, params, decoder, mutating, future, null);
        return future;
    }

    /**
     * Sends a request whose answer completes a future the caller owns.
     *
     * @param method   the API method
     * @param params   its parameters, or null
     * @param decoder  decodes the {@code result}
     * @param mutating whether the request may change state at the venue
     * @param future   completed with the answer or the failure
     * @param resend   for a read: run instead of failing the future when the connection is lost before the answer,
     *                 so the caller can send it again on another connection (it then owns the future); null to fail
     * @param <T>      result type
     */
    public <T> void send(String method, RequestParams params, ResponseDecoder<T> decoder, boolean mutating,
                         CompletableFuture<ApiResponse<T>> future, Runnable resend) {
        Channel ch = channel;
        if (ch == null || !ch.isActive()) {
            future.completeExceptionally(BinanceApiException.notSent(method, "not connected"));
            return;
        }
        long id = nextId.getAndIncrement();
        Pending<T> p = new Pending<>(id, method, decoder, future, mutating, mutating ? null : resend);
        p.sentNs = ticker.nanoTime();
        pending.put(p);
        ByteBuf buf;
        try {
            RequestParams frame = FrameEncoder.orNone(params);
            int n = frame.encodeFrame(id, method); // built in the params' reused array, copied once
            buf = ch.alloc().buffer(n, n);
            buf.writeBytes(frame.frameBytes(), 0, n);
        } catch (RuntimeException e) {
            pending.remove(id);
            future.completeExceptionally(BinanceApiException.notSent(method, "cannot encode request: " + e.getMessage()));
            return;
        }
        ch.writeAndFlush(new TextWebSocketFrame(buf)).addListener(f -> {
            if (!f.isSuccess()) {
                Pending<?> gone = pending.remove(id);
                if (gone != null) {
                    if (gone.resend != null) {
                        gone.resend.run();
                    } else {
                        gone.fail(mutating ? BinanceApiException.disconnected(method)
                                : BinanceApiException.notSent(method, "write failed: " + f.cause()));
                    }
                }
            }
        });
    }

    /**
     * Sets who sees every answer before its future completes (the client's rate limiter and clock).
     *
     * @param v the observer; must not block
     */
    public void observeAnswers(AnswerObserver v) {
        observer = v == null ? AnswerObserver.NONE : v;
    }

    /** @return whether this connection is authenticated with {@code session.logon} */
    public boolean isLoggedOn() {
        return loggedOn;
    }

    /**
     * @param v whether this connection is authenticated with {@code session.logon}
     */
    public void loggedOn(boolean v) {
        loggedOn = v;
    }

    /** @return when this connection was opened (monotonic ns), for rotation before the venue's 24 h limit */
    public long openedAtNs() {
        return openedAtNs;
    }

    /** @return the rate-limit usage from the most recent answer that carried one */
    public List<RateLimit> lastRateLimits() {
        return lastRateLimits;
    }

    /** @return how many frames could not be decoded */
    public long malformedFrames() {
        return malformedFrames.get();
    }

    /** @return how many requests await an answer */
    public int pendingCount() {
        return pending.size();
    }

    /** @return the clock deadlines and round trips are measured with */
    public Ticker ticker() {
        return ticker;
    }

    /** Closes the connection; pending requests complete as on any disconnect. */
    public void close() {
        Channel ch = channel;
        if (ch != null && ch.isActive()) {
            ch.writeAndFlush(new CloseWebSocketFrame()).addListener(f -> ch.close());
        }
    }

    @Override
    public void onText(ByteBuf utf8) {
        int len = utf8.readableBytes();
        byte[] bytes;
        int offset;
        if (utf8.hasArray()) {
            bytes = utf8.array();
            offset = utf8.arrayOffset() + utf8.readerIndex();
        } else {
            if (scratch.length < len) {
                scratch = new byte[Math.max(len, scratch.length * 2)];
            }
            utf8.getBytes(utf8.readerIndex(), scratch, 0, len);
            bytes = scratch;
            offset = 0;
        }
        decoding = null;
        try {
            decodeFrame(cursor.reset(bytes, offset, len), bytes, offset, len);
        } catch (IOException | RuntimeException e) {
            malformedFrames.incrementAndGet();
            LOG.warn("dropped a malformed frame ({} bytes): {}", len, e.toString());
            Pending<?> req = decoding;
            if (req != null) {
                // The venue answered but we cannot read what it said: the outcome is unknown to us.
                req.fail(BinanceApiException.of(0, -1006, "undecodable answer to " + req.method + ": " + e, 0));
            }
        } finally {
            decoding = null;
        }
    }

    private static final FieldTable ENVELOPE = FieldTable.of("id", "status", "result", "error", "rateLimits", "event");
    private static final int F_ID = 0;
    private static final int F_STATUS = 1;
    private static final int F_RESULT = 2;
    private static final int F_ERROR = 3;
    private static final int F_RATE_LIMITS = 4;
    private static final int F_EVENT = 5;
    private static final FieldTable ERROR_FIELDS = FieldTable.of("code", "msg", "data");
    private static final byte[] RETRY_AFTER = "retryAfter".getBytes(StandardCharsets.US_ASCII);

    /** The envelope read straight from the bytes; the result by the request's decoder (see {@link #decodeResult}). */
    private void decodeFrame(JsonCursor c, byte[] bytes, int offset, int len) throws IOException {
        if (c.peek() != '{') {
            throw new IOException("frame is not a JSON object");
        }
        c.beginObject();
        Pending<?> req = null;
        boolean sawId = false;
        int status = 0;
        Object result = null;
        boolean hasResult = false;
        int deferredStart = -1;
        int deferredEnd = -1;
        int errCode = 0;
        String errMsg = null;
        long retryAfter = 0;
        boolean hasError = false;
        Object errorData = null;
        List<RateLimit> rateLimits = Collections.emptyList();
        int field;
        int known = -1;
        while ((field = ENVELOPE.next(c, known)) != FieldTable.END) {
            if (field >= 0) {
                known = field;
            }
            switch (field) {
                case F_ID:
                    sawId = true;
                    long id = readId(c);
                    req = id == Long.MIN_VALUE ? null : pending.remove(id);
                    decoding = req;
                    break;
                case F_STATUS:
                    status = c.readInt();
                    break;
                case F_RESULT:
                    hasResult = true;
                    if (req != null) {
                        result = decodeResult(req.decoder, c);
                    } else if (!sawId) {
                        deferredStart = c.valueStart(); // id came later than result: rare, decode afterwards
                        c.skipValue();
                        deferredEnd = c.position();
                    } else {
                        c.skipValue();
                    }
                    break;
                case F_ERROR:
                    hasError = true;
                    if (c.readNull()) {
                        break;
                    }
                    c.beginObject();
                    while (c.nextField()) {
                        switch (ERROR_FIELDS.lookup(c)) {
                            case 0:
                                errCode = c.readInt();
                                break;
                            case 1:
                                errMsg = c.readString();
                                break;
                            case 2:
                                if (c.peek() != '{') {
                                    c.skipValue();
                                } else if (req != null && req.decoder.hasErrorData()) {
                                    errorData = decodeErrorData(req.decoder, c); // order.cancelReplace's outcomes
                                } else {
                                    c.beginObject();
                                    while (c.nextField()) {
                                        if (c.nameIs(RETRY_AFTER)) {
                                            retryAfter = c.readLong();
                                        } else {
                                            c.skipValue();
                                        }
                                    }
                                }
                                break;
                            default:
                                c.skipValue();
                        }
                    }
                    break;
                case F_RATE_LIMITS:
                    rateLimits = rateLimitsReader.read(c);
                    break;
                case F_EVENT:
                    onEvent(c, bytes, offset, len);
                    return;
                default:
                    c.skipValue();
            }
        }
        if (!sawId) {
            throw new IOException("frame has neither an id nor an event");
        }
        if (!rateLimits.isEmpty()) {
            lastRateLimits = rateLimits;
        }
        if (req == null) {
            LOG.debug("answer for an unknown or expired request dropped");
            return;
        }
        if (hasError || status != 200) {
            BinanceApiException error = BinanceApiException.of(status, errCode, errMsg == null ? "" : errMsg,
                    retryAfter);
            observer.onError(req.method, error);
            if (errorData != null) {
                req.future.completeExceptionally(req.decoder.errorWithData(error, errorData));
            } else {
                req.fail(error);
            }
            return;
        }
        if (!hasResult) {
            req.fail(BinanceApiException.of(status, 0, "answer without result", 0));
            return;
        }
        if (deferredStart >= 0) {
            result = decodeResult(req.decoder, new JsonCursor().reset(bytes, deferredStart, deferredEnd - deferredStart));
        }
        decoding = null;
        observer.onAnswer(req.method, result, rateLimits);
        req.succeed(result, status, rateLimits);
    }

    /**
     * Decodes a result with the request's decoder: from the bytes when it can, otherwise with a streaming parser
     * over exactly the result's bytes (the methods off the order path).
     */
    private Object decodeResult(ResponseDecoder<?> d, JsonCursor c) throws IOException {
        if (d instanceof CursorDecoder) {
            return ((CursorDecoder<?>) d).decode(c);
        }
        int start = c.valueStart();
        c.skipValue();
        try (JsonParser p = json.createParser(c.buffer(), start, c.position() - start)) {
            p.nextToken();
            return d.decode(p);
        }
    }

    private Object decodeErrorData(ResponseDecoder<?> d, JsonCursor c) throws IOException {
        int start = c.valueStart();
        c.skipValue();
        try (JsonParser p = json.createParser(c.buffer(), start, c.position() - start)) {
            p.nextToken();
            return d.decodeErrorData(p);
        }
    }

    private static long readId(JsonCursor c) throws IOException {
        if (c.readNull()) {
            return Long.MIN_VALUE; // null id: an unsolicited answer such as a revoked session
        }
        byte b = c.peek();
        if (b == '"' || b == '-' || (b >= '0' && b <= '9')) {
            try {
                return c.readLong(); // our ids are numbers; a string holding one is read too
            } catch (IOException e) {
                c.skipValue();
                return Long.MIN_VALUE; // not one of ours
            }
        }
        c.skipValue();
        return Long.MIN_VALUE;
    }

    private static final FieldTable EVENT_FIELDS = FieldTable.of("e", "E");

    private void onEvent(JsonCursor c, byte[] bytes, int offset, int len) throws IOException {
        String type = null;
        long eventTime = 0;
        if (c.peek() == '{') {
            c.beginObject();
            while (c.nextField()) {
                switch (EVENT_FIELDS.lookup(c)) {
                    case 0:
                        type = c.readString();
                        break;
                    case 1:
                        eventTime = c.readLong(); // tolerates E sent as a string
                        break;
                    default:
                        c.skipValue();
                }
            }
        }
        if ("serverShutdown".equals(type)) {
            LOG.info("venue announced serverShutdown at {}", eventTime);
            listener.onServerShutdown(eventTime);
        } else {
            listener.onEvent(new String(bytes, offset, len, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads a {@code rateLimits} array.
     *
     * @param p parser on START_ARRAY
     * @return the limits
     * @throws IOException on malformed input
     */
    public static List<RateLimit> readRateLimits(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return Collections.emptyList();
        }
        List<RateLimit> out = new ArrayList<>(4);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String type = null;
            String interval = null;
            int intervalNum = 0;
            long limit = 0;
            long count = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "rateLimitType":
                        type = word(p);
                        break;
                    case "interval":
                        interval = word(p);
                        break;
                    case "intervalNum":
                        intervalNum = p.getValueAsInt();
                        break;
                    case "limit":
                        limit = p.getValueAsLong();
                        break;
                    case "count":
                        count = p.getValueAsLong();
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (type != null && interval != null) {
                out.add(RateLimit.of(RateLimitType.of(type), RateLimitInterval.of(interval), intervalNum, limit, count));
            }
        }
        return out;
    }

    private static final TextInterner WORDS = new TextInterner(256);

    private static String word(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING
                ? WORDS.intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : p.getText();
    }

    @Override
    public void onClosed(Throwable cause) {
        channel = null;
        loggedOn = false;
        ScheduledFuture<?> s = sweeper;
        if (s != null) {
            s.cancel(false);
        }
        List<Pending<?>> lost = pending.removeAll();
        // The owner first: it must know this connection is gone before reads are handed back, or a resend would
        // pick this dead connection again instead of waiting for the next one.
        onClosed.run();
        for (Pending<?> p : lost) {
            if (p.resend != null) {
                p.resend.run(); // a read: asked again on the next connection, nothing at stake
            } else {
                p.fail(BinanceApiException.disconnected(p.method));
            }
        }
    }

    private final class Pending<T> implements PendingTable.Entry {
        final long id;
        final String method;
        final ResponseDecoder<T> decoder;
        final CompletableFuture<ApiResponse<T>> future;
        final boolean mutating;
        final Runnable resend;
        long sentNs;

        Pending(long id, String method, ResponseDecoder<T> decoder, CompletableFuture<ApiResponse<T>> future,
                boolean mutating, Runnable resend) {
            this.id = id;
            this.method = method;
            this.decoder = decoder;
            this.future = future;
            this.mutating = mutating;
            this.resend = resend;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public long deadlineNs() {
            return sentNs + timeoutNs;
        }

        @SuppressWarnings("unchecked")
        void succeed(Object result, int status, List<RateLimit> rateLimits) {
            future.complete(new ApiResponse<>((T) result, status, rateLimits, ticker.nanoTime() - sentNs));
        }

        void fail(BinanceApiException e) {
            future.completeExceptionally(e);
        }
    }
}
