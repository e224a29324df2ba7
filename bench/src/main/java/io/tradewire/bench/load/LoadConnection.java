package io.tradewire.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import org.HdrHistogram.Recorder;

/**
 * One WS API connection of the load generator: sends {@code order.place} / {@code order.cancel} pairs from
 * pre-encoded templates, keeps up to {@code window} requests in flight, and records each round trip's latency.
 *
 * <p>Request {@code k}: even k places order {@code k/2} (a resting GTC limit, buys at 50000.00-50000.99, sells at
 * 70000.00-70000.99, so nothing ever crosses), odd k cancels it by {@code origClientOrderId}. Both go down the same
 * connection, whose requests the server handles in order, so the cancel always finds its order resting and the book
 * never holds more than {@code window / 2} orders of this connection.
 *
 * <p>Closed loop (rate 0): a response lets the next request go. Open loop: request k is due at
 * {@code start + k * interval}; latency is counted from that intended time, so time spent waiting for a free window
 * slot (coordinated omission) is included. All state is touched only on the channel's event loop.
 */
final class LoadConnection extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    /** Response prefix: {@code {"id":"} then the 12-digit id, then {@code ","status":}. */
    private static final byte[] PREFIX = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int ID_DIGITS = 12;
    private static final byte[] STATUS = "\",\"status\":".getBytes(StandardCharsets.US_ASCII);
    private static final int ERROR_SAMPLES = 3;

    private final int index;
    private final RequestFactory requests;
    private final int window;
    private final long intervalNs;
    private final Recorder recorder;
    private final LongAdder ok;
    private final LongAdder errors;
    private final ErrorSamples errorSamples;
    final CompletableFuture<Void> handshake = new CompletableFuture<>();
    private CompletableFuture<Void> logonReply;

    private ChannelHandlerContext ctx;
    private final long[] stamp;
    private final int mask;
    private long nextSeq;
    private int inFlight;
    private boolean running;
    private boolean openLoop;
    private long startNs;
    private long seqBase;
    private ScheduledFuture<?> ticker;
    private final CompletableFuture<Void> drained = new CompletableFuture<>();

    LoadConnection(int index, RequestFactory requests, int window, long intervalNs, Recorder recorder, LongAdder ok,
                   LongAdder errors, ErrorSamples errorSamples) {
        this.index = index;
        this.requests = requests;
        this.window = window;
        this.intervalNs = intervalNs;
        this.recorder = recorder;
        this.ok = ok;
        this.errors = errors;
        this.errorSamples = errorSamples;
        int size = Integer.highestOneBit(Math.max(2, window) * 2 - 1) << 1;
        this.stamp = new long[size];
        this.mask = size - 1;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            handshake.complete(null);
        } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            handshake.completeExceptionally(new IllegalStateException("handshake timeout"));
        }
        super.userEventTriggered(ctx, evt);
    }

    /** Sends {@code session.logon} (a one-off frame) and completes when it is answered with status 200. */
    CompletableFuture<Void> logon(String frame) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        ctx.executor().execute(() -> {
            logonReply = f;
            ctx.writeAndFlush(new TextWebSocketFrame(frame));
        });
        return f;
    }

    /** Starts sending, closed loop (on the event loop): the warm-up runs flat out so the JIT settles. */
    void start() {
        ctx.executor().execute(() -> {
            running = true;
            pump(System.nanoTime());
            ctx.flush();
        });
    }

    /**
     * Called when measurement starts: with a rate, switches to the open-loop schedule, which starts now, so that the
     * warm-up's backlog never counts against the measured latencies.
     */
    void beginMeasurement() {
        if (intervalNs == 0) {
            return;
        }
        ctx.executor().execute(() -> {
            openLoop = true;
            startNs = System.nanoTime();
            seqBase = nextSeq;
            ticker = ctx.executor().scheduleAtFixedRate(this::tick, 0, 200, TimeUnit.MICROSECONDS);
        });
    }

    /** Stops sending; completes once every request in flight is answered. */
    CompletableFuture<Void> stop() {
        ctx.executor().execute(() -> {
            running = false;
            if (ticker != null) {
                ticker.cancel(false);
            }
            if (inFlight == 0) {
                drained.complete(null);
            }
        });
        return drained;
    }

    private void tick() {
        pump(System.nanoTime());
        ctx.flush();
    }

    private void pump(long now) {
        if (!running) {
            return;
        }
        if (!openLoop) {
            while (inFlight < window) {
                send(now, now);
            }
        } else {
            while (inFlight < window) {
                long due = startNs + (nextSeq - seqBase) * intervalNs;
                if (due > now) {
                    break;
                }
                send(due, now);
            }
        }
    }

    private void send(long intended, long now) {
        long seq = nextSeq++;
        stamp[(int) (seq & mask)] = intended;
        ByteBuf buf = requests.encode(ctx.alloc(), seq);
        inFlight++;
        ctx.write(new TextWebSocketFrame(buf), ctx.voidPromise());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        long now = System.nanoTime();
        ByteBuf c = frame.content();
        if (logonReply != null) {
            CompletableFuture<Void> f = logonReply;
            logonReply = null;
            String text = c.toString(StandardCharsets.UTF_8);
            if (text.contains("\"status\":200")) {
                f.complete(null);
            } else {
                f.completeExceptionally(new IllegalStateException("logon refused: " + text));
            }
            return;
        }
        int r = c.readerIndex();
        long seq = -1;
        if (c.readableBytes() > PREFIX.length + ID_DIGITS + STATUS.length + 3 && startsWith(c, r, PREFIX)) {
            seq = 0;
            for (int i = 0; i < ID_DIGITS; i++) {
                seq = seq * 10 + (c.getByte(r + PREFIX.length + i) - '0');
            }
        }
        if (seq < 0 || seq >= nextSeq) {
            errors.increment();
            errorSamples.add(index, c.toString(StandardCharsets.UTF_8));
            return;
        }
        int st = r + PREFIX.length + ID_DIGITS + STATUS.length;
        boolean success = startsWith(c, r + PREFIX.length + ID_DIGITS, STATUS)
                && c.getByte(st) == '2' && c.getByte(st + 1) == '0' && c.getByte(st + 2) == '0';
        recorder.recordValue(Math.max(1, now - stamp[(int) (seq & mask)]));
        inFlight--;
        if (success) {
            ok.increment();
        } else {
            errors.increment();
            errorSamples.add(index, c.toString(StandardCharsets.UTF_8));
        }
        if (running) {
            pump(now);
        } else if (inFlight == 0) {
            drained.complete(null);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        handshake.completeExceptionally(new IllegalStateException("connection closed"));
        if (logonReply != null) {
            logonReply.completeExceptionally(new IllegalStateException("connection closed"));
        }
        drained.complete(null);
        if (running) {
            errorSamples.add(index, "connection closed while running");
        }
        running = false;
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        errorSamples.add(index, "exception: " + cause);
        ctx.close();
    }

    private static boolean startsWith(ByteBuf c, int at, byte[] p) {
        for (int i = 0; i < p.length; i++) {
            if (c.getByte(at + i) != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the first few error answers for the report. */
    static final class ErrorSamples {
        private final java.util.List<String> samples = new java.util.ArrayList<>();

        synchronized void add(int conn, String text) {
            if (samples.size() < ERROR_SAMPLES) {
                samples.add("conn " + conn + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
            }
        }

        synchronized java.util.List<String> list() {
            return java.util.List.copyOf(samples);
        }
    }

    /**
     * Encodes request {@code seq} of one connection: place or cancel of order {@code seq / 2}, from templates, with
     * the timestamp of now and, for HMAC keys, the signature over the canonical payload.
     */
    static final class RequestFactory {
        private final FrameTemplate[] place;      // [buy, sell]
        private final FrameTemplate cancel;
        private final FrameTemplate[] placeCanon; // null when logged on (no signature)
        private final FrameTemplate cancelCanon;
        private final byte[][] placeScratch;
        private final byte[] cancelScratch;
        private final Mac mac;
        private final byte[] sig = new byte[32];
        /** Slot indices, looked up once: [template][ID, TS, CID, P, SIG] for buy, sell, cancel. */
        private final int[][] slots = new int[3][];
        private final int[][] canonSlots = new int[3][];

        RequestFactory(FrameTemplate[] place, FrameTemplate cancel, FrameTemplate[] placeCanon,
                       FrameTemplate cancelCanon, Mac mac) {
            this.place = place;
            this.cancel = cancel;
            this.placeCanon = placeCanon;
            this.cancelCanon = cancelCanon;
            this.mac = mac;
            FrameTemplate[] all = {place[0], place[1], cancel};
            for (int i = 0; i < 3; i++) {
                FrameTemplate t = all[i];
                slots[i] = new int[] {t.slot("ID"), t.slot("TS"), t.slot("CID"), t.has("P") ? t.slot("P") : -1,
                    t.has("SIG") ? t.slot("SIG") : -1};
            }
            if (mac != null) {
                FrameTemplate[] canon = {placeCanon[0], placeCanon[1], cancelCanon};
                for (int i = 0; i < 3; i++) {
                    FrameTemplate t = canon[i];
                    canonSlots[i] = new int[] {-1, t.slot("TS"), t.slot("CID"), t.has("P") ? t.slot("P") : -1, -1};
                }
                placeScratch = new byte[][] {new byte[placeCanon[0].length()], new byte[placeCanon[1].length()]};
                placeCanon[0].copyTo(placeScratch[0]);
                placeCanon[1].copyTo(placeScratch[1]);
                cancelScratch = new byte[cancelCanon.length()];
                cancelCanon.copyTo(cancelScratch);
            } else {
                placeScratch = null;
                cancelScratch = null;
            }
        }

        ByteBuf encode(io.netty.buffer.ByteBufAllocator alloc, long seq) {
            long order = seq >>> 1;
            boolean isPlace = (seq & 1) == 0;
            int side = (int) (order & 1);
            int which = isPlace ? side : 2;
            FrameTemplate t = isPlace ? place[side] : cancel;
            int[] sl = slots[which];
            long ts = System.currentTimeMillis();
            ByteBuf buf = alloc.buffer(t.length());
            int start = t.writeTo(buf);
            t.putDecimal(buf, start, sl[0], seq);
            t.putDecimal(buf, start, sl[1], ts);
            t.putDecimal(buf, start, sl[2], order);
            if (isPlace) {
                t.putDecimal(buf, start, sl[3], order % 100);
            }
            if (mac != null) {
                FrameTemplate ct = isPlace ? placeCanon[side] : cancelCanon;
                byte[] scratch = isPlace ? placeScratch[side] : cancelScratch;
                int[] cs = canonSlots[which];
                ct.putDecimal(scratch, cs[1], ts);
                ct.putDecimal(scratch, cs[2], order);
                if (isPlace) {
                    ct.putDecimal(scratch, cs[3], order % 100);
                }
                mac.update(scratch);
                try {
                    mac.doFinal(sig, 0);
                } catch (javax.crypto.ShortBufferException e) {
                    throw new IllegalStateException(e);
                }
                t.putHex(buf, start, sl[4], sig);
            }
            return buf;
        }
    }
}
