package io.tradewire.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotFrames;
import io.tradewire.client.codec.FieldTable;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.client.wsapi.CursorDecoder;
import io.tradewire.client.wsapi.FrameEncoder;
import io.tradewire.client.wsapi.RateLimitsReader;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.WsApiConnection;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.signing.RequestSigner;
import io.tradewire.core.signing.Signers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client's order path without the network (issue 4's encode/decode targets):
 * <ul>
 *   <li>{@code encodeLoggedOn}: build a LIMIT {@link PlaceOrderRequest} (scaled-long price and quantity), fill the
 *       parameters, stamp the timestamp and write the {@code order.place} frame, as on a logged-on session;</li>
 *   <li>{@code encodeHmac}: the same plus {@code apiKey} and the HMAC-SHA256 signature over the canonical payload;</li>
 *   <li>{@code encodeLoggedOnBigDecimal}: the logged-on path with {@link BigDecimal} inputs, for comparison;</li>
 *   <li>{@code decodeFullResponse}: one documented FULL {@code order.place} answer (2 fills, 3 rate limits) through
 *       the real receive path, send bookkeeping included: the request is registered and written to an
 *       {@code EmbeddedChannel}, then the answer goes through the envelope, the pending-table lookup, the streaming
 *       decode and the future's completion;</li>
 *   <li>{@code decodeOrderAnswer}: decoding alone: a cursor over the same answer's bytes, the envelope, the order
 *       (fills included) and the rate limits, with the decoders the connection uses; {@code decodeOrderResultOnly}
 *       and {@code decodeRateLimitsOnly} are its two parts, and {@code scanAnswerBytesBaseline} a calibration (one
 *       compare per byte of the same answer, no decoding).</li>
 * </ul>
 * Each step uses the classes {@code SpotWsApiClient} uses. Not final: JMH generates a subclass.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClientCodecBenchmark {
    private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private static final BigDecimal PRICE = new BigDecimal("60000.00");
    private static final BigDecimal QTY = new BigDecimal("0.01000");
    private static final String FULL_TAIL = ",\"status\":200,\"result\":{\"symbol\":\"BTCUSDT\",\"orderId\":12569099453,"
            + "\"orderListId\":-1,\"clientOrderId\":\"4d96324ff9d44481926157ec08158a40\",\"transactTime\":1660801715793,"
            + "\"price\":\"23416.10000000\",\"origQty\":\"0.00847000\",\"executedQty\":\"0.00847000\","
            + "\"origQuoteOrderQty\":\"0.000000\",\"cummulativeQuoteQty\":\"198.33521500\",\"status\":\"FILLED\","
            + "\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"SELL\",\"workingTime\":1660801715793,"
            + "\"selfTradePreventionMode\":\"NONE\",\"fills\":[{\"price\":\"23416.10000000\",\"qty\":\"0.00635000\","
            + "\"commission\":\"0.000000\",\"commissionAsset\":\"BNB\",\"tradeId\":1650422481},"
            + "{\"price\":\"23416.50000000\",\"qty\":\"0.00212000\",\"commission\":\"0.000000\","
            + "\"commissionAsset\":\"BNB\",\"tradeId\":1650422482}]},\"rateLimits\":[{\"rateLimitType\":\"ORDERS\","
            + "\"interval\":\"SECOND\",\"intervalNum\":10,\"limit\":50,\"count\":1},{\"rateLimitType\":\"ORDERS\","
            + "\"interval\":\"DAY\",\"intervalNum\":1,\"limit\":160000,\"count\":1},"
            + "{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":6000,\"count\":1}]}";

    private final RequestParams params = new RequestParams();
    private final RequestSigner hmac = Signers.hmac("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
    private final ByteBuf frame = Unpooled.directBuffer(1024);
    private long id;
    private long timestamp = 1_700_000_000_000L;

    private EmbeddedChannel channel;
    private WsApiConnection connection;
    private ResponseDecoder<OrderResponse> decoder;
    private CursorDecoder<OrderResponse> cursorDecoder;
    private RequestParams empty;
    private byte[] tail;
    private ByteBuf answer;

    @Setup(Level.Trial)
    public void setUp() {
        channel = new EmbeddedChannel();
        connection = new WsApiConnection(TimeUnit.SECONDS.toNanos(10), ConnectionListener.NONE, () -> { });
        connection.attach(channel);
        decoder = SpotFrames.orderDecoder();
        cursorDecoder = decoder instanceof CursorDecoder ? (CursorDecoder<OrderResponse>) decoder : null;
        empty = new RequestParams();
        tail = FULL_TAIL.getBytes(StandardCharsets.US_ASCII);
        answer = Unpooled.directBuffer(2048);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frame.release();
        answer.release();
        channel.finishAndReleaseAll();
    }

    private PlaceOrderRequest scaledOrder() {
        return PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(6_000_000L, 2).quantity(1_000L, 5).build();
    }

    @Benchmark
    public int encodeLoggedOn() {
        PlaceOrderRequest order = scaledOrder();
        RequestParams p = params.clear();
        SpotFrames.fill(order, p);
        p.add("timestamp", ++timestamp);
        frame.clear();
        FrameEncoder.write(frame, ++id, "order.place", p);
        return frame.writerIndex();
    }

    @Benchmark
    public int encodeHmac() {
        PlaceOrderRequest order = scaledOrder();
        RequestParams p = params.clear();
        SpotFrames.fill(order, p);
        p.add("apiKey", API_KEY);
        p.add("timestamp", ++timestamp);
        p.sign(hmac);
        frame.clear();
        FrameEncoder.write(frame, ++id, "order.place", p);
        return frame.writerIndex();
    }

    @Benchmark
    public int encodeLoggedOnBigDecimal() {
        PlaceOrderRequest order = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, PRICE, QTY).build();
        RequestParams p = params.clear();
        SpotFrames.fill(order, p);
        p.add("timestamp", ++timestamp);
        frame.clear();
        FrameEncoder.write(frame, ++id, "order.place", p);
        return frame.writerIndex();
    }

    @Benchmark
    public Object decodeFullResponse() {
        CompletableFuture<ApiResponse<OrderResponse>> f = new CompletableFuture<>();
        connection.send("order.place", empty, decoder, true, f, null);
        TextWebSocketFrame sent = channel.readOutbound();
        sent.release();
        long requestId = connection.pendingCount() > 0 ? lastId() : 0;
        answer.clear();
        answer.writeCharSequence("{\"id\":", StandardCharsets.US_ASCII);
        answer.writeCharSequence(Long.toString(requestId), StandardCharsets.US_ASCII);
        answer.writeBytes(tail);
        connection.onText(answer);
        return f.getNow(null);
    }

    /**
     * The answers {@code decode*} read, in turn: the same FULL answer with what changes from order to order changed
     * (ids, times, client order id, and the three rate-limit counts), so no reader can get by on remembering the
     * last one. All have the same length, so the parts sit at the same offsets.
     */
    private static final int VARIANTS = 16;
    private byte[][] answers;
    private int next;
    private final JsonCursor cursor = new JsonCursor();
    /** Each connection has one, remembering the windows Binance repeats on every answer. */
    private final RateLimitsReader rateLimits = new RateLimitsReader();
    private static final FieldTable ENVELOPE = FieldTable.of("id", "status", "result", "rateLimits");
    private int resultStart;
    private int resultEnd;
    private int limitsStart;

    private byte[] nextAnswer() {
        if (answers == null) {
            answers = new byte[VARIANTS][];
            for (int i = 0; i < VARIANTS; i++) {
                answers[i] = variant(i).getBytes(StandardCharsets.US_ASCII);
            }
            String all = variant(0);
            resultStart = all.indexOf("\"result\":") + "\"result\":".length();
            resultEnd = all.indexOf(",\"rateLimits\"");
            limitsStart = all.indexOf("\"rateLimits\":") + "\"rateLimits\":".length();
        }
        return answers[next++ & (VARIANTS - 1)];
    }

    /** The FULL answer of the {@code i}th order: one more of everything that counts orders, same length. */
    static String variant(int i) {
        String a = "{\"id\":" + (101 + i) + FULL_TAIL;
        a = a.replace("12569099453", String.valueOf(12569099453L + i))
                .replace("1660801715793", String.valueOf(1660801715793L + 7 * i))
                .replace("4d96324ff9d44481926157ec08158a40", String.format("4d96324ff9d44481926157ec0815%04d", i))
                .replace("1650422481", String.valueOf(1650422481L + 2 * i))
                .replace("1650422482", String.valueOf(1650422482L + 2 * i));
        // ORDERS per 10 s, ORDERS per day, REQUEST_WEIGHT per minute: every order moves all three.
        int first = a.indexOf("\"count\":1}");
        a = a.substring(0, first) + "\"count\":" + (10 + i) + "}" + a.substring(first + "\"count\":1}".length());
        int second = a.indexOf("\"count\":1}");
        a = a.substring(0, second) + "\"count\":" + (4000 + i) + "}" + a.substring(second + "\"count\":1}".length());
        return a.replace("\"count\":1}", "\"count\":" + (100 + i) + "}");
    }

    @Benchmark
    public Object decodeOrderAnswer() throws java.io.IOException {
        byte[] bytes = nextAnswer();
        // What WsApiConnection does with an answer, minus the pending-table lookup and the future: the envelope
        // read from the bytes, the result by the order decoder, the rate limits by the connection's reader.
        JsonCursor c = cursor.reset(bytes, 0, bytes.length);
        OrderResponse order = null;
        Object limits = null;
        long id = 0;
        int status = 0;
        c.beginObject();
        int field;
        int known = -1;
        while ((field = ENVELOPE.next(c, known)) != FieldTable.END) { // as the connection: field-order hints
            known = field >= 0 ? field : known;
            switch (field) {
                case 0:
                    id = c.readLong();
                    break;
                case 1:
                    status = c.readInt();
                    break;
                case 2:
                    order = cursorDecoder.decode(c);
                    break;
                case 3:
                    limits = rateLimits.read(c);
                    break;
                default:
                    c.skipValue();
            }
        }
        return limits == null || id + status == 0 ? null : order;
    }

    /** Decoding the order {@code result} alone (650 bytes, 2 fills): a part of {@code decodeOrderAnswer}. */
    @Benchmark
    public Object decodeOrderResultOnly() throws java.io.IOException {
        byte[] bytes = nextAnswer();
        return cursorDecoder.decode(cursor.reset(bytes, resultStart, resultEnd - resultStart));
    }

    /** Decoding the {@code rateLimits} block alone (3 limits): a part of {@code decodeOrderAnswer}. */
    @Benchmark
    public Object decodeRateLimitsOnly() throws java.io.IOException {
        byte[] bytes = nextAnswer();
        return rateLimits.read(cursor.reset(bytes, limitsStart, bytes.length - 1 - limitsStart));
    }

    /**
     * Calibration, no decoding: one pass over the same answers' bytes comparing each with a constant, the least any
     * byte-by-byte reader must do. It says how fast this machine walks bytes.
     */
    @Benchmark
    public int scanAnswerBytesBaseline() {
        byte[] b = nextAnswer();
        int quotes = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '"') {
                quotes++;
            }
        }
        return quotes;
    }

    private long decodeIds;

    private long lastId() {
        return ++decodeIds; // the connection numbers its requests 1, 2, 3, ... in send order
    }
}
